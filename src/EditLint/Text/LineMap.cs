namespace EditLint.Text;

/// <summary>
/// Turns offsets into line and column. CRLF, LF and a lone CR each end a line.
/// Built once per document; every location in the output goes through it.
/// </summary>
public sealed class LineMap
{
    private readonly int[] lineStarts;
    private readonly int textLength;

    public LineMap(string text)
    {
        var starts = new List<int> { 0 };
        var span = text.AsSpan();
        int i = 0;
        while (i < span.Length)
        {
            int next = span[i..].IndexOfAny('\r', '\n');
            if (next < 0)
            {
                break;
            }

            i += next;
            if (span[i] == '\r' && i + 1 < span.Length && span[i + 1] == '\n')
            {
                i++;
            }

            i++;
            starts.Add(i);
        }

        lineStarts = [.. starts];
        textLength = text.Length;
    }

    public int LineCount => lineStarts.Length;

    public int GetLineStart(int line) => lineStarts[line];

    /// <summary>The offset one past the last character of the line, before its line break.</summary>
    public int GetLineEnd(int line, string text)
    {
        int end = line + 1 < lineStarts.Length ? lineStarts[line + 1] : textLength;
        while (end > lineStarts[line] && (text[end - 1] == '\n' || text[end - 1] == '\r'))
        {
            end--;
        }

        return end;
    }

    public int GetLineIndex(int offset)
    {
        if (offset < 0 || offset > textLength)
        {
            throw new ArgumentOutOfRangeException(nameof(offset), offset, $"Offset is outside the text (length {textLength}).");
        }

        int index = Array.BinarySearch(lineStarts, offset);
        return index >= 0 ? index : ~index - 1;
    }

    public LinePosition GetPosition(int offset)
    {
        int line = GetLineIndex(offset);
        return new LinePosition(line, offset - lineStarts[line]);
    }

    public LinePositionSpan GetPositionSpan(TextSpan span) => new(GetPosition(span.Start), GetPosition(span.End));

    public int GetOffset(LinePosition position) => lineStarts[position.Line] + position.Character;
}
