using EditLint.LanguageServer.Protocol;
using EditLint.LanguageServer.Workspace;

namespace EditLint.LanguageServer.Features;

/// <summary>
/// The edit of "Suppress ELxxxx on this line": an <c>editlint-disable-next-line</c> directive for the finding's line.
/// Plain text takes the directive as a line of its own, indented like the line. Markdown takes it as an HTML comment:
/// on a line of its own after a blank line (or at the top), else at the end of the line before, since a comment line
/// inside a paragraph or a list would split it in two.
/// </summary>
internal static class SuppressionEdit
{
    public static TextEdit For(DocumentAnalysis analysis, string ruleId, int findingLine)
    {
        string directive = $"editlint-disable-next-line {ruleId}";
        var lines = analysis.Lines;
        string text = analysis.Text;
        int lineStart = lines.GetLineStart(findingLine);
        string indent = Indent(text, lineStart, lines.GetLineEnd(findingLine, text));
        string newline = LineEnding(text, lines, findingLine);
        if (analysis.IsMarkdown && findingLine > 0 && !IsBlank(text, lines.GetLineStart(findingLine - 1), lines.GetLineEnd(findingLine - 1, text)))
        {
            int previousEnd = lines.GetLineEnd(findingLine - 1, text);
            var at = new Position(findingLine - 1, previousEnd - lines.GetLineStart(findingLine - 1));
            return new TextEdit(new Protocol.Range(at, at), $" <!-- {directive} -->");
        }

        string comment = analysis.IsMarkdown ? $"<!-- {directive} -->" : directive;
        var lineBegin = new Position(findingLine, 0);
        return new TextEdit(new Protocol.Range(lineBegin, lineBegin), indent + comment + newline);
    }

    private static string Indent(string text, int start, int end)
    {
        int i = start;
        while (i < end && text[i] is ' ' or '\t')
        {
            i++;
        }

        return text[start..i];
    }

    private static bool IsBlank(string text, int start, int end) => text.AsSpan(start, end - start).IsWhiteSpace();

    /// <summary>
    /// The line break that ends the finding's line ("\r\n", "\n" or "\r"), so that the directive's line ends as its
    /// neighbour does in a file of mixed endings; for a last line without one, the document's first.
    /// </summary>
    private static string LineEnding(string text, EditLint.Text.LineMap lines, int line)
    {
        int end = lines.GetLineEnd(line, text);
        int next = line + 1 < lines.LineCount ? lines.GetLineStart(line + 1) : text.Length;
        if (next > end)
        {
            return text[end..next];
        }

        int first = text.AsSpan().IndexOfAny('\r', '\n');
        return first < 0 ? "\n" : text[first] == '\r' && first + 1 < text.Length && text[first + 1] == '\n' ? "\r\n" : text[first].ToString();
    }
}
