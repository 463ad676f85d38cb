namespace EditLint.HouseRules.Kinds;

/// <summary>A kind whose terms are an object of term → its counterpart (substitution, first reference).</summary>
internal abstract class PairForm : HouseRuleForm
{
    /// <summary>What the reader is told when the value is not an object.</summary>
    protected abstract string NotAnObject { get; }

    public override List<HouseTerm> ReadTerms(IHouseTermReader reader, PositionedJson.Property property)
    {
        var terms = new List<HouseTerm>();
        if (!property.Value.IsObject)
        {
            reader.Fail(property.Value.Offset, NotAnObject);
            return terms;
        }

        foreach (var pair in property.Value.Properties)
        {
            reader.CheckTerm(pair.Name, pair.NameOffset);
            if (reader.String(pair) is { } value)
            {
                reader.CheckTerm(value, pair.Value.Offset);
                terms.Add(new HouseTerm(pair.Name, value));
            }
        }

        return terms;
    }
}
