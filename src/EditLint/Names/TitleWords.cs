using EditLint.Text;

namespace EditLint.Names;

/// <summary>
/// Words that make up a title in front of a name ("Foreign Minister", "Army Staff Sergeant",
/// "Special Agent", "Mr."). A name mention keeps its title aside: the title is not part of the
/// span EL1001 and EL1002 report, but it tells that the next word is a person.
/// </summary>
public static class TitleWords
{
    private static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        "President", "Vice", "Prime", "Minister", "Foreign", "Defense", "Defence", "Finance", "Interior",
        "Secretary", "Chief", "Cabinet", "Senator", "Representative", "Congressman", "Congresswoman",
        "Governor", "Mayor", "Admiral", "General", "Brigadier", "Colonel", "Lieutenant", "Major",
        "Captain", "Sergeant", "Corporal", "Private", "Class", "Staff", "Petty", "Officer", "Agent",
        "Special", "Deputy", "Director", "Ambassador", "Envoy", "Chairman", "Chairwoman", "Chair",
        "Speaker", "Leader", "Majority", "Minority", "Senate", "Queen", "Prince", "Princess", "Pope",
        "Reverend", "Judge", "Justice", "Chancellor", "Premier", "Commissioner", "Commander", "Coach",
        "Professor", "Bishop", "Archbishop", "Cardinal", "Rabbi", "Imam", "Sheikh", "Ayatollah",
        "Marshal", "Seaman", "Airman", "Veteran", "Firefighter", "Patrol", "Spokesman", "Spokeswoman",
        "Emperor", "Empress", "Sultan", "Emir", "Sir", "Dame", "Lord", "Lady", "Miss", "Madam",
        "Dr", "Mr", "Mrs", "Ms", "Gen", "Sen", "Rep", "Gov", "Col", "Lt", "Capt", "Sgt", "Adm", "Prof",
        "Rev", "Maj", "Cpl", "Pvt", "Supt", "Insp", "Det", "Inspector", "Detective", "Superintendent",
        "Trooper", "Marine", "Sheriff", "Attorney", "Counsel", "Provost",
    };

    private static readonly WordPrefilter TitlePrefilter = new(Words);

    /// <summary>
    /// Title words that name no office by themselves: parts of a longer title ("Private First Class", "Staff
    /// Sergeant", "Vice President", "Majority Leader") and ranks that are also everyday adjectives ("major",
    /// "general", "private"). Capitalised, they are titles; in lower case ("middle class Americans", "a major
    /// American city") they are ordinary words and mark no name.
    /// </summary>
    private static readonly HashSet<string> OnlyCapitalised = new(StringComparer.OrdinalIgnoreCase)
    {
        "Vice", "Prime", "Foreign", "Defense", "Defence", "Finance", "Interior", "Chief", "Cabinet", "Class",
        "Staff", "Petty", "Special", "Majority", "Minority", "Senate", "Patrol", "Private", "Major", "General",
    };

    /// <summary>Abbreviated titles that are written with a period.</summary>
    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "Dr", "Mr", "Mrs", "Ms", "Gen", "Sen", "Rep", "Gov", "Col", "Lt", "Capt", "Sgt", "Adm", "Prof",
        "Rev", "Maj", "Cpl", "Pvt", "Supt", "Insp", "Det", "St", "Mt", "Jr", "Sr",
    };

    /// <summary>True when <paramref name="word"/> is a title word ("Minister", "Sergeant", "Mr").</summary>
    public static bool IsTitle(ReadOnlySpan<char> word) =>
        TitlePrefilter.MayContain(word) && Words.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>
    /// True when <paramref name="word"/>, written in lower case, is a title that marks the name after it ("South Korean
    /// president Park Geun-hye", "agent Ortiz"): a title word that names an office by itself.
    /// </summary>
    public static bool IsLowerCaseTitle(ReadOnlySpan<char> word) =>
        word.Length > 0 && char.IsLower(word[0]) && IsTitle(word) && !OnlyCapitalised.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>True when <paramref name="word"/> is an abbreviation written with a period.</summary>
    public static bool IsAbbreviation(ReadOnlySpan<char> word) =>
        Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>Lower-case particles inside names: "de", "van", "bin", "al".</summary>
    public static bool IsParticle(ReadOnlySpan<char> word) => word switch
    {
        "de" or "da" or "di" or "du" or "del" or "della" or "der" or "den" or "des" or "dos" or "das"
            or "van" or "von" or "ter" or "ten" or "zu" or "bin" or "bint" or "ibn" or "al" or "el"
            or "la" or "le" or "y" or "e" => true,
        _ => false,
    };
}
