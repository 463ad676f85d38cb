using EditLint.Tests.Verifiers;
using static EditLint.Tests.Verifiers.ExpectedDiagnostic;

namespace EditLint.Tests.HouseRules;

public class SubstitutionRuleTests
{
    private const string Rule = """
        {
          "id": "HOUSE0020", "name": "KyivNotKiev", "kind": "substitution",
          "message": "Write '{suggestion}', not '{match}'",
          "swap": { "Kiev": "Kyiv", "cell phone": "cellphone", "Peoples Republic": "People's Republic", "i-phone": "iPhone" },
          "exceptions": ["chicken Kiev"]
        }
        """;

    private static readonly Func<EditLint.Analysis.Analyzer> Create = HouseRuleFactory.Create(Rule);

    [Fact]
    public void Flags_the_term_with_the_message_and_a_fix() =>
        AnalyzerVerifier.Verify(Create, "Talks in {|#0:Kiev|} ended.", new VerifierOptions(), Expect("HOUSE0020").At(0).WithMessage("Write 'Kyiv', not 'Kiev'").WithFix("Kyiv"));

    [Theory]
    [InlineData("kiev", "kyiv")]
    [InlineData("KIEV", "KYIV")]
    [InlineData("Kiev", "Kyiv")]
    [InlineData("Cell phone", "Cellphone")]
    [InlineData("i-phone", "iPhone")]
    [InlineData("I-Phone", "iPhone")]
    public void The_fix_keeps_the_original_capitals_where_that_makes_sense(string written, string fixedText) =>
        AnalyzerVerifier.Verify(Create, $"Then {{|#0:{written}|}} again.", new VerifierOptions(), Expect("HOUSE0020").At(0).WithFix(fixedText));

    [Fact]
    public void Passes_the_preferred_term_and_the_exception() =>
        AnalyzerVerifier.Verify(Create, "Talks in Kyiv ended over chicken Kiev. Her cellphone rang.", new VerifierOptions());

    [Fact]
    public void Multi_word_terms_match_across_line_breaks_and_curly_apostrophes() =>
        AnalyzerVerifier.Verify(Create, "Her {|HOUSE0020:cell\nphone|} rang in the {|HOUSE0020:Peoples Republic|}.", new VerifierOptions());

    [Fact]
    public void Plain_text_files_are_checked_too() =>
        AnalyzerVerifier.Verify(Create, "Talks in {|HOUSE0020:Kiev|} ended.\n", new VerifierOptions { Path = "a.txt" });
}
