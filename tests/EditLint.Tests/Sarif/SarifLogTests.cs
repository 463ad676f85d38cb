using System.Security.Cryptography;
using System.Text.Json.Nodes;
using EditLint.Cli.Commands;
using EditLint.Sarif;
using EditLint.Tests.Cli;

namespace EditLint.Tests.Sarif;

public sealed class SarifLogTests : IDisposable
{
    private readonly CheckRunner runner = new();

    public SarifLogTests() => SarifTestArticles.WriteAll(runner);

    public void Dispose() => runner.Dispose();

    [Fact]
    public void The_log_is_valid_and_describes_the_tool_and_every_rule()
    {
        var run = Run(new CheckOptions { Format = "sarif" }, "complete");
        var driver = run["tool"]!["driver"]!;
        ((string?)driver["name"]).ShouldBe("EditLint");
        ((string?)driver["version"]).ShouldNotBeNullOrEmpty();
        ((string)driver["semanticVersion"]!).ShouldMatch(@"^\d+\.\d+\.\d+");
        ((string?)driver["informationUri"]).ShouldStartWith("https://");
        var rules = driver["rules"]!.AsArray();
        rules.Select(r => (string?)r!["id"]).ShouldBe(["EL1998", "EL2999"]);
        foreach (var rule in rules)
        {
            string id = (string)rule!["id"]!;
            ((string?)rule["name"]).ShouldNotBeNullOrEmpty();
            ((string?)rule["shortDescription"]!["text"]).ShouldNotBeNullOrEmpty();
            ((string?)rule["fullDescription"]!["text"]).ShouldNotBeNullOrEmpty();
            ((string?)rule["help"]!["text"]).ShouldNotBeNullOrEmpty();
            ((string)rule["help"]!["markdown"]!).ShouldContain($"docs/rules/{id}.md)");
            ((string?)rule["helpUri"]).ShouldEndWith($"docs/rules/{id}.md");
            ((string?)rule["defaultConfiguration"]!["level"]).ShouldBeOneOf("error", "warning", "note");
            rule["properties"]!["tags"]!.AsArray().Count.ShouldBeGreaterThan(0);
            ((string?)rule["properties"]!["precision"]).ShouldBeOneOf("very-high", "high", "medium", "low");
            ((string?)rule["properties"]!["problem.severity"]).ShouldBeOneOf("error", "warning", "recommendation");
        }

        ((string?)run["columnKind"]).ShouldBe("utf16CodeUnits");
        run["originalUriBaseIds"]!["%SRCROOT%"]!["uri"].ShouldBeNull("no local path unless asked for");
        run["automationDetails"].ShouldBeNull();
    }

    [Fact]
    public void Results_carry_full_regions_fingerprints_and_indexes()
    {
        var run = Run(new CheckOptions { Format = "sarif" }, "results");
        var rules = run["tool"]!["driver"]!["rules"]!.AsArray();
        var results = run["results"]!.AsArray();
        results.Count.ShouldBeGreaterThan(0);
        foreach (var result in results)
        {
            int index = (int)result!["ruleIndex"]!;
            ((string?)rules[index]!["id"]).ShouldBe((string?)result["ruleId"]);
            ((string?)result["level"]).ShouldBeOneOf("error", "warning", "note");
            ((string)result["message"]!["text"]!).ShouldEndWith(".");
            var locations = result["locations"]!.AsArray();
            locations.Count.ShouldBe(1);
            var physical = locations[0]!["physicalLocation"]!;
            string uri = (string)physical["artifactLocation"]!["uri"]!;
            uri.ShouldStartWith("articles/");
            ((string?)physical["artifactLocation"]!["uriBaseId"]).ShouldBe("%SRCROOT%");
            string text = ReadText(uri);
            var region = physical["region"]!;
            AssertRegionConsistent(text, region);
            ((string?)region["snippet"]!["text"]).ShouldBe(text.Substring((int)region["charOffset"]!, (int)region["charLength"]!));

            var fingerprints = result["partialFingerprints"]!;
            var expectedLineHash = PrimaryLocationLineHash.Compute(PrimaryLocationLineHash.HashInput(Decode(uri)))[(int)region["startLine"]! - 1];
            ((string?)fingerprints["primaryLocationLineHash"]).ShouldBe(expectedLineHash);
            ((string)fingerprints[ResultFingerprint.Name]!).ShouldMatch("^[0-9a-f]{16}:[1-9][0-9]*$");
            result["suppressions"].ShouldNotBeNull("suppressions on every result or on none");
        }

        var fruit = results.Where(r => (string?)r!["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"] == "articles/fruit.md").ToArray();
        fruit.Select(r => (string?)r!["partialFingerprints"]![ResultFingerprint.Name]).Distinct().Count().ShouldBe(fruit.Length, "two findings on one line are told apart");
    }

    [Fact]
    public void Related_locations_fixes_and_suppressions_are_written()
    {
        var results = Run(new CheckOptions { Format = "sarif" }, "related-fixes-suppressions")["results"]!.AsArray();
        var kiwi = results.First(r => (string?)r!["ruleId"] == "EL1998")!;
        var related = kiwi["relatedLocations"]!.AsArray().Single()!;
        ((int)related["id"]!).ShouldBe(1);
        ((string?)related["message"]!["text"]).ShouldBe("The first kiwi.");
        AssertRegionConsistent(ReadText("articles/fruit.md"), related["physicalLocation"]!["region"]!);

        var fixes = results.Where(r => r!["fixes"] is not null).ToArray();
        fixes.Length.ShouldBeGreaterThan(0);
        foreach (var result in fixes)
        {
            var fix = result!["fixes"]!.AsArray().Single()!;
            ((string?)fix["description"]!["text"]).ShouldBe("Use 'plantain'.");
            var change = fix["artifactChanges"]!.AsArray().Single()!;
            ((string?)change["artifactLocation"]!["uri"]).ShouldBe((string?)result["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"]);
            var replacement = change["replacements"]!.AsArray().Single()!;
            var deleted = replacement["deletedRegion"]!;
            AssertRegionConsistent(ReadText((string)change["artifactLocation"]!["uri"]!), deleted);
            ((string?)replacement["insertedContent"]!["text"]).ShouldBe("plantain");
        }

        var suppressed = results.Where(r => r!["suppressions"]!.AsArray().Count > 0).ToArray();
        suppressed.Length.ShouldBe(1);
        var suppression = suppressed[0]!["suppressions"]!.AsArray().Single()!;
        ((string?)suppression["kind"]).ShouldBe("inSource");
        ((string?)suppression["justification"]).ShouldBe("the importer's own name for it");
    }

    [Fact]
    public void Skipped_and_undecodable_files_are_notifications_with_hashes_in_artifacts()
    {
        var run = Run(new CheckOptions { Format = "sarif" }, "notifications");
        var invocation = run["invocations"]!.AsArray().Single()!;
        ((bool)invocation["executionSuccessful"]!).ShouldBeTrue("warnings do not fail the run");
        var notifications = invocation["toolExecutionNotifications"]!.AsArray();
        var byId = notifications.ToDictionary(n => (string)n!["descriptor"]!["id"]!, n => n!);
        ((string?)byId["EL0002"]["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"]).ShouldBe("articles/scan.txt");
        ((string?)byId["EL0003"]["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"]).ShouldBe("articles/invalid.txt");
        ((string?)byId["EL0002"]["level"]).ShouldBe("warning");
        var toolRules = run["tool"]!["driver"]!["notifications"]!.AsArray();
        ((string?)toolRules[(int)byId["EL0002"]["descriptor"]!["index"]!]!["id"]).ShouldBe("EL0002");

        foreach (var artifact in run["artifacts"]!.AsArray())
        {
            string uri = (string)artifact!["location"]!["uri"]!;
            ((string?)artifact["hashes"]!["sha-256"]).ShouldBe(Convert.ToHexStringLower(SHA256.HashData(runner.ReadBytes(uri))));
        }

        run["artifacts"]!.AsArray().Select(a => (string?)a!["location"]!["uri"]).ShouldContain("articles/scan.txt");
    }

    [Fact]
    public void An_error_notification_makes_the_execution_unsuccessful()
    {
        var run = Run(new CheckOptions { Format = "sarif", Paths = ["articles", "missing.md"] }, "unsuccessful", expectedExitCode: 2);
        ((bool)run["invocations"]![0]!["executionSuccessful"]!).ShouldBeFalse();
    }

    [Fact]
    public void Category_becomes_the_automation_id()
    {
        var run = Run(new CheckOptions { Format = "sarif", SarifCategory = "articles" }, "category");
        ((string?)run["automationDetails"]!["id"]).ShouldBe("articles/");
    }

    [Fact]
    public void Suppressed_results_can_be_left_out()
    {
        int all = Run(new CheckOptions { Format = "sarif" }, "with-suppressed")["results"]!.AsArray().Count;
        var results = Run(new CheckOptions { Format = "sarif", SarifWithoutSuppressed = true }, "without-suppressed")["results"]!.AsArray();
        results.Count.ShouldBe(all - 1);
        results.ShouldAllBe(r => r!["suppressions"]!.AsArray().Count == 0);
    }

    [Fact]
    public void The_root_uri_is_written_only_when_asked_for()
    {
        var run = Run(new CheckOptions { Format = "sarif", SarifRootUri = true }, "root-uri");
        string uri = (string)run["originalUriBaseIds"]!["%SRCROOT%"]!["uri"]!;
        uri.ShouldBe(new Uri(runner.Root + "/").AbsoluteUri);
        uri.ShouldEndWith("/");

        var given = Run(new CheckOptions { Format = "sarif", SarifRootUri = true, SarifRootUriValue = "file:///srv/news" }, "root-uri-given");
        ((string?)given["originalUriBaseIds"]!["%SRCROOT%"]!["uri"]).ShouldBe("file:///srv/news/");
    }

    [Fact]
    public void The_same_input_gives_the_same_bytes()
    {
        var first = runner.Run(new CheckOptions { Format = "sarif" });
        var second = runner.Run(new CheckOptions { Format = "sarif" });
        second.Output.ShouldBe(first.Output);
        first.Output.ShouldNotContain("\r");
        first.Output.ShouldNotContain(runner.Root, Case.Sensitive, "no local paths unless asked for");
    }

    [Fact]
    public void The_log_can_be_written_to_a_file()
    {
        var result = runner.Run(new CheckOptions { Format = "sarif", OutputPath = "out/editlint.sarif" });
        Directory.CreateDirectory(runner.PathOf("out"));
        result = runner.Run(new CheckOptions { Format = "sarif", OutputPath = "out/editlint.sarif" });
        result.Output.ShouldBeEmpty();
        string written = File.ReadAllText(runner.PathOf("out/editlint.sarif"));
        written.ShouldBe(runner.Run(new CheckOptions { Format = "sarif" }).Output);
        SarifSchema.ShouldBeValid(written, "written-to-file");
    }

    [Theory]
    [InlineData("text")]
    [InlineData("github")]
    public void Sarif_options_need_the_sarif_format(string format)
    {
        var result = runner.Run(new CheckOptions { Format = format, SarifCategory = "articles" });
        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain("--format sarif");
    }

    private static void AssertRegionConsistent(string text, JsonNode region)
    {
        var lines = new EditLint.Text.LineMap(text);
        int offset = (int)region["charOffset"]!;
        int length = (int)region["charLength"]!;
        var start = lines.GetPosition(offset);
        var end = lines.GetPosition(offset + length);
        ((int)region["startLine"]!).ShouldBe(start.Line + 1);
        ((int)region["startColumn"]!).ShouldBe(start.Character + 1);
        ((int)region["endLine"]!).ShouldBe(end.Line + 1);
        ((int)region["endColumn"]!).ShouldBe(end.Character + 1);
    }

    private JsonNode Run(CheckOptions options, string name, int expectedExitCode = 0)
    {
        var result = runner.Run(options);
        result.ExitCode.ShouldBe(expectedExitCode, result.Error);
        SarifSchema.ShouldBeValid(result.Output, "cli-" + name);
        var log = JsonNode.Parse(result.Output)!;
        ((string?)log["version"]).ShouldBe("2.1.0");
        return log["runs"]!.AsArray().Single()!;
    }

    private EditLint.Text.SourceText Decode(string uri) => EditLint.Text.TextDecoder.Decode(runner.ReadBytes(uri)).Text!;

    private string ReadText(string uri) => Decode(uri).Text;
}
