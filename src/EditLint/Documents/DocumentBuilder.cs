using EditLint.Text;

namespace EditLint.Documents;

/// <summary>Collects what a reader finds and segments the prose into sentences and tokens, once.</summary>
internal sealed class DocumentBuilder(string path, DocumentKind kind, SourceText source)
{
    public List<ProseBlock> Blocks { get; } = [];

    public List<LinkReference> Links { get; } = [];

    public List<DirectiveComment> Comments { get; } = [];

    public List<DocumentProblem> Problems { get; } = [];

    public DateOnly? Date { get; set; }

    public Document Build(string proseText)
    {
        var quotations = new List<TextSpan>();
        var sentences = new List<Sentence>();
        var spans = new List<TextSpan>();
        var tokens = new List<Token>();
        Blocks.Sort((a, b) => a.Span.CompareTo(b.Span));
        foreach (var block in Blocks)
        {
            int firstQuote = quotations.Count;
            QuotationFinder.Find(proseText, block.Span, quotations);
            spans.Clear();
            SentenceSplitter.Split(proseText, block.Span, quotations.GetRange(firstQuote, quotations.Count - firstQuote), spans);
            foreach (var span in spans)
            {
                // One scratch list for the document and an exact-size array per sentence: a list per
                // sentence grew and was copied again (issue #6).
                tokens.Clear();
                Tokenizer.Tokenize(proseText, span, tokens);
                sentences.Add(new Sentence(span, [.. tokens], block, sentences.Count));
            }
        }

        Links.Sort((a, b) => a.Span.CompareTo(b.Span));
        Comments.Sort((a, b) => a.Span.CompareTo(b.Span));
        return new Document(path, kind, source, proseText, [.. Blocks], [.. sentences], [.. quotations], [.. Links], [.. Comments], Date, [.. Problems]);
    }
}
