using System.Globalization;

namespace EditLint.Rules.Claims;

/// <summary>
/// Turns a relative time reference into the absolute form for a document's date: "this year" → "in 2016",
/// "last month" → "in December 2015", "currently" → "as of January 2016". Year and month forms are safe to
/// apply; "as of" may need the sentence reordered, so a person should look.
/// </summary>
internal static class RelativeDateFix
{
    private static readonly WordSet Prepositions = new(
        ["in", "by", "since", "during", "until", "till", "for", "from", "through", "throughout", "before", "after", "over", "of", "to", "between", "until"]);

    private static readonly WordSet Determiners = new(["the", "this", "that", "a", "each", "every", "its", "their"]);

    public static (string Replacement, bool IsSafe)? Create(TemporalTerm term, DateOnly date, ReadOnlySpan<char> previousWord, bool capitalize)
    {
        if (Determiners.Contains(previousWord))
        {
            return null; // "the next year" is twelve months, not a calendar year
        }

        bool afterPreposition = Prepositions.Contains(previousWord);
        (string text, bool safe) = term.Fix switch
        {
            TemporalFixKind.Year => (Prefixed((date.Year + term.Offset).ToString(CultureInfo.InvariantCulture), afterPreposition), true),
            TemporalFixKind.Month => (Prefixed(MonthYear(date.AddMonths(term.Offset)), afterPreposition), true),
            TemporalFixKind.AsOf => ("as of " + MonthYear(date), false),
            _ => (string.Empty, false),
        };

        if (text.Length == 0)
        {
            return null;
        }

        return (capitalize ? char.ToUpperInvariant(text[0]) + text[1..] : text, safe);
    }

    public static string MonthYear(DateOnly date) =>
        date.ToString("MMMM yyyy", CultureInfo.InvariantCulture);

    private static string Prefixed(string value, bool afterPreposition) => afterPreposition ? value : "in " + value;
}
