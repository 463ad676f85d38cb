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
}
