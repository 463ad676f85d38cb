namespace EditLint.Text;

/// <summary>The UTF-8 byte order mark, which Windows editors (Notepad among them) put before JSON and text they save.</summary>
public static class Utf8Bom
{
    /// <summary>3 when <paramref name="bytes"/> open with the mark, else 0: where the content starts.</summary>
    public static int LengthAt(ReadOnlySpan<byte> bytes) => bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
}
