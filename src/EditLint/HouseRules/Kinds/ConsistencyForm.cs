namespace EditLint.HouseRules.Kinds;

/// <summary><c>consistency</c>: of each group of variants, one document (or scope) may use only one.</summary>
internal sealed class ConsistencyForm : HouseRuleForm
{
    public override HouseRuleKind Kind => HouseRuleKind.Consistency;

    public override string Name => "consistency";

    public override string TermsKey => "groups";

    public override string DefaultTitle => "A term spelled more than one way";

    public override string DefaultMessage => "'{match}' is written '{suggestion}' elsewhere in this document; use one spelling";

    public override List<HouseTerm> ReadTerms(IHouseTermReader reader, PositionedJson.Property property)
    {
        var terms = new List<HouseTerm>();
        if (!property.Value.IsArray)
        {
            reader.Fail(property.Value.Offset, "'groups' must be an array of groups of variants, such as [[\"email\", \"e-mail\"]].");
            return terms;
        }

        int group = 0;
        foreach (var item in property.Value.Items)
        {
            var variants = reader.Terms(new PositionedJson.Property("groups", item.Offset, item));
            if (item.IsArray && variants.Count < 2)
            {
                reader.Fail(item.Offset, "A group needs at least two variants.");
            }

            terms.AddRange(variants.Select(v => new HouseTerm(v.Text, null, group)));
            group++;
        }

        return terms;
    }

    public override string[] DocsHeaders => ["use one of"];

    public override IEnumerable<string[]> DocsRows(HouseRule rule) =>
        rule.Entries.GroupBy(e => e.Group).Select(g => new[] { string.Join(" / ", g.Select(e => e.Text)) });
}
