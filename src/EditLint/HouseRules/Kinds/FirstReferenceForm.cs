namespace EditLint.HouseRules.Kinds;

/// <summary><c>firstReference</c>: an acronym must be spelled out before, or on, its first use.</summary>
internal sealed class FirstReferenceForm : PairForm
{
    public override HouseRuleKind Kind => HouseRuleKind.FirstReference;

    public override string Name => "firstReference";

    public override string TermsKey => "acronyms";

    public override string DefaultTitle => "An acronym not spelled out on first reference";

    public override string DefaultMessage => "Spell out '{match}' ({suggestion}) on first reference";

    protected override string NotAnObject => "'acronyms' must be an object of acronym → expansion, such as { \"DPRK\": \"Democratic People's Republic of Korea\" }.";

    public override string[] DocsHeaders => ["acronym", "spell out as"];

    public override IEnumerable<string[]> DocsRows(HouseRule rule) => rule.Entries.Select(e => new[] { e.Text, e.Suggestion! });
}
