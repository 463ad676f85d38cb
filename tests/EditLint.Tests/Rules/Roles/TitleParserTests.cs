using EditLint.Analysis;
using EditLint.Rules.Names.Roles;

namespace EditLint.Tests.Rules.Roles;

public class TitleParserTests
{
    private static readonly RoleTables Tables = RoleTables.Create(RuleSettings.Empty, _ => { });

    private static ParsedTitle? Parse(string title)
    {
        var words = TitleText.Words(title);
        return TitleParser.Parse(words, 0, words.Count, Tables, literalTail: false);
    }

    [Theory]
    [InlineData("Russia’s permanent representative to the United Nations", "ambassador", "RUS", "UN")]
    [InlineData("U.S. envoy to the UN", "ambassador", "USA", "UN")]
    [InlineData("UN envoy", "ambassador", null, "UN")]
    [InlineData("UN Secretary-General", "secretary-general", "UN", null)]
    [InlineData("German Foreign Minister", "foreign minister", "DEU", null)]
    [InlineData("Minister of Foreign Affairs of the Russian Federation", "foreign minister", "RUS", null)]
    [InlineData("South Korean president", "president", "KOR", null)]
    [InlineData("Secretary of Defense", "defence minister", null, null)]
    [InlineData("Gov.", "governor", null, null)]
    public void Titles_read_as_office_organisation_and_target(string title, string office, string? organisation, string? target)
    {
        var parsed = Parse(title).ShouldNotBeNull();
        parsed.Office.Name.ShouldBe(office);
        parsed.Organisation?.Id.ShouldBe(organisation);
        (parsed.Organisation is null).ShouldBe(organisation is null);
        parsed.Target?.Id.ShouldBe(target);
        (parsed.Target is null).ShouldBe(target is null);
    }
}
