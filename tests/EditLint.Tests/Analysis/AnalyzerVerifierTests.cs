using EditLint.Tests.TestAnalyzers;
using EditLint.Tests.Verifiers;
using static EditLint.Tests.Verifiers.ExpectedDiagnostic;

namespace EditLint.Tests.Analysis;

public class AnalyzerVerifierTests
{
    [Fact]
    public void Passes_when_the_marks_match() =>
        AnalyzerVerifier.Verify<BananaAnalyzer>("A [|banana|] and a {|EL2999:banana|}.\nNo fruit here.\n");

    [Fact]
    public void Checks_messages_and_fixes_at_numbered_locations() =>
        AnalyzerVerifier.Verify<BananaAnalyzer>("One {|#0:Banana|}.", Expect("EL2999").At(0).WithMessage("'Banana' is a banana").WithFix("plantain"));

    [Fact]
    public void Fails_on_a_missing_diagnostic_and_prints_the_actual_markup()
    {
        var failure = Should.Throw<Exception>(() => AnalyzerVerifier.Verify<BananaAnalyzer>("A [|pear|] and a banana."));
        failure.Message.ShouldContain("missing: EL2999");
        failure.Message.ShouldContain("unexpected: EL2999");
        failure.Message.ShouldContain("A pear and a {|EL2999:banana|}.");
    }

    [Fact]
    public void Fails_on_a_wrong_message()
    {
        var failure = Should.Throw<Exception>(() =>
            AnalyzerVerifier.Verify<BananaAnalyzer>("A {|#0:banana|}.", Expect("EL2999").At(0).WithMessage("something else")));
        failure.Message.ShouldContain("expected \"something else\"");
    }

    [Fact]
    public void Skips_quotations_and_code_in_markdown() =>
        AnalyzerVerifier.Verify<BananaAnalyzer>("He said “a banana”, then `banana` and a [|banana|].\n\n```\nbanana\n```\n");

    [Fact]
    public void Marks_spans_in_plain_text_files() =>
        AnalyzerVerifier.Verify<BananaAnalyzer>("Title line\n\nThe [|banana|] sat.\r\n", new VerifierOptions { Path = "article.txt" });
}
