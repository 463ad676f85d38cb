using System.Text;
using System.Text.Json;

namespace EditLint.Text;

/// <summary>
/// Positions in a UTF-8 JSON file as editors count them, a line and a UTF-16 column, from what System.Text.Json gives:
/// a token's byte offset, or an error's line and byte within that line. The configuration, the name lists and the house
/// rules report through this one reader, with one cleaned error message, so a problem after two accented letters is at
/// the same column in all three.
/// </summary>
/// <remarks>
/// Lines end at '\n', as System.Text.Json counts them. Line starts are found on first use; a position then costs a
/// binary search and the bytes of its line up to it, and a later position on the same line (a one-line list of
/// 100,000 names) goes on from the one before instead of from the line's start.
/// </remarks>
public sealed class JsonPositions(ReadOnlyMemory<byte> json)
{
    private int[]? lineStarts;
    private int cursorOffset = -1;
    private int cursorLine;
    private int cursorColumn;

    /// <summary>The position of the byte at <paramref name="byteOffset"/>.</summary>
    public LinePosition At(long byteOffset)
    {
        var bytes = json.Span;
        int offset = (int)Math.Clamp(byteOffset, 0, bytes.Length);
        var starts = LineStarts();
        int line = Array.BinarySearch(starts, offset);
        if (line < 0)
        {
            line = ~line - 1;
        }

        int from = starts[line];
        int column = 0;
        if (line == cursorLine && cursorOffset >= from && cursorOffset <= offset)
        {
            from = cursorOffset;
            column = cursorColumn;
        }

        column += Encoding.UTF8.GetCharCount(bytes[from..offset]);
        (cursorOffset, cursorLine, cursorColumn) = (offset, line, column);
        return new LinePosition(line, column);
    }

    /// <summary>Where System.Text.Json found bad JSON.</summary>
    public LinePosition At(JsonException error)
    {
        var starts = LineStarts();
        int line = (int)Math.Clamp(error.LineNumber ?? 0, 0, starts.Length - 1);
        long end = line + 1 < starts.Length ? starts[line + 1] : json.Length;
        return At(Math.Min(end, starts[line] + (error.BytePositionInLine ?? 0)));
    }

    /// <summary>
    /// System.Text.Json's message without the position and path it appends ("LineNumber: 4 | BytePositionInLine: 3."):
    /// the problem carries its position as a line and column already.
    /// </summary>
    public static string Describe(JsonException error)
    {
        string message = error.Message;
        foreach (string tail in new[] { " Path:", " LineNumber:" })
        {
            int cut = message.IndexOf(tail, StringComparison.Ordinal);
            if (cut > 0)
            {
                message = message[..cut];
            }
        }

        return message.TrimEnd();
    }

    private int[] LineStarts()
    {
        if (lineStarts is null)
        {
            var starts = new List<int> { 0 };
            var bytes = json.Span;
            int from = 0;
            while (bytes[from..].IndexOf((byte)'\n') is var next and >= 0)
            {
                from += next + 1;
                starts.Add(from);
            }

            lineStarts = [.. starts];
        }

        return lineStarts;
    }
}
