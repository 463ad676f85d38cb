using System.Globalization;

namespace EditLint.HouseRules;

/// <summary>
/// Gives a replacement the capitals of the text it replaces, where that makes sense: "Kiev" → "Kyiv",
/// "kiev" → "kyiv", "KIEV" → "KYIV". A replacement with capitals of its own inside a word ("iPhone", "NATO",
/// "GitHub") is written as listed, since its capitals are the point; so is the replacement of text written exactly as
/// the listed term, whose capitals are then the term's, not the writer's ("Web site" → "website", not "Website").
/// </summary>
public static class CasePattern
{
    public static string Apply(ReadOnlySpan<char> original, string replacement, string? listedTerm = null)
    {
        if (HasInnerCapitals(replacement) || (listedTerm is not null && original.SequenceEqual(listedTerm)))
        {
            return replacement;
        }

        bool anyLetter = false, allUpper = true, allLower = true;
        foreach (char c in original)
        {
            if (char.IsLetter(c))
            {
                anyLetter = true;
                allUpper &= char.IsUpper(c);
                allLower &= char.IsLower(c);
            }
        }

        if (!anyLetter)
        {
            return replacement;
        }

        if (allLower)
        {
            return replacement.ToLower(CultureInfo.InvariantCulture);
        }

        if (allUpper && CountLetters(original) > 1)
        {
            return replacement.ToUpper(CultureInfo.InvariantCulture);
        }

        int first = FirstLetter(original);
        if (first >= 0 && char.IsUpper(original[first]))
        {
            int target = FirstLetter(replacement);
            return target < 0 ? replacement : string.Concat(replacement.AsSpan(0, target), char.ToUpperInvariant(replacement[target]).ToString(), replacement.AsSpan(target + 1));
        }

        return replacement;
    }

    /// <summary>An upper-case letter after a letter: "iPhone", "GitHub", "NATO" have them; "Kyiv", "Rio de Janeiro" do not.</summary>
    private static bool HasInnerCapitals(string text)
    {
        for (int i = 1; i < text.Length; i++)
        {
            if (char.IsUpper(text[i]) && char.IsLetter(text[i - 1]))
            {
                return true;
            }
        }

        return text.Length > 0 && char.IsLower(text[0]) && text.Any(char.IsUpper);
    }

    private static int FirstLetter(ReadOnlySpan<char> text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsLetter(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static int CountLetters(ReadOnlySpan<char> text)
    {
        int count = 0;
        foreach (char c in text)
        {
            count += char.IsLetter(c) ? 1 : 0;
        }

        return count;
    }
}
