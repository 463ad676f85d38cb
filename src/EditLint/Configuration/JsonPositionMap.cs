using System.Text;
using EditLint.Text;

namespace EditLint.Configuration;

/// <summary>Turns a byte offset of a UTF-8 JSON file into a 0-based line and UTF-16 column.</summary>
public sealed class JsonPositionMap(byte[] bytes)
{
    private readonly LineMap lines = new(Encoding.UTF8.GetString(bytes));

    public LinePosition At(long byteOffset)
    {
        int chars = Encoding.UTF8.GetCharCount(bytes, 0, (int)Math.Clamp(byteOffset, 0, bytes.Length));
        return lines.GetPosition(chars);
    }
}
