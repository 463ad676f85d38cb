using System.Globalization;

namespace EditLint.Text;

/// <summary>
/// A <c>\ud800</c>-style escape in a JSON string with no partner: valid JSON that no .NET string can hold, so reading the
/// string throws. Found by a scan of the bytes, to say where, instead of an internal error.
/// </summary>
public static class JsonSurrogates
{
    /// <summary>What is wrong, for a message that adds what it means to its reader.</summary>
    public const string Problem = "a string holds an unpaired surrogate escape (such as \\ud800 with no \\udc00 after it)";

    /// <summary>The byte offset of the first unpaired surrogate escape, or -1.</summary>
    public static long FirstUnpaired(ReadOnlySpan<byte> json)
    {
        for (int i = 0; i + 5 < json.Length; i++)
        {
            if (json[i] != '\\')
            {
                int skip = json[(i + 1)..].IndexOf((byte)'\\');
                if (skip < 0)
                {
                    return -1;
                }

                i += skip; // the loop's i++ lands on the backslash
                continue;
            }

            if (json[i + 1] != 'u' || !TryHex(json.Slice(i + 2, 4), out int unit))
            {
                i++; // "\\" and any other escape: the next byte is escaped, not an escape of its own
                continue;
            }

            bool high = unit is >= 0xD800 and <= 0xDBFF;
            bool low = unit is >= 0xDC00 and <= 0xDFFF;
            if (high && i + 11 < json.Length && json[i + 6] == '\\' && json[i + 7] == 'u'
                && TryHex(json.Slice(i + 8, 4), out int next) && next is >= 0xDC00 and <= 0xDFFF)
            {
                i += 11;
                continue;
            }

            if (high || low)
            {
                return i;
            }

            i += 5;
        }

        return -1;
    }

    /// <summary>
    /// Rewrites every unpaired surrogate escape as <c>\ufffd</c>, in place (the same six bytes), as a text decoder replaces
    /// an unpaired surrogate; returns how many there were. JavaScript's <c>JSON.stringify</c> writes a lone surrogate so.
    /// </summary>
    public static int ReplaceUnpaired(Span<byte> json)
    {
        int count = 0;
        int from = 0;
        while (FirstUnpaired(json[from..]) is long found and >= 0)
        {
            int at = from + (int)found;
            "\\ufffd"u8.CopyTo(json[at..]);
            from = at + 6;
            count++;
        }

        return count;
    }

    private static bool TryHex(ReadOnlySpan<byte> digits, out int value) =>
        int.TryParse(digits, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out value);
}
