namespace EditLint.HouseRules.Kinds;

/// <summary><c>existence</c>: any listed term is flagged.</summary>
internal sealed class ExistenceForm : HouseRuleForm
{
    public override HouseRuleKind Kind => HouseRuleKind.Existence;

    public override string Name => "existence";

    public override string TermsKey => "terms";

    public override string DefaultTitle => "A term the house style avoids";

    public override string DefaultMessage => "Avoid '{match}'";

    public override bool AcceptsPatterns => true;

    public override List<HouseTerm> ReadTerms(IHouseTermReader reader, PositionedJson.Property property) =>
        [.. reader.Terms(property).Select(t => new HouseTerm(t.Text, null))];

    public override string[] DocsHeaders => ["avoid"];

    public override IEnumerable<string[]> DocsRows(HouseRule rule) => rule.Entries.Select(e => new[] { e.Text });
}
