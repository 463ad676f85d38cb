using EditLint.Tests.Verifiers;
using static EditLint.Tests.Verifiers.ExpectedDiagnostic;

namespace EditLint.Tests.HouseRules;

public class FirstReferenceRuleTests
{
    private static readonly Func<EditLint.Analysis.Analyzer> Create = HouseRuleFactory.Create("""
        {
          "id": "HOUSE0050", "name": "SpellOut", "kind": "firstReference",
          "acronyms": { "DPRK": "Democratic People's Republic of Korea", "WHO": "World Health Organization" }
        }
        """);

    [Fact]
    public void Flags_the_first_use_before_the_expansion_only() =>
        AnalyzerVerifier.Verify(
            Create,
            "The {|#0:DPRK|} fired. The Democratic People's Republic of Korea said so. The DPRK left.",
            new VerifierOptions(),
            Expect("HOUSE0050").At(0).WithMessage("Spell out 'DPRK' (Democratic People's Republic of Korea) on first reference"));

    [Fact]
    public void Passes_an_expansion_given_first_or_in_parentheses() =>
        AnalyzerVerifier.Verify(
            Create,
            "The Democratic People’s Republic of Korea fired. The DPRK left. The WHO (World Health Organization) spoke.",
            new VerifierOptions());

    [Fact]
    public void Acronyms_match_their_capitals_only() =>
        AnalyzerVerifier.Verify(Create, "Who knows who said it? The {|HOUSE0050:WHO|} did.", new VerifierOptions());

    [Fact]
    public void A_sentence_scope_asks_again_in_each_sentence() =>
        AnalyzerVerifier.Verify(
            HouseRuleFactory.Create("""{ "id": "HOUSE0051", "name": "S", "kind": "firstReference", "scope": "sentence", "acronyms": { "IAEA": "International Atomic Energy Agency" } }"""),
            "The {|HOUSE0051:IAEA|} met. The {|HOUSE0051:IAEA|} left. The International Atomic Energy Agency (IAEA) came back.",
            new VerifierOptions());

    [Fact]
    public void Each_document_starts_again()
    {
        var analyzer = HouseRuleFactory.Analyzer("""{ "id": "HOUSE0052", "name": "D", "kind": "firstReference", "acronyms": { "DPRK": "Democratic People's Republic of Korea" } }""");
        var engine = new EditLint.Analysis.AnalyzerEngine([analyzer], EditLint.Analysis.AnalyzerOptions.Default);
        engine.AnalyzeText("a.md", "The Democratic People's Republic of Korea (DPRK) fired.").Diagnostics.ShouldBeEmpty();
        engine.AnalyzeText("b.md", "The DPRK fired.").Diagnostics.ShouldHaveSingleItem().Id.ShouldBe("HOUSE0052");
    }
}
