using System.Globalization;

namespace EditLint.Rules.Claims;

/// <summary>
/// Turns a relative time reference into the absolute form for a document's date: "this year" → "in 2016",
/// "last month" → "in December 2015", "last September" → "in September 2015", "currently" → "as of January
/// 2016", and, as AP style asks, "yesterday" → "on Thursday" within a week and "two weeks ago" → "on Jan. 1"
/// beyond it. Year, month and day forms are safe to apply, except a possessive and a sentence-initial "Today"
/// (often "nowadays"); "as of" may need the sentence reordered, so a person should look: each such fix carries why.
/// </summary>
internal static class RelativeDateFix
{
    private static readonly WordSet Prepositions = new(
        ["in", "by", "since", "during", "until", "till", "for", "from", "through", "throughout", "before", "after", "over", "of", "to", "between", "until"]);

    private static readonly WordSet Determiners = new(["the", "this", "that", "a", "each", "every", "its", "their"]);

    private static readonly string[] ApMonths = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."];

    /// <summary>
    /// The replacement for <paramref name="term"/> on <paramref name="date"/>, and why a person should look before it is
    /// applied (null: it is safe); null when
    /// none fits: after a determiner ("the next year"), in a possessive, or after a day of a month (<paramref name="afterDay"/>:
    /// "on February 7 last year" wants a comma before the year). <paramref name="previousWord"/> decides "in", and after a
    /// month (<paramref name="afterMonth"/>) a year stands alone ("from January next year" becomes "from January 2022").
    /// </summary>
    public static (string Replacement, string? ReviewReason)? Create(TemporalTerm term, DateOnly date, ReadOnlySpan<char> previousWord, bool afterMonth, bool afterDay, bool capitalize, bool possessive)
    {
        if (Determiners.Contains(previousWord))
        {
            return null; // "the next year" is twelve months, not a calendar year
        }

        if (term.Fix == TemporalFixKind.Year && afterDay)
        {
            return null; // "on February 7 last year" wants "on Feb. 7, 2020": the comma belongs before the replaced words
        }

        bool afterPreposition = Prepositions.Contains(previousWord) || PhraseTable<bool>.SameWord(previousWord, "on") || (term.Fix == TemporalFixKind.Year && afterMonth);
        if (possessive && term.Fix != TemporalFixKind.Day)
        {
            return null; // "this year's budget" wants "the 2016 budget", a rewrite rather than a replacement
        }

        (string text, string? reviewReason) = term.Fix switch
        {
            TemporalFixKind.Year => (Prefixed((date.Year + term.Offset).ToString(CultureInfo.InvariantCulture), afterPreposition), null),
            TemporalFixKind.Month => (Prefixed(MonthYear(date.AddMonths(term.Offset)), afterPreposition), null),
            TemporalFixKind.NamedMonth => (Prefixed(MonthYear(NamedMonth(date, term.Month, term.Offset)), afterPreposition), null),
            TemporalFixKind.Day => Day(term, date, afterPreposition, possessive, capitalize),
            TemporalFixKind.AsOf => ("as of " + MonthYear(date), "'as of' may need the sentence reordered"),
            _ => (string.Empty, null),
        };

        if (text.Length == 0)
        {
            return null;
        }

        return (capitalize ? char.ToUpperInvariant(text[0]) + text[1..] : text, reviewReason);
    }

    public static string MonthYear(DateOnly date) =>
        date.ToString("MMMM yyyy", CultureInfo.InvariantCulture);

    private static string Prefixed(string value, bool afterPreposition) => afterPreposition ? value : "in " + value;

    /// <summary>AP style: the day of the week within a week of the document's date, the date ("Feb. 18") beyond it.</summary>
    private static (string, string?) Day(TemporalTerm term, DateOnly date, bool afterPreposition, bool possessive, bool capitalize)
    {
        var day = date.AddDays(term.Offset);
        string name = Math.Abs(term.Offset) < 7
            ? day.DayOfWeek.ToString()
            : ApMonths[day.Month - 1] + " " + day.Day.ToString(CultureInfo.InvariantCulture) + (day.Year == date.Year ? string.Empty : ", " + day.Year.ToString(CultureInfo.InvariantCulture));
        if (term.DayPart is { } part)
        {
            name += " " + part;
        }

        bool today = term.Offset == 0 && term.DayPart is null;
        string? reviewReason = possessive ? "a possessive such as 'today's world' often means the era, not the day"
            : today && capitalize ? "'Today' opening a sentence often means 'nowadays'"
            : null;
        return possessive ? (name + "'s", reviewReason) : (afterPreposition ? name : "on " + name, reviewReason);
    }

    /// <summary>"last September" is the latest September before the document's month, "next March" the first after it, "this October" the document's year's.</summary>
    private static DateOnly NamedMonth(DateOnly date, int month, int direction)
    {
        int year = direction switch
        {
            < 0 => month < date.Month ? date.Year : date.Year - 1,
            > 0 => month > date.Month ? date.Year : date.Year + 1,
            _ => date.Year,
        };
        return new DateOnly(year, month, 1);
    }
}
