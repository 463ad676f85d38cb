namespace EditLint.HouseRules.Kinds;

/// <summary>The kinds of house rule there are, one <see cref="HouseRuleForm"/> each.</summary>
internal static class HouseRuleForms
{
    public static IReadOnlyList<HouseRuleForm> All { get; } =
        [new ExistenceForm(), new SubstitutionForm(), new ConsistencyForm(), new CapitalizationForm(), new FirstReferenceForm()];

    /// <summary>The form of a kind; every value of <see cref="HouseRuleKind"/> has one (a test holds it to that).</summary>
    public static HouseRuleForm For(HouseRuleKind kind) => All.First(f => f.Kind == kind);

    /// <summary>The form a rule file names, by its name or another spelling of it; null for a kind there is not.</summary>
    public static HouseRuleForm? Named(string name) =>
        All.FirstOrDefault(f => f.Name == name || f.OtherSpellings.Contains(name));

    /// <summary>"existence, substitution, consistency, capitalization or firstReference".</summary>
    public static string Names => string.Join(", ", All.Take(All.Count - 1).Select(f => f.Name)) + " or " + All[^1].Name;
}
