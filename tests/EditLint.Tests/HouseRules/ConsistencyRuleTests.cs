using EditLint.Tests.Verifiers;
using static EditLint.Tests.Verifiers.ExpectedDiagnostic;

namespace EditLint.Tests.HouseRules;

public class ConsistencyRuleTests
{
    private const string Rule = """
        { "id": "HOUSE0030", "name": "OneSpelling", "kind": "consistency", "groups": [["email", "e-mail"], ["toward", "towards"]] }
        """;

    private static readonly Func<EditLint.Analysis.Analyzer> Create = HouseRuleFactory.Create(Rule);

    [Fact]
    public void Flags_the_minority_and_points_to_the_majority() =>
        AnalyzerVerifier.Verify(
            Create,
            "Send an {|#0:email|}. Then an {|#1:E-mail|}. Another email follows.",
            new VerifierOptions(),
            Expect("HOUSE0030").At(1).WithAdditionalLocation(0).WithFix("Email").WithMessage("'E-mail' is written 'email' elsewhere in this document; use one spelling"));

    [Fact]
    public void Groups_are_counted_apart() =>
        AnalyzerVerifier.Verify(Create, "An email went toward them. Another email went toward us.", new VerifierOptions());

    [Fact]
    public void On_a_tie_the_first_spelling_wins_and_the_fix_is_not_safe()
    {
        var analyzer = HouseRuleFactory.Analyzer(Rule);
        var engine = new EditLint.Analysis.AnalyzerEngine([analyzer], EditLint.Analysis.AnalyzerOptions.Default);
        var result = engine.AnalyzeText("a.md", "We went towards them. Then toward us.");
        var diagnostic = result.Diagnostics.ShouldHaveSingleItem();
        result.Source!.Load()!.ToString(diagnostic.Span).ShouldBe("toward");
        diagnostic.Fix!.Replacement.ShouldBe("towards");
        diagnostic.Fix.ReviewReason.ShouldBe("two spellings are used equally often, and the first was taken");
    }

    [Fact]
    public void A_paragraph_scope_starts_again_in_each_paragraph() =>
        AnalyzerVerifier.Verify(
            HouseRuleFactory.Create("""{ "id": "HOUSE0031", "name": "P", "kind": "consistency", "scope": "paragraph", "groups": [["email", "e-mail"]] }"""),
            "An email.\n\nAn e-mail and an e-mail and an {|HOUSE0031:email|}.\n",
            new VerifierOptions());

    private const string WithSubstitution = """
        { "pack": "house", "rules": [
          { "id": "HOUSE0002", "name": "ClosedCompounds", "kind": "substitution", "swap": { "e-mail": "email", "cell phone": "cellphone" } },
          { "id": "HOUSE0003", "name": "OneSpellingPerArticle", "kind": "consistency", "groups": [["email", "e-mail"], ["toward", "towards"]] }
        ] }
        """;

    [Fact]
    public void A_variant_that_a_substitution_replaces_is_never_the_one_kept_even_when_used_most()
    {
        var engine = new EditLint.Analysis.AnalyzerEngine([HouseRuleFactory.Analyzer(WithSubstitution)], EditLint.Analysis.AnalyzerOptions.Default);
        string text = "She sent an e-mail. A second e-mail followed, and a third e-mail. Her office said the email was genuine.";
        var result = engine.AnalyzeText("a.md", text);

        var consistency = result.Diagnostics.Where(d => d.Id == "HOUSE0003").ToArray();
        consistency.Select(d => text.Substring(d.Span.Start, d.Span.Length)).ShouldBe(["e-mail", "e-mail", "e-mail"]);
        consistency.ShouldAllBe(d => d.Fix!.Replacement == "email" && d.Fix.IsSafe);
        consistency[0].AdditionalSpans.ShouldHaveSingleItem().Message.ShouldBe("'email' is the spelling this document uses that the house style does not replace");
    }

    [Fact]
    public void With_a_substitution_of_one_variant_one_fix_settles_on_the_house_form_and_a_second_changes_nothing()
    {
        string once = SubstitutionRuleTests.Fixed(WithSubstitution, "She sent an e-mail. A second e-mail followed, and a third e-mail.\n\nHer office said the email was genuine.\n");

        once.ShouldBe("She sent an email. A second email followed, and a third email.\n\nHer office said the email was genuine.\n");
        SubstitutionRuleTests.Fixed(WithSubstitution, once).ShouldBe(once);
    }
}
