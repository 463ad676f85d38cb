using System.Collections.Immutable;
using System.Text;
using EditLint.Analysis;
using EditLint.Tests.TestAnalyzers;

namespace EditLint.Tests.Analysis;

public class AnalyzerEngineTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_file_carries_the_sha256_of_its_bytes_only_when_artifact_hashes_are_asked_for(bool artifactHashes)
    {
        var bytes = Encoding.UTF8.GetBytes("A banana.\n");
        var engine = new AnalyzerEngine([new BananaAnalyzer()], AnalyzerOptions.Default with { ArtifactHashes = artifactHashes });

        var result = engine.AnalyzeBytes(new FileInput("a.md", "a.md"), bytes);

        result.Diagnostics.ShouldHaveSingleItem();
        result.Sha256.ShouldBe(artifactHashes ? Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)) : null);
    }

    [Fact]
    public void Applies_the_severity_policy_and_drops_rules_set_to_none()
    {
        var engine = new AnalyzerEngine([new BananaAnalyzer()], AnalyzerOptions.Default, (path, _) => path.StartsWith("drafts/", StringComparison.Ordinal) ? Severity.None : Severity.Error);
        engine.AnalyzeText("a.md", "A banana.").Diagnostics.ShouldHaveSingleItem().Severity.ShouldBe(Severity.Error);
        engine.AnalyzeText("drafts/a.md", "A banana.").Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void A_failing_rule_is_reported_and_the_other_rules_still_run()
    {
        var engine = new AnalyzerEngine([new FaultyAnalyzers.Throwing(), new BananaAnalyzer()], AnalyzerOptions.Default);
        var result = engine.AnalyzeText("a.md", "A banana.");
        result.Diagnostics.ShouldHaveSingleItem().Id.ShouldBe("EL2999");
        var failure = result.Notifications.ShouldHaveSingleItem();
        failure.Id.ShouldBe("EL0009");
        failure.ToString().ShouldBe("a.md(1,1): error EL0009: The rule EL2998 (Throwing) failed on 'a.md' (InvalidOperationException: boom); its other findings in this file may be missing.");
    }

    [Theory]
    [InlineData(typeof(FaultyAnalyzers.UnknownId), "The rule EL2997 (UnknownId) reported EL2996, a rule it does not declare, in 'a.md'; that finding and 1 more like it were left out.")]
    [InlineData(typeof(FaultyAnalyzers.SpanOutsideText), "The rule EL2995 (SpanOutsideText) reported EL2995 at [2..32), outside the text (length 30), in 'a.md'; that finding and 1 more like it were left out.")]
    [InlineData(typeof(FaultyAnalyzers.FixOutsideText), "The rule EL2994 (FixOutsideText) reported EL2994 at [2..8) with a fix at [2..32), outside the text (length 30), in 'a.md'; that finding and 1 more like it were left out.")]
    public void A_finding_that_cannot_be_shown_is_reported_naming_the_rule_and_the_other_rules_still_report(Type faulty, string message)
    {
        var engine = new AnalyzerEngine([(Analyzer)Activator.CreateInstance(faulty)!, new BananaAnalyzer()], AnalyzerOptions.Default);

        var result = engine.AnalyzeText("a.md", "A banana, and another banana.\n");

        result.Diagnostics.Select(d => d.Id).ShouldBe(["EL2999", "EL2999"]);
        var problem = result.Notifications.ShouldHaveSingleItem();
        problem.Id.ShouldBe("EL0009");
        problem.Severity.ShouldBe(Severity.Error);
        problem.Message.ShouldBe(message);
    }

    [Fact]
    public void A_rule_turned_off_for_a_file_does_not_run_there()
    {
        var engine = new AnalyzerEngine([new FaultyAnalyzers.Throwing(), new BananaAnalyzer()], AnalyzerOptions.Default, (path, rule) => rule.Id == "EL2998" && path.StartsWith("drafts/", StringComparison.Ordinal) ? Severity.None : rule.DefaultSeverity);
        var draft = engine.AnalyzeText("drafts/a.md", "A banana.");
        draft.Notifications.ShouldBeEmpty();
        draft.Diagnostics.ShouldHaveSingleItem().Id.ShouldBe("EL2999");
        engine.AnalyzeText("a.md", "A banana.").Notifications.ShouldHaveSingleItem().Id.ShouldBe("EL0009");
    }

    [Fact]
    public void Binary_files_are_skipped_with_a_notification()
    {
        var engine = new AnalyzerEngine([new BananaAnalyzer()], AnalyzerOptions.Default);
        var result = engine.AnalyzeBytes(new FileInput("/x/a.bin", "a.bin"), [1, 2, 0, 3]);
        result.WasLinted.ShouldBeFalse();
        result.Notifications.ShouldHaveSingleItem().Id.ShouldBe("EL0002");
    }

    [Fact]
    public void Invalid_utf8_is_reported_and_the_rest_is_linted()
    {
        var engine = new AnalyzerEngine([new BananaAnalyzer()], AnalyzerOptions.Default);
        byte[] bytes = [0xFF, .. Encoding.UTF8.GetBytes(" A banana.")];
        var result = engine.AnalyzeBytes(new FileInput("/x/a.txt", "a.txt"), bytes);
        result.Notifications.ShouldHaveSingleItem().Message.ShouldContain("byte offset 0");
        result.Diagnostics.ShouldHaveSingleItem().Span.Start.ShouldBe(4); // "\uFFFD A banana."
    }

    [Fact]
    public void Results_are_sorted_by_path_whatever_the_input_order()
    {
        string folder = Directory.CreateTempSubdirectory("editlint-").FullName;
        File.WriteAllText(Path.Combine(folder, "b.md"), "banana");
        File.WriteAllText(Path.Combine(folder, "a.md"), "banana");
        var engine = new AnalyzerEngine([new BananaAnalyzer()], AnalyzerOptions.Default);
        var results = engine.AnalyzeFiles([new FileInput(Path.Combine(folder, "b.md"), "b.md"), new FileInput(Path.Combine(folder, "a.md"), "a.md")]);
        results.Select(r => r.Path).ShouldBe(["a.md", "b.md"]);
    }
}
