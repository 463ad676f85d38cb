namespace EditLint.HouseRules.Kinds;

/// <summary><c>substitution</c>: a listed term is flagged and replaced by its preferred term.</summary>
internal sealed class SubstitutionForm : PairForm
{
    public override HouseRuleKind Kind => HouseRuleKind.Substitution;

    public override string Name => "substitution";

    public override string TermsKey => "swap";

    public override string DefaultTitle => "A term the house style replaces";

    public override string DefaultMessage => "Use '{suggestion}' instead of '{match}'";

    public override bool AcceptsPatterns => true;

    protected override string NotAnObject => "'swap' must be an object of term → preferred term, such as { \"Kiev\": \"Kyiv\" }.";

    public override string[] DocsHeaders => ["write", "not"];

    public override IEnumerable<string[]> DocsRows(HouseRule rule) => rule.Entries.Select(e => new[] { e.Suggestion!, e.Text });
}
