using System.Text;

namespace EditLint.Text;

/// <summary>
/// A JSON file's bytes as System.Text.Json reads them: UTF-8 with no byte order mark. Windows writes JSON two other ways,
/// Notepad UTF-8 after a mark and Windows PowerShell 5's <c>&gt;</c> and <c>Out-File</c> UTF-16 after one; both are read,
/// and positions are counted in the text after the mark, as editors count them.
/// </summary>
public static class JsonFileBytes
{
    /// <summary>What is wrong when <see cref="ToUtf8"/> gives an offset.</summary>
    public const string InvalidUtf16 = "the file is UTF-16 by its byte order mark but holds an unpaired surrogate or an odd last byte";

    /// <summary>
    /// The UTF-8 of <paramref name="file"/>'s JSON. <paramref name="invalidAt"/> is -1, or the offset in what is returned of
    /// the first character that decoding UTF-16 had to replace.
    /// </summary>
    public static byte[] ToUtf8(byte[] file, out long invalidAt)
    {
        invalidAt = -1;
        if (TextDecoder.Utf16Text(file, out var invalid) is not { } text)
        {
            return file.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? file[3..] : file;
        }

        if (invalid.Count > 0)
        {
            int character = TextDecoder.CharacterIndex(file, TextEncodingKind.Utf16LittleEndian, invalid[0]);
            invalidAt = Encoding.UTF8.GetByteCount(text.AsSpan(0, Math.Min(character, text.Length)));
        }

        return Encoding.UTF8.GetBytes(text);
    }
}
