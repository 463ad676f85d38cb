namespace EditLint.Documents;

/// <summary>
/// Words that, followed by a period, do not end a sentence. Deliberately short: words such as "Inc." or
/// "etc." end sentences as often as not, and a missed break costs less than a wrong one.
/// </summary>
internal static class Abbreviations
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "St", "Sr", "Jr", "Rev", "Fr", "Hon",
        "Gen", "Lt", "Col", "Maj", "Capt", "Cmdr", "Sgt", "Adm", "Gov", "Sen", "Rep", "Pres", "Supt",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "No", "Nos", "vs", "v", "Vol", "pp", "p", "cf", "approx", "Mt", "Ft", "Ave", "Blvd",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when the word before a period (without the period) is an abbreviation or an initial.</summary>
    public static bool IsAbbreviation(ReadOnlySpan<char> word)
    {
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true;
        }

        // "U.S", "U.N", "e.g", "i.e": single letters joined by periods.
        if (word.Length >= 3 && word.Contains('.'))
        {
            return true;
        }

        return Lookup.Contains(word);
    }
}
