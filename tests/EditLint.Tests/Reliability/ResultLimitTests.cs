using System.Text;
using System.Text.Json.Nodes;
using EditLint.Analysis;
using EditLint.Cli.Commands;
using EditLint.Rules;
using EditLint.Sarif;
using EditLint.Tests.Cli;
using EditLint.Tests.Sarif;
using EditLint.Tests.TestAnalyzers;

namespace EditLint.Tests.Reliability;

/// <summary>
/// One generated file with a relative-time word repeated 150,000 times gave a log of 150,046
/// results, and GitHub code scanning refuses more than 25,000 per run (and more than 10 MB gzipped): the upload
/// failed. Findings are now capped per file for every format, and results per SARIF run, with a notification.
/// </summary>
public sealed class ResultLimitTests : IDisposable
{
    private readonly CheckRunner runner = new();

    public void Dispose() => runner.Dispose();

    private static string Repeat(string text, int times) => new StringBuilder(text.Length * times).Insert(0, text, times).ToString();

    [Fact]
    public void A_file_with_thousands_of_undated_claims_reports_the_first_thousand_and_says_how_many_were_left_out()
    {
        runner.Write("generated.md", Repeat("Prices rose recently. ", 3_000));

        var run = runner.Run(new CheckOptions(), CheckRunner.BuiltIn);

        run.Output.ShouldContain("generated.md: warning EL0014: 'generated.md' has 3,000 findings, over the limit of 1,000 (maxFindingsPerFile); the 1,000 most severe, then first in the file, are reported and 2,000 were left out.");
        run.Output.Split('\n').Count(l => l.Contains("warning EL2002", StringComparison.Ordinal)).ShouldBe(1_000);
        run.Output.ShouldContain("generated.md(1,13): warning EL2002");
        run.Output.ShouldContain("1,000 warnings in 1 file");
        run.ExitCode.ShouldBe(0);
    }

    [Fact]
    public void The_cap_per_file_is_configurable_and_keeps_the_most_severe_first()
    {
        File.WriteAllText(runner.PathOf("editlint.json"), """{ "maxFindingsPerFile": 3 }""");
        runner.Write("a.md", Repeat("A kiwi. ", 10) + "One banana and a second banana.\n");

        var run = runner.Run(new CheckOptions { Format = "github" });

        run.Output.ShouldContain("'a.md' has 11 findings, over the limit of 3 (maxFindingsPerFile)");
        run.Output.Split('\n').Count(l => l.StartsWith("::warning file=a.md,", StringComparison.Ordinal) && l.Contains("EL2999", StringComparison.Ordinal)).ShouldBe(2);
        run.Output.Split('\n').Count(l => l.StartsWith("::notice file=a.md,", StringComparison.Ordinal) && l.Contains("EL1998", StringComparison.Ordinal)).ShouldBe(1);
    }

    [Fact]
    public void A_bad_cap_in_the_configuration_is_an_error_at_its_position()
    {
        File.WriteAllText(runner.PathOf("editlint.json"), "{\n  \"maxFindingsPerFile\": 0\n}");
        runner.Write("a.md", "Words.\n");

        var run = runner.Run(new CheckOptions());

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("editlint.json(2,25): error EL0001: 'maxFindingsPerFile' must be a positive whole number.");
    }

    [Fact]
    public void The_sarif_log_keeps_the_most_severe_results_up_to_the_limit_and_names_the_files_left_out()
    {
        runner.Write("a.md", Repeat("A kiwi. ", 6) + "\n");
        runner.Write("b.md", "A banana. Another banana.\n");

        var run = runner.Run(new CheckOptions { Format = "sarif", SarifMaxResults = 3, SarifMaxResultsGiven = true });

        SarifSchema.ShouldBeValid(run.Output, "result-limit");
        var log = JsonNode.Parse(run.Output)!["runs"]![0]!;
        var results = log["results"]!.AsArray();
        results.Select(r => ((string)r!["ruleId"]!, (string)r["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"]!))
            .ShouldBe([("EL1998", "a.md"), ("EL2999", "b.md"), ("EL2999", "b.md")]);
        var notice = log["invocations"]![0]!["toolExecutionNotifications"]!.AsArray()
            .Single(n => (string)n!["descriptor"]!["id"]! == "EL0015")!;
        ((string)notice["message"]!["text"]!).ShouldBe(
            "This log holds 3 of the run's 7 results, the limit set by --sarif-max-results (GitHub code scanning refuses a run of more than 25,000); the most severe were kept, then the first in file order. Left out: 4 from 'a.md'.");
        ((string)notice["level"]!).ShouldBe("warning");
    }

    [Fact]
    public void By_default_a_run_holds_no_more_than_the_25000_results_github_accepts()
    {
        for (int i = 0; i < 26; i++)
        {
            runner.Write($"f{i:00}.md", Repeat("A banana. ", 1_000));
        }

        var run = runner.Run(new CheckOptions { Format = "sarif" });

        var log = JsonNode.Parse(run.Output)!["runs"]![0]!;
        log["results"]!.AsArray().Count.ShouldBe(25_000);
        string notice = (string)log["invocations"]![0]!["toolExecutionNotifications"]!.AsArray()
            .Single(n => (string)n!["descriptor"]!["id"]! == "EL0015")!["message"]!["text"]!;
        notice.ShouldStartWith("This log holds 25,000 of the run's 26,000 results");
        notice.ShouldEndWith("Left out: 1,000 from 'f25.md'.");
        run.ExitCode.ShouldBe(0);
    }

    [Fact]
    public void A_log_over_the_gzip_limit_is_cut_until_it_fits_and_says_why()
    {
        var engine = new AnalyzerEngine([new BananaAnalyzer()], AnalyzerOptions.Default);
        var files = Enumerable.Range(0, 4).Select(i => engine.AnalyzeText($"f{i}.md", Repeat($"Banana number {i} in line. ", 200))).ToArray();
        var options = new SarifLogOptions { MaxGzipBytes = 20_000 };

        string json = SarifSizeLimit.Serialize(o => SarifLogBuilder.Build(engine.Rules, files, [], o), options);

        SarifSizeLimit.GzipSize(json, 0).ShouldBeLessThanOrEqualTo(20_000);
        SarifSchema.ShouldBeValid(json, "gzip-limit");
        var log = JsonNode.Parse(json)!["runs"]![0]!;
        log["results"]!.AsArray().Count.ShouldBeInRange(1, 799);
        string notice = (string)log["invocations"]![0]!["toolExecutionNotifications"]![0]!["message"]!["text"]!;
        notice.ShouldContain("of the run's 800 results, because with ");
        notice.ShouldContain("bytes gzipped, over the 20,000 bytes GitHub code scanning accepts;");
    }

    [Fact]
    public void Sarif_max_results_needs_the_sarif_format_and_a_positive_number()
    {
        string folder = CliRunner.NewFolder();
        File.WriteAllText(Path.Combine(folder, "a.md"), "Words.\n");

        CliRunner.Run(folder, "check", "--sarif-max-results", "10").Error.ShouldContain("the --sarif-* options need --format sarif.");
        var zero = CliRunner.Run(folder, "check", "--format", "sarif", "--sarif-max-results", "0");
        zero.ExitCode.ShouldBe(2);
        zero.Error.ShouldContain("--sarif-max-results 0 must be at least 1.");
    }
}
