using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace EditLint.Names;

/// <summary>
/// Folds a name to its comparison key: case folded, diacritics removed, hyphens, spaces,
/// apostrophes and periods dropped ("Park Geun-Hye", "Park Geunhye" and "park geun hye" all
/// give "parkgeunhye"). Two spellings with the same key differ only in surface form.
/// </summary>
public static class NameNormalizer
{
    /// <summary>The comparison key of a whole name or of one token.</summary>
    public static string Key(ReadOnlySpan<char> text)
    {
        // ASCII names (most of them) fold without a builder.
        Span<char> buffer = text.Length <= 128 ? stackalloc char[text.Length] : new char[text.Length];
        var length = 0;
        foreach (var c in text)
        {
            if (c > 0x7F)
            {
                var builder = new StringBuilder(text.Length);
                AppendKey(text, builder);
                return builder.ToString();
            }

            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                buffer[length++] = c;
            }
            else if (c is >= 'A' and <= 'Z')
            {
                buffer[length++] = (char)(c + 32);
            }
        }

        return new string(buffer[..length]);
    }

    /// <summary>Appends the comparison key of <paramref name="text"/> to <paramref name="builder"/>.</summary>
    public static void AppendKey(ReadOnlySpan<char> text, StringBuilder builder)
    {
        // Fast path: ASCII letters and digits need no decomposition.
        var ascii = true;
        foreach (var c in text)
        {
            if (c > 0x7F)
            {
                ascii = false;
                break;
            }
        }

        if (ascii)
        {
            foreach (var c in text)
            {
                if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
                {
                    builder.Append(c);
                }
                else if (c is >= 'A' and <= 'Z')
                {
                    builder.Append((char)(c + 32));
                }
            }

            return;
        }

        foreach (var c in text)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                // A decomposed diacritic ("o" + U+0301) folds like the precomposed letter.
                continue;
            }

            if (!char.IsLetterOrDigit(c))
            {
                continue;
            }

            var folded = LatinFold.Base(c);
            if (folded != '\0')
            {
                builder.Append(folded);
                continue;
            }

            switch (c)
            {
                case 'ß': builder.Append("ss"); break;
                case 'Æ' or 'æ': builder.Append("ae"); break;
                case 'Œ' or 'œ': builder.Append("oe"); break;
                case 'Ø' or 'ø': builder.Append('o'); break;
                case 'Đ' or 'đ' or 'Ð' or 'ð': builder.Append('d'); break;
                case 'Ł' or 'ł': builder.Append('l'); break;
                case 'ı': builder.Append('i'); break;
                case 'Þ' or 'þ': builder.Append("th"); break;
                default: builder.Append(char.ToLowerInvariant(c)); break;
            }
        }
    }

    /// <summary>
    /// The surface form used to decide whether two same-key spellings really differ: whitespace runs as one space, curly apostrophes as straight ones. A line break inside a
    /// name or a typographic apostrophe is not a misspelling.
    /// </summary>
    public static string Surface(ReadOnlySpan<char> text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space && builder.Length > 0)
            {
                builder.Append(' ');
            }

            space = false;
            builder.Append(c switch
            {
                '\u2019' or '\u2018' or '\u02BC' => '\'',
                '\u2010' or '\u2011' => '-',
                _ => c,
            });
        }

        return builder.ToString();
    }

    /// <summary>True when <paramref name="c"/> joins the parts of one name token: hyphens and apostrophes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsJoiner(char c) =>
        c is '-' or '\u2010' or '\u2011' or '\'' or '\u2019' or '\u02BC';

    /// <summary>True for an apostrophe, straight or typographic.</summary>
    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC';
}
