using EditLint.Analysis;
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

    [Theory]
    [InlineData(typeof(FaultyAnalyzers.Throwing), "Nothing to see here.", "unexpected notification: test.md(1,1): error EL0009: The rule EL2998 (Throwing) failed on 'test.md' (InvalidOperationException: boom)")]
    [InlineData(typeof(FaultyAnalyzers.UnknownId), "A banana.", "error EL0009: The rule EL2997 (UnknownId) reported EL2996, a rule it does not declare")]
    [InlineData(typeof(FaultyAnalyzers.SpanOutsideText), "A banana.", "error EL0009: The rule EL2995 (SpanOutsideText) reported EL2995 at [2..11), outside the text (length 9)")]
    [InlineData(typeof(FaultyAnalyzers.FixOutsideText), "A [|banana|].", "error EL0009: The rule EL2994 (FixOutsideText) reported EL2994 at [2..8) with a fix at [2..11)")]
    public void Fails_naming_the_rule_when_the_analyzer_has_a_bug_even_where_nothing_is_expected(Type faulty, string markup, string message) =>
        Should.Throw<Exception>(() => AnalyzerVerifier.Verify(() => (Analyzer)Activator.CreateInstance(faulty)!, markup, new VerifierOptions()))
            .Message.ShouldContain(message);

    [Fact]
    public void Passes_a_notification_the_case_expects() =>
        AnalyzerVerifier.Verify<BananaAnalyzer>("---\ndate: soon\n---\n\nA [|banana|].\n", new VerifierOptions { ExpectedNotifications = ["EL0007"] });
}
