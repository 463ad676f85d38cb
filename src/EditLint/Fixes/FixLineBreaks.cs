using EditLint.Text;

namespace EditLint.Fixes;

/// <summary>
/// A fix of words wrapped over lines keeps the lines: "Masashiko⏎Komura" becomes "Masahiko⏎Komura", not one line, when
/// the replacement has as many words as the text it replaces; the blanks between its words are taken from the text.
/// </summary>
public static class FixLineBreaks
{
    public static string Keep(ReadOnlySpan<char> replaced, string replacement)
    {
        if (replaced.IndexOfAny('\n', '\r') < 0)
        {
            return replacement;
        }

        var gaps = Gaps(replaced);
        var newGaps = Gaps(replacement);
        if (gaps.Count != newGaps.Count || gaps.Count == 0)
        {
            return replacement;
        }

        var result = new System.Text.StringBuilder(replacement.Length + 8);
        int at = 0;
        for (int i = 0; i < newGaps.Count; i++)
        {
            result.Append(replacement, at, newGaps[i].Start - at);
            result.Append(replaced.Slice(gaps[i].Start, gaps[i].Length));
            at = newGaps[i].End;
        }

        return result.Append(replacement, at, replacement.Length - at).ToString();
    }

    // A no-break space in a replacement ("U.\u00A0N.") is the writer's choice, not a gap to fill from the text.
    private static bool IsBlank(char c) => c is ' ' or '\t' or '\r' or '\n';

    /// <summary>The runs of white space between words (not at either end).</summary>
    private static List<TextSpan> Gaps(ReadOnlySpan<char> text)
    {
        var gaps = new List<TextSpan>();
        int i = 0;
        while (i < text.Length)
        {
            if (!IsBlank(text[i]))
            {
                i++;
                continue;
            }

            int start = i;
            while (i < text.Length && IsBlank(text[i]))
            {
                i++;
            }

            if (start > 0 && i < text.Length)
            {
                gaps.Add(TextSpan.FromBounds(start, i));
            }
        }

        return gaps;
    }
}
