using System.Text;

namespace EditLint.Text;

/// <summary>
/// Decides text or binary and decodes: UTF-8 with or without BOM, UTF-16 LE/BE by BOM.
/// Invalid UTF-8 and unpaired UTF-16 surrogates are replaced with U+FFFD and each bad byte's offset is recorded, so the rest
/// of the file is still linted.
/// </summary>
public static class TextDecoder
{
    private const int MaxReportedInvalidBytes = 100;

    public static DecodeResult Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            return DecodeUtf16(bytes[2..], littleEndian: true);
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            return DecodeUtf16(bytes[2..], littleEndian: false);
        }

        bool bom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;
        var body = bom ? bytes[3..] : bytes;
        if (body.IndexOf((byte)0) >= 0)
        {
            return DecodeResult.Binary;
        }

        var invalid = FindInvalidUtf8(body, bom ? 3 : 0);
        string text = Encoding.UTF8.GetString(body);
        return new DecodeResult(new SourceText(text, bom ? TextEncodingKind.Utf8WithBom : TextEncodingKind.Utf8), false, invalid);
    }

    private static DecodeResult DecodeUtf16(ReadOnlySpan<byte> body, bool littleEndian)
    {
        string text = DecodeUtf16(body, littleEndian, out var invalid);
        if (text.Contains('\0'))
        {
            return DecodeResult.Binary;
        }

        var kind = littleEndian ? TextEncodingKind.Utf16LittleEndian : TextEncodingKind.Utf16BigEndian;
        return new DecodeResult(new SourceText(text, kind), false, invalid);
    }

    /// <summary>
    /// The index in the decoded text of the character that the bytes at <paramref name="byteOffset"/> (the mark counted)
    /// became, for a file decoded as <paramref name="encoding"/>: where an invalid byte's U+FFFD stands, to give its line
    /// and column.
    /// </summary>
    public static int CharacterIndex(ReadOnlySpan<byte> bytes, TextEncodingKind encoding, long byteOffset) => encoding switch
    {
        TextEncodingKind.Utf16LittleEndian or TextEncodingKind.Utf16BigEndian => (int)((byteOffset - 2) / 2),
        TextEncodingKind.Utf8WithBom => Encoding.UTF8.GetCharCount(bytes[3..(int)byteOffset]),
        _ => Encoding.UTF8.GetCharCount(bytes[..(int)byteOffset]),
    };

    /// <summary>UTF-32 by its byte order mark (FF FE 00 00 or 00 00 FE FF): <see cref="Decode"/> finds NUL bytes in it and calls it binary.</summary>
    public static bool IsUtf32(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]) || bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]);

    /// <summary>
    /// The text of <paramref name="bytes"/> when they open with a UTF-16 byte order mark, else null; <paramref name="invalid"/>
    /// holds the byte offsets (the mark counted) of what decoding replaced with U+FFFD, one character each.
    /// </summary>
    public static string? Utf16Text(ReadOnlySpan<byte> bytes, out List<long> invalid)
    {
        invalid = [];
        bool littleEndian = bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]);
        return littleEndian || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) ? DecodeUtf16(bytes[2..], littleEndian, out invalid) : null;
    }

    private static string DecodeUtf16(ReadOnlySpan<byte> body, bool littleEndian, out List<long> invalid)
    {
        var encoding = new UnicodeEncoding(bigEndian: !littleEndian, byteOrderMark: false, throwOnInvalidBytes: false);
        invalid = FindInvalidUtf16(body, littleEndian, baseOffset: 2);
        return encoding.GetString(body);
    }

    /// <summary>The byte offsets of unpaired surrogates and of an odd last byte, which decoding replaced with U+FFFD.</summary>
    private static List<long> FindInvalidUtf16(ReadOnlySpan<byte> body, bool littleEndian, int baseOffset)
    {
        var offsets = new List<long>();
        int units = body.Length / 2;
        for (int i = 0; i < units && offsets.Count < MaxReportedInvalidBytes; i++)
        {
            char unit = UnitAt(body, i, littleEndian);
            if (char.IsHighSurrogate(unit) && i + 1 < units && char.IsLowSurrogate(UnitAt(body, i + 1, littleEndian)))
            {
                i++;
            }
            else if (char.IsSurrogate(unit))
            {
                offsets.Add(baseOffset + (2L * i));
            }
        }

        if (body.Length % 2 == 1 && offsets.Count < MaxReportedInvalidBytes)
        {
            offsets.Add(baseOffset + body.Length - 1);
        }

        return offsets;
    }

    private static char UnitAt(ReadOnlySpan<byte> body, int index, bool littleEndian) =>
        littleEndian ? (char)(body[2 * index] | (body[(2 * index) + 1] << 8)) : (char)((body[2 * index] << 8) | body[(2 * index) + 1]);

    private static List<long> FindInvalidUtf8(ReadOnlySpan<byte> body, int baseOffset)
    {
        var offsets = new List<long>();
        if (System.Text.Unicode.Utf8.IsValid(body))
        {
            return offsets;
        }

        // Only files that are actually invalid pay for this rune-by-rune walk; it is linear.
        int position = 0;
        while (position < body.Length && offsets.Count < MaxReportedInvalidBytes)
        {
            var status = Rune.DecodeFromUtf8(body[position..], out _, out int consumed);
            if (status != System.Buffers.OperationStatus.Done)
            {
                offsets.Add(baseOffset + position);
            }

            position += Math.Max(consumed, 1);
        }

        return offsets;
    }
}
