using EditLint.Documents;

namespace EditLint.Rules.Claims;

/// <summary>
/// Finds an absolute date among a sentence's tokens: "January 6, 2016", "6 January 2016", "Jan. 12",
/// "on January 11", "in 2015", "by 2020", "2015–16", "the 1990s", "as of March 2024", "Q3 2024", "fiscal 2023",
/// "FY2023", "2016-01-15". A number is a year only in a date context: "1,500 troops" and "2000 people" are not
/// years, and neither is the year in a law's name ("the Labor Management Relations Act of 1947"). The word lists
/// come from the <c>dates</c> section of <c>rules/EL2002.temporal.json</c>.
/// </summary>
internal sealed class AbsoluteDateDetector(WordSet months, WordSet needNumber, WordSet yearLeads, WordSet countedNouns, WordSet relativeLeads)
{
    public bool HasDate(Document document, Sentence sentence)
    {
        var tokens = sentence.Tokens;
        for (int i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            bool date = token.Kind switch
            {
                TokenKind.Number => IsDateNumber(document, tokens, i),
                TokenKind.Word => IsDateWord(document, tokens, i),
                _ => false,
            };
            if (date)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Four digits from 1500 to 2100, with no separators.</summary>
    public static bool IsYearLike(ReadOnlySpan<char> text)
    {
        if (text.Length != 4)
        {
            return false;
        }

        int value = 0;
        foreach (char c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return value is >= 1500 and <= 2100;
    }

    private bool IsDateNumber(Document document, TokenList tokens, int i)
    {
        var text = document.GetText(tokens[i]);
        if (text.Length > 4 && IsYearLike(text[..4]) && text[4] == '-')
        {
            return true; // "2015-16", "2016-01-15"
        }

        if (!IsYearLike(text))
        {
            return false;
        }

        int previous = ClaimText.PreviousWord(tokens, i);
        if (i > 0 && tokens[i - 1].Kind == TokenKind.Punctuation && document.ProseText[tokens[i - 1].Start] is '$' or '€' or '£' or '#')
        {
            return false;
        }

        if (previous >= 0)
        {
            var word = document.GetText(tokens[previous]);
            if (PhraseTable<bool>.SameWord(word, "of") && previous > 0 && tokens[previous - 1].IsWord
                && ClaimText.StartsUpper(document.GetText(tokens[previous - 1])) && !months.Contains(document.GetText(tokens[previous - 1])))
            {
                return false; // "the Housing Act of 1968"
            }

            if (yearLeads.Contains(word) || months.Contains(word))
            {
                return true;
            }
        }

        if (i + 1 < tokens.Count && tokens[i + 1].IsWord)
        {
            var next = document.GetText(tokens[i + 1]);
            if (countedNouns.Contains(next) || (next.Length > 3 && next[^1] == 's' && next[^2] is not ('s' or 'u' or 'i') && !ClaimText.StartsUpper(next)))
            {
                return false; // "2000 people", "1999 levels" reads as a count
            }
        }

        return true;
    }

    private bool IsDateWord(Document document, TokenList tokens, int i)
    {
        var text = document.GetText(tokens[i]);
        if (char.IsDigit(text[0]))
        {
            return IsDecadeOrPossessiveYear(text);
        }

        if (text.Length >= 4 && (text[0] is 'F' or 'f') && (text[1] is 'Y' or 'y') && char.IsDigit(text[2]))
        {
            return true; // "FY2023"
        }

        if (!ClaimText.StartsUpper(text) || !months.Contains(text))
        {
            return false;
        }

        int next = i + 1;
        if (next < tokens.Count && tokens[next].Kind == TokenKind.Punctuation && document.ProseText[tokens[next].Start] == '.')
        {
            next++; // "Jan. 12"
        }

        bool day = next < tokens.Count && (IsDay(document.GetText(tokens[next])) || IsOrdinalDay(document.GetText(tokens[next])));
        if (YearNamedFromToday(document, tokens, day ? next + 1 : next))
        {
            return false; // "on February 7 last year", "from January next year": the year is named from today
        }

        if (next < tokens.Count && IsDayOrYear(document.GetText(tokens[next])))
        {
            return true;
        }

        if (i > 0 && tokens[i - 1].Kind == TokenKind.Number && IsDay(document.GetText(tokens[i - 1])))
        {
            return true; // "6 January"
        }

        int previous = ClaimText.PreviousWord(tokens, i);
        if (previous >= 0 && relativeLeads.Contains(document.GetText(tokens[previous])))
        {
            return false; // "last September" is named from today
        }

        return !needNumber.Contains(text);
    }

    /// <summary>
    /// What stands before a relative term at token <paramref name="first"/>, for its fix: the word before it, reached past
    /// a month's abbreviation point ("in Feb. last year"), whether that word is a month ("from January next year"), and
    /// whether the term follows a month's day ("on February 7 last year", "February 7th").
    /// </summary>
    public (int Previous, bool AfterMonth, bool AfterDay) ReadBefore(Document document, TokenList tokens, int first)
    {
        int previous = ClaimText.PreviousWord(tokens, first);
        if (previous < 0 && first >= 2 && tokens[first - 1].Kind == TokenKind.Punctuation && document.ProseText[tokens[first - 1].Start] == '.' && IsMonth(document, tokens, first - 2))
        {
            previous = first - 2;
        }

        bool afterDay = first >= 2 && IsMonth(document, tokens, first - 2)
            && (tokens[first - 1].Kind == TokenKind.Number || IsOrdinalDay(document.GetText(tokens[first - 1])));
        return (previous, previous >= 0 && IsMonth(document, tokens, previous), afterDay);
    }

    /// <summary>"January", "Sept": a capitalised month name, not "march" or "may" the verbs.</summary>
    private bool IsMonth(Document document, TokenList tokens, int i) =>
        tokens[i].IsWord && ClaimText.StartsUpper(document.GetText(tokens[i])) && months.Contains(document.GetText(tokens[i]));

    /// <summary>
    /// "last year" or "next year" at token <paramref name="k"/>. "The festival runs through March 11 this year" is left
    /// anchored, as the labelled Wikinews sample reads it; "last September" is relative anyway (a relative lead before it).
    /// </summary>
    private static bool YearNamedFromToday(Document document, TokenList tokens, int k) =>
        k + 1 < tokens.Count && (ClaimText.IsWord(document, tokens, k, "last") || ClaimText.IsWord(document, tokens, k, "next"))
        && ClaimText.IsWord(document, tokens, k + 1, "year");

    /// <summary>"1990s", "2015's", "90s".</summary>
    private static bool IsDecadeOrPossessiveYear(ReadOnlySpan<char> text)
    {
        if (text.Length == 5 && text[4] == 's' && IsYearLike(text[..4]))
        {
            return true;
        }

        if (text.Length == 3 && text[2] == 's' && char.IsDigit(text[0]) && text[1] == '0')
        {
            return true;
        }

        return text.Length == 6 && text[4] is '\'' or '\u2019' && text[5] == 's' && IsYearLike(text[..4]);
    }

    private static bool IsDayOrYear(ReadOnlySpan<char> text) => IsYearLike(text) || IsDay(text) || IsOrdinalDay(text);

    /// <summary>"12th", "1st".</summary>
    private static bool IsOrdinalDay(ReadOnlySpan<char> text)
    {
        int digits = 0;
        while (digits < text.Length && char.IsDigit(text[digits]))
        {
            digits++;
        }

        return digits is 1 or 2 && text.Length == digits + 2 && IsDay(text[..digits]);
    }

    private static bool IsDay(ReadOnlySpan<char> text) =>
        text.Length is 1 or 2 && int.TryParse(text, out int day) && day is >= 1 and <= 31;
}
