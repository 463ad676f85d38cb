using EditLint.Text;

namespace EditLint.Documents;

/// <summary>Chooses the reader by file extension: Markdown for .md and its kin, plain text for everything else.</summary>
public static class DocumentReader
{
    private static readonly HashSet<string> MarkdownExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".md", ".markdown", ".mdown", ".mkd", ".mkdn", ".mdx",
    };

    public static bool IsMarkdown(string path) => MarkdownExtensions.Contains(System.IO.Path.GetExtension(path));

    public static Document Read(string path, SourceText source)
    {
        if (!IsMarkdown(path))
        {
            return PlainTextReader.Read(path, source);
        }

        if (MarkdownNestingGuard.FindTooDeep(source.Text) is int deep and >= 0)
        {
            return PlainTextReader.Read(path, source, new DocumentNotification(
                "EL0012",
                $"'{path}' nests brackets, block quotes or lists too deeply to be read as Markdown (more than {MarkdownNestingGuard.MaxBracketDepth} brackets or link destinations left open, "
                + $"{MarkdownNestingGuard.MaxQuoteDepth} quote or list markers, or a marker after {MarkdownNestingGuard.MaxMarkerIndent} blanks), so it was linted as plain text.",
                new TextSpan(deep, 0)));
        }

        return MarkdownReader.Read(path, source);
    }
}
