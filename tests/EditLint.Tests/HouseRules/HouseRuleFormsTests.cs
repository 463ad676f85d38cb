using EditLint.HouseRules;
using EditLint.HouseRules.Kinds;

namespace EditLint.Tests.HouseRules;

public class HouseRuleFormsTests
{
    [Fact]
    public void Every_kind_has_its_own_form_with_its_own_name()
    {
        foreach (var kind in Enum.GetValues<HouseRuleKind>())
        {
            HouseRuleForms.For(kind).Kind.ShouldBe(kind);
        }

        HouseRuleForms.All.Select(f => f.Name).ShouldBeUnique();
        HouseRuleForms.All.Count.ShouldBe(Enum.GetValues<HouseRuleKind>().Length);
    }

    [Theory]
    [InlineData("existence", HouseRuleKind.Existence)]
    [InlineData("capitalisation", HouseRuleKind.Capitalization)]
    [InlineData("firstReference", HouseRuleKind.FirstReference)]
    public void A_rule_file_names_its_kind(string name, HouseRuleKind kind) => HouseRuleForms.Named(name)!.Kind.ShouldBe(kind);

    [Fact]
    public void A_kind_there_is_not_is_an_error_that_lists_the_kinds_there_are()
    {
        HouseRuleForms.Named("spelling").ShouldBeNull();
        var set = HouseRuleLoader.LoadText("h.json", """{ "id": "HOUSE0001", "name": "X", "kind": "spelling", "terms": ["a"] }""");
        set.Notifications.ShouldHaveSingleItem().Message.ShouldBe("Unknown kind 'spelling'; expected existence, substitution, consistency, capitalization or firstReference.");
    }

    [Fact]
    public void A_capitalization_rule_always_matches_case_and_its_page_says_so()
    {
        var set = HouseRuleLoader.LoadText("h.json", """{ "id": "HOUSE0040", "name": "Capitals", "kind": "capitalization", "caseSensitive": false, "terms": ["NATO"] }""");
        set.Notifications.ShouldBeEmpty();
        HouseRuleDocs.Write(set.Packs.Single()).ShouldContain("Matching: whole words, case-sensitive");
    }
}
