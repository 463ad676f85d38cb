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

        if (MarkdownNestingGuard.IsTooDeep(source.Text))
        {
            return PlainTextReader.Read(path, source, new DocumentNotification(
                "EL0012",
                $"'{path}' nests brackets or block quotes more than {MarkdownNestingGuard.MaxBracketDepth} levels deep, so it was linted as plain text.",
                new TextSpan(0, 0)));
        }

        return MarkdownReader.Read(path, source);
    }
}
