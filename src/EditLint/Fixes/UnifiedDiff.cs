using System.Globalization;
using System.Text;
using EditLint.Text;

namespace EditLint.Fixes;

/// <summary>
/// A unified diff (<c>--fix --dry-run</c>) built from the changes themselves rather than by comparing texts: each
/// changed line is shown removed and added whole, with <see cref="Context"/> lines around, and hunks closer than twice
/// that are joined, as <c>diff -u</c> does. A line ends in a line feed, after its carriage return where the file has
/// one, so that <c>git apply</c> and <c>patch</c> apply the diff to a file with CRLF line ends; a last line with no line
/// break gets <c>\ No newline at end of file</c>.
/// </summary>
public static class UnifiedDiff
{
    public const int Context = 3;

    public static string Create(string path, string original, IReadOnlyList<TextChange> changes)
    {
        if (changes.Count == 0)
        {
            return string.Empty;
        }

        var lines = new LineMap(original);
        int lineCount = RealLineCount(original, lines);
        var groups = Groups(original, lines, lineCount, changes);
        var output = new StringBuilder();
        output.Append("--- a/").Append(path).Append('\n');
        output.Append("+++ b/").Append(path).Append('\n');

        int delta = 0;
        int g = 0;
        while (g < groups.Count)
        {
            // Join the following groups whose context would touch this hunk's.
            int last = g;
            while (last + 1 < groups.Count && groups[last + 1].FirstLine - groups[last].LastLine - 1 <= 2 * Context)
            {
                last++;
            }

            int start = Math.Max(0, groups[g].FirstLine - Context);
            int end = Math.Min(lineCount - 1, groups[last].LastLine + Context);
            var body = new StringBuilder();
            int oldCount = 0, newCount = 0, hunkDelta = 0;
            int line = start;
            for (int i = g; i <= last; i++)
            {
                var group = groups[i];
                for (; line < group.FirstLine; line++, oldCount++, newCount++)
                {
                    AppendLine(body, ' ', original, lines, line);
                }

                for (; line <= group.LastLine; line++, oldCount++)
                {
                    AppendLine(body, '-', original, lines, line);
                }

                var added = SplitLines(group.NewText);
                foreach (var (text, hasBreak) in added)
                {
                    body.Append('+').Append(text).Append('\n');  // text keeps a CRLF's carriage return
                    if (!hasBreak)
                    {
                        body.Append("\\ No newline at end of file\n");
                    }
                }

                newCount += added.Count;
                hunkDelta += added.Count - (group.LastLine - group.FirstLine + 1);
            }

            for (; line <= end; line++, oldCount++, newCount++)
            {
                AppendLine(body, ' ', original, lines, line);
            }

            output.Append(CultureInfo.InvariantCulture, $"@@ -{Range(start + 1, oldCount)} +{Range(start + 1 + delta, newCount)} @@\n");
            output.Append(body);
            delta += hunkDelta;
            g = last + 1;
        }

        return output.ToString();
    }

    private static string Range(int start, int count) => count == 1
        ? start.ToString(CultureInfo.InvariantCulture)
        : string.Create(CultureInfo.InvariantCulture, $"{(count == 0 ? start - 1 : start)},{count}");

    /// <summary>Changes on the same or adjacent lines, with the new text of those whole lines.</summary>
    private static List<Group> Groups(string original, LineMap lines, int lineCount, IReadOnlyList<TextChange> changes)
    {
        int LineOf(int offset) => Math.Min(lines.GetLineIndex(offset), lineCount - 1);

        var groups = new List<Group>();
        int i = 0;
        while (i < changes.Count)
        {
            int first = LineOf(changes[i].Span.Start);
            int last = LineOf(changes[i].Span.End);
            int j = i + 1;
            while (j < changes.Count && LineOf(changes[j].Span.Start) <= last + 1)
            {
                last = Math.Max(last, LineOf(changes[j].Span.End));
                j++;
            }

            int from = lines.GetLineStart(first);
            int to = last + 1 < lines.LineCount ? lines.GetLineStart(last + 1) : original.Length;
            var text = new StringBuilder();
            int position = from;
            for (int k = i; k < j; k++)
            {
                text.Append(original, position, changes[k].Span.Start - position).Append(changes[k].NewText);
                position = changes[k].Span.End;
            }

            text.Append(original, position, to - position);
            groups.Add(new Group(first, last, text.ToString()));
            i = j;
        }

        return groups;
    }

    private static void AppendLine(StringBuilder into, char mark, string text, LineMap lines, int line)
    {
        int start = lines.GetLineStart(line);
        int end = lines.GetLineEnd(line, text);
        into.Append(mark).Append(text, start, end - start).Append(IsCrlf(text, end) ? "\r\n" : "\n");
        if (line + 1 == lines.LineCount)
        {
            into.Append("\\ No newline at end of file\n");
        }
    }

    /// <summary>The number of lines a reader sees: a final line break does not start another line.</summary>
    private static int RealLineCount(string text, LineMap lines) =>
        lines.LineCount > 1 && lines.GetLineStart(lines.LineCount - 1) == text.Length ? lines.LineCount - 1 : lines.LineCount;

    private static List<(string Text, bool HasBreak)> SplitLines(string text)
    {
        var result = new List<(string, bool)>();
        var map = new LineMap(text);
        for (int line = 0; line < map.LineCount; line++)
        {
            int start = map.GetLineStart(line);
            int end = map.GetLineEnd(line, text);
            bool hasBreak = line + 1 < map.LineCount;
            if (!hasBreak && start == text.Length)
            {
                break;
            }

            result.Add((IsCrlf(text, end) ? text[start..(end + 1)] : text[start..end], hasBreak));
        }

        return result;
    }

    private static bool IsCrlf(string text, int lineEnd) => lineEnd + 1 < text.Length && text[lineEnd] == '\r' && text[lineEnd + 1] == '\n';

    private sealed record Group(int FirstLine, int LastLine, string NewText);
}
