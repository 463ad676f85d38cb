using EditLint.Text;

namespace EditLint.Documents;

/// <summary>
/// Plain text: paragraphs are split on blank lines. A file with lines longer than
/// <see cref="UnwrappedLineLength"/> is taken as one paragraph per line (as CMS exports are), so a
/// title line without a full stop does not run into the first sentence.
/// </summary>
public static class PlainTextReader
{
    private const int UnwrappedLineLength = 120;

    public static Document Read(string path, SourceText source, DocumentNotification? problem = null)
    {
        var builder = new DocumentBuilder(path, DocumentKind.PlainText, source);
        if (problem is not null)
        {
            builder.Notifications.Add(problem);
        }

        string text = source.Text;
        var lines = source.Lines;
        bool unwrapped = false;
        for (int line = 0; line < lines.LineCount && !unwrapped; line++)
        {
            unwrapped = lines.GetLineEnd(line, text) - lines.GetLineStart(line) > UnwrappedLineLength;
        }

        int paragraphStart = -1, paragraphEnd = -1;
        for (int line = 0; line < lines.LineCount; line++)
        {
            int start = lines.GetLineStart(line);
            int end = lines.GetLineEnd(line, text);
            var content = text.AsSpan(start, end - start).Trim();
            bool blank = content.IsEmpty;
            if (!blank && IsDirective(content))
            {
                builder.Comments.Add(new DirectiveComment(TextSpan.FromBounds(start, end), StripCommentMarks(content).ToString()));
                blank = true;
            }

            if (blank || unwrapped)
            {
                Flush(builder, ref paragraphStart, paragraphEnd);
            }

            if (!blank)
            {
                if (paragraphStart < 0)
                {
                    paragraphStart = start;
                }

                paragraphEnd = end;
                if (unwrapped)
                {
                    Flush(builder, ref paragraphStart, paragraphEnd);
                }
            }
        }

        Flush(builder, ref paragraphStart, paragraphEnd);
        return builder.Build(BlankAddresses(builder, text));
    }

    /// <summary>
    /// The prose: the text with its URLs and e-mail addresses blanked, as Markdown's are, so that no rule reads (and no
    /// fix rewrites) "https://example.com/Kiev" or "press@e-mail.example.com"; the text itself when it has none.
    /// </summary>
    private static string BlankAddresses(DocumentBuilder builder, string text)
    {
        char[]? prose = null;
        foreach (var block in builder.Blocks)
        {
            int firstUrl = builder.Links.Count;
            BareUrls.Find(text, text, block.Span, builder.Links);
            builder.Addresses.Clear();
            builder.Addresses.AddRange(builder.Links.Skip(firstUrl).Select(l => l.Span));
            BareAddresses.Find(text, block.Span, builder.Addresses);
            foreach (var address in builder.Addresses)
            {
                prose ??= text.ToCharArray();
                prose.AsSpan(address.Start, address.Length).Fill(' ');
            }
        }

        return prose is null ? text : new string(prose);
    }

    private static bool IsDirective(ReadOnlySpan<char> line) => StripCommentMarks(line).StartsWith("editlint-", StringComparison.Ordinal);

    private static ReadOnlySpan<char> StripCommentMarks(ReadOnlySpan<char> line)
    {
        // Length 7 at least: "<!--->" starts with "<!--" and ends with "-->" but the two overlap (found by fuzzing).
        if (line.Length >= 7 && line.StartsWith("<!--") && line.EndsWith("-->"))
        {
            line = line[4..^3];
        }

        return line.Trim();
    }

    private static void Flush(DocumentBuilder builder, ref int start, int end)
    {
        if (start >= 0 && end > start)
        {
            builder.Blocks.Add(new ProseBlock(TextSpan.FromBounds(start, end), ProseBlockKind.Paragraph));
        }

        start = -1;
    }
}
