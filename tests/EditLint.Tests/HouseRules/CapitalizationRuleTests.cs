using EditLint.Tests.Verifiers;
using static EditLint.Tests.Verifiers.ExpectedDiagnostic;

namespace EditLint.Tests.HouseRules;

public class CapitalizationRuleTests
{
    private static readonly Func<EditLint.Analysis.Analyzer> Create = HouseRuleFactory.Create("""
        { "id": "HOUSE0040", "name": "Capitals", "kind": "capitalization", "terms": ["NATO", "GitHub", "iPhone", "COVID-19"] }
        """);

    [Fact]
    public void Flags_other_capitals_with_the_listed_form_as_fix() =>
        AnalyzerVerifier.Verify(
            Create,
            "{|#0:Nato|} met on {|HOUSE0040:Github|} about the {|HOUSE0040:IPhone|} and {|HOUSE0040:Covid-19|}.",
            new VerifierOptions(),
            Expect("HOUSE0040").At(0).WithFix("NATO").WithMessage("Write 'NATO', not 'Nato'"));

    [Fact]
    public void Passes_the_listed_form() =>
        AnalyzerVerifier.Verify(Create, "NATO met on GitHub about the iPhone and COVID-19.", new VerifierOptions());
}
