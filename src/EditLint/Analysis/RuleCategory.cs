namespace EditLint.Analysis;

/// <summary>Rule families and their id ranges: EL0xxx the tool itself, EL1xxx names, EL2xxx claims; house rules use their own prefix.</summary>
public static class RuleCategory
{
    public const string Tool = "Tool";
    public const string Names = "Names";
    public const string Claims = "Claims";

    /// <summary>Declarative house rules; their ids carry the house's own prefix, so any number is theirs.</summary>
    public const string House = "House";

    public static (int First, int Last) RangeOf(string category) => category switch
    {
        Tool => (0, 999),
        Names => (1000, 1999),
        Claims => (2000, 2999),
        House => (0, 9999),
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, "Unknown rule category."),
    };
}
