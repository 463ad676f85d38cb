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

    public static Document Read(string path, SourceText source) =>
        IsMarkdown(path) ? MarkdownReader.Read(path, source) : PlainTextReader.Read(path, source);
}
