namespace EditLint.HouseRules.Kinds;

/// <summary><c>capitalization</c>: a listed term must be written with exactly its listed capitals.</summary>
internal sealed class CapitalizationForm : HouseRuleForm
{
    public override HouseRuleKind Kind => HouseRuleKind.Capitalization;

    public override string Name => "capitalization";

    public override IReadOnlyList<string> OtherSpellings => ["capitalisation"];

    public override string TermsKey => "terms";

    public override bool AlwaysMatchesCase => true;

    public override string DefaultTitle => "A term written with the wrong capitals";

    public override string DefaultMessage => "Write '{suggestion}', not '{match}'";

    public override List<HouseTerm> ReadTerms(IHouseTermReader reader, PositionedJson.Property property) =>
        [.. reader.Terms(property).Select(t => new HouseTerm(t.Text, t.Text))];

    public override string[] DocsHeaders => ["write exactly"];

    public override IEnumerable<string[]> DocsRows(HouseRule rule) => rule.Entries.Select(e => new[] { e.Text });
}
