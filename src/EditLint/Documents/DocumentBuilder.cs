using EditLint.Text;

namespace EditLint.Documents;

/// <summary>Collects what a reader finds and segments the prose into sentences and tokens, once.</summary>
internal sealed class DocumentBuilder(string path, DocumentKind kind, SourceText source)
{
    public List<ProseBlock> Blocks { get; } = [];

    public List<LinkReference> Links { get; } = [];

    public List<DirectiveComment> Comments { get; } = [];

    public List<DocumentNotification> Notifications { get; } = [];

    public DateOnly? Date { get; set; }

    public bool HasCode { get; set; }

    /// <summary>A reader's scratch list for the e-mail and web addresses of one block (<see cref="BareAddresses"/>).</summary>
    public List<TextSpan> Addresses { get; } = [];

    public Document Build(string proseText)
    {
        var quotations = new List<TextSpan>();
        var sentences = new List<Sentence>();
        var spans = new List<TextSpan>();
        var tokens = new List<Token>();
        Blocks.Sort((a, b) => a.Span.CompareTo(b.Span));
        MergeOverlapping(Blocks);
        foreach (var block in Blocks)
        {
            int firstQuote = quotations.Count;
            QuotationFinder.Find(proseText, block.Span, quotations);
            spans.Clear();
            SentenceSplitter.Split(proseText, block.Span, quotations.GetRange(firstQuote, quotations.Count - firstQuote), spans);
            foreach (var span in spans)
            {
                // One scratch list for the document and an exact-size array per sentence: a list per
                // sentence grew and was copied again.
                tokens.Clear();
                Tokenizer.Tokenize(proseText, span, tokens);
                sentences.Add(new Sentence(span, [.. tokens], block, sentences.Count));
            }
        }

        Links.Sort((a, b) => a.Span.CompareTo(b.Span));
        Comments.Sort((a, b) => a.Span.CompareTo(b.Span));
        return new Document(path, kind, source, proseText, [.. Blocks], [.. sentences], [.. quotations], [.. Links], [.. Comments], Date, [.. Notifications], HasCode);
    }

    /// <summary>
    /// Blocks must not overlap, or their sentences would be read (and reported) twice. Markdig 1.6 can give two
    /// blocks for one line: after a grid-table border it fails to finish ("+--" then "# Heading"), the line is
    /// both in a paragraph and a heading of its own (found by fuzzing). A block that starts inside the one
    /// before is merged into it; the prose text, the same characters either way, is not touched.
    /// </summary>
    private static void MergeOverlapping(List<ProseBlock> blocks)
    {
        int kept = 0;
        for (int i = 1; i < blocks.Count; i++)
        {
            var previous = blocks[kept];
            var block = blocks[i];
            if (block.Span.Start < previous.Span.End)
            {
                blocks[kept] = previous with
                {
                    Span = TextSpan.FromBounds(previous.Span.Start, Math.Max(previous.Span.End, block.Span.End)),
                    IsInBlockQuote = previous.IsInBlockQuote || block.IsInBlockQuote,
                };
            }
            else
            {
                blocks[++kept] = block;
            }
        }

        if (blocks.Count > 0)
        {
            blocks.RemoveRange(kept + 1, blocks.Count - kept - 1);
        }
    }
}
