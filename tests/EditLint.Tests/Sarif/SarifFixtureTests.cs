using System.Text.Json.Nodes;
using EditLint.Cli.Commands;
using EditLint.Fixes;
using EditLint.Tests.Cli;
using EditLint.Text;

namespace EditLint.Tests.Sarif;

/// <summary>
/// The fixture folder <c>Fixtures/sarif</c> through the built-in rules (the same run <c>.ci/run</c> validates with the
/// external validator): the log is valid, the tool's notifications are there, and the SARIF fixes give what --fix writes.
/// </summary>
public sealed class SarifFixtureTests : IDisposable
{
    private readonly CheckRunner runner = new();

    public SarifFixtureTests() => runner.CopyFixture(Path.Combine("Fixtures", "sarif"));

    public void Dispose() => runner.Dispose();

    [Fact]
    public void The_fixture_log_is_valid_and_reports_the_skipped_and_undecodable_files()
    {
        var result = runner.Run(new CheckOptions { Format = "sarif", SarifCategory = "fixtures" }, CheckRunner.BuiltIn);
        result.ExitCode.ShouldBeOneOf(0, 1);
        SarifSchema.ShouldBeValid(result.Output, "fixture-builtin");
        var run = JsonNode.Parse(result.Output)!["runs"]![0]!;
        var notifications = run["invocations"]![0]!["toolExecutionNotifications"]!.AsArray().Select(n => (string?)n!["descriptor"]!["id"]).ToArray();
        notifications.ShouldContain("EL0002");
        notifications.ShouldContain("EL0003");
        var justifications = run["results"]!.AsArray()
            .SelectMany(r => r!["suppressions"]!.AsArray())
            .Select(x => (string?)x!["justification"])
            .ToArray();
        justifications.ShouldContain("quoted from the ministry's statement of 14 March");
        justifications.ShouldContain("the column quotes the minister verbatim");
        run["artifacts"]!.AsArray().Select(a => (string?)a!["location"]!["uri"]).ShouldBe(
            ["bom.md", "invalid-utf8.txt", "klingner.md", "ministers-crlf.txt", "scan.txt", "summit.md"]);
    }

    [Fact]
    public void The_fixture_sarif_fixes_give_what_fix_writes()
    {
        var log = JsonNode.Parse(runner.Run(new CheckOptions { Format = "sarif" }, CheckRunner.BuiltIn).Output)!;
        var expected = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in log["runs"]![0]!["results"]!.AsArray()
            .Where(r => r!["suppressions"]!.AsArray().Count == 0 && r["fixes"] is not null)
            .SelectMany(r => r!["fixes"]!.AsArray().Where(f => (bool)f!["properties"]!["safe"]!))
            .SelectMany(f => f!["artifactChanges"]!.AsArray())
            .SelectMany(c => c!["replacements"]!.AsArray().Select(x => (Uri: (string)c["artifactLocation"]!["uri"]!, Replacement: x!)))
            .GroupBy(x => x.Uri))
        {
            string text = TextDecoder.Decode(runner.ReadBytes(group.Key)).Text!.Text;
            var changes = group
                .Select(x => new TextChange(new TextSpan((int)x.Replacement["deletedRegion"]!["charOffset"]!, (int)x.Replacement["deletedRegion"]!["charLength"]!), (string)x.Replacement["insertedContent"]!["text"]!))
                .OrderBy(c => c.Span.Start)
                .ToArray();
            expected[group.Key] = FixApplier.Apply(text, changes);
        }

        runner.Run(new CheckOptions { Fix = true }, CheckRunner.BuiltIn);
        foreach (var (uri, text) in expected)
        {
            TextDecoder.Decode(runner.ReadBytes(uri)).Text!.Text.ShouldBe(text, uri);
        }

        var again = runner.Run(new CheckOptions { Fix = true }, CheckRunner.BuiltIn);
        again.Error.ShouldContain("fixed 0 findings");
    }
}
