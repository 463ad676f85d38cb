using System.Text;
using EditLint.Text;

namespace EditLint.Configuration;

/// <summary>Turns a byte offset of a UTF-8 JSON file into a 0-based line and UTF-16 column.</summary>
public sealed class JsonPositionMap(byte[] bytes)
{
    private readonly LineMap lines = new(Encoding.UTF8.GetString(bytes));

    /// <summary>The position System.Text.Json reports for bad JSON: a 0-based line and a byte count within it.</summary>
    public LinePosition AtLineAndByte(long line, long bytePositionInLine)
    {
        long offset = 0;
        for (long l = 0; l < line && offset < bytes.Length; l++)
        {
            int next = bytes.AsSpan((int)offset).IndexOf((byte)'\n');
            offset = next < 0 ? bytes.Length : offset + next + 1;
        }

        return At(Math.Min(bytes.Length, offset + bytePositionInLine));
    }

    public LinePosition At(long byteOffset)
    {
        int chars = Encoding.UTF8.GetCharCount(bytes, 0, (int)Math.Clamp(byteOffset, 0, bytes.Length));
        return lines.GetPosition(chars);
    }
}
