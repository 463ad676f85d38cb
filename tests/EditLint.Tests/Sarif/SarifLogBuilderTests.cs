using System.Text.Json.Nodes;
using EditLint.Analysis;
using EditLint.Sarif;
using EditLint.Tests.TestAnalyzers;

namespace EditLint.Tests.Sarif;

public class SarifLogBuilderTests
{
    [Fact]
    public void Configured_severities_are_rule_configuration_overrides()
    {
        var engine = new AnalyzerEngine([new BananaAnalyzer(), new RepeatedWordAnalyzer()], AnalyzerOptions.Default);
        var file = engine.AnalyzeText("a.md", "A banana.\n");
        var log = SarifLogBuilder.Build(engine.Rules, [file], [], new SarifLogOptions
        {
            SeverityOverrides = new Dictionary<string, Severity> { ["EL2999"] = Severity.Error, ["EL1998"] = Severity.None, ["EL0000"] = Severity.Note },
        });
        string json = SarifWriter.Serialize(log);
        SarifSchema.ShouldBeValid(json, "builder-overrides");
        var overrides = JsonNode.Parse(json)!["runs"]![0]!["invocations"]![0]!["ruleConfigurationOverrides"]!.AsArray();
        overrides.Select(o => o!.ToJsonString()).ShouldBe(
        [
            """{"configuration":{"enabled":false},"descriptor":{"id":"EL1998","index":0}}""",
            """{"configuration":{"level":"error"},"descriptor":{"id":"EL2999","index":1}}""",
        ]);
    }

    private static (AnalyzerEngine Engine, FileResult File, string Path) CheckOnDisk(string text)
    {
        string path = Path.Combine(Directory.CreateTempSubdirectory("editlint-").FullName, "a.md");
        File.WriteAllText(path, text);
        var engine = new AnalyzerEngine([new BananaAnalyzer()], AnalyzerOptions.Default);
        return (engine, engine.AnalyzeFile(new FileInput(path, "a.md")), path);
    }

    [Fact]
    public void A_file_on_disk_is_read_again_for_its_snippets_and_fingerprints()
    {
        var (engine, file, _) = CheckOnDisk("Intro.\n\nA banana.\n");

        var result = JsonNode.Parse(SarifWriter.Serialize(SarifLogBuilder.Build(engine.Rules, [file], [])))!["runs"]![0]!["results"]![0]!;

        result["locations"]![0]!["physicalLocation"]!["region"]!["snippet"]!["text"]!.GetValue<string>().ShouldBe("banana");
        result["partialFingerprints"]!["primaryLocationLineHash"].ShouldNotBeNull();
    }

    [Theory]
    [InlineData("Intro.\n\nA banana.\n")]
    [InlineData("A banano.\n")]
    public void A_file_changed_after_it_was_checked_has_its_results_left_out_with_an_error(string changed)
    {
        var (engine, file, path) = CheckOnDisk("A banana.\n");
        File.WriteAllText(path, changed);

        string json = SarifWriter.Serialize(SarifLogBuilder.Build(engine.Rules, [file], []));

        SarifSchema.ShouldBeValid(json, "builder-changed-file");
        var run = JsonNode.Parse(json)!["runs"]![0]!;
        run["results"]!.AsArray().Count.ShouldBe(0);
        var invocation = run["invocations"]![0]!;
        invocation["executionSuccessful"]!.GetValue<bool>().ShouldBeFalse();
        var notification = invocation["toolExecutionNotifications"]!.AsArray().ShouldHaveSingleItem()!;
        notification["descriptor"]!["id"]!.GetValue<string>().ShouldBe("EL0005");
        notification["message"]!["text"]!.GetValue<string>().ShouldContain("'a.md' changed or could not be read again after it was checked, so this log leaves out its 1 finding.");
    }

    [Fact]
    public void An_empty_run_still_has_a_results_array_and_no_overrides()
    {
        string json = SarifWriter.Serialize(SarifLogBuilder.Build([], [], []));
        SarifSchema.ShouldBeValid(json, "builder-empty");
        var run = JsonNode.Parse(json)!["runs"]![0]!;
        run["results"]!.AsArray().Count.ShouldBe(0);
        run["invocations"]![0]!["ruleConfigurationOverrides"].ShouldBeNull();
        json.ShouldEndWith("}\n");
    }

    [Theory]
    [InlineData("articles/summit.md", "articles/summit.md")]
    [InlineData("news/Seoul & Tokyo/park #1.md", "news/Seoul%20%26%20Tokyo/park%20%231.md")]
    [InlineData("국제/기사.md", "%EA%B5%AD%EC%A0%9C/%EA%B8%B0%EC%82%AC.md")]
    public void Paths_become_relative_uri_references(string path, string uri) =>
        SarifLogBuilder.ToUri(path).ShouldBe(uri);

    [Theory]
    [InlineData("articles", "articles/")]
    [InlineData("editlint/articles/", "editlint/articles/")]
    public void A_category_ends_with_a_slash(string category, string id) =>
        SarifLogBuilder.AutomationId(category).ShouldBe(id);

    [Fact]
    public void Schema_validation_catches_what_it_should()
    {
        string valid = SarifWriter.Serialize(SarifLogBuilder.Build([BananaAnalyzer.Rule], [], []));
        SarifSchema.Validate(valid).ShouldBeEmpty();
        SarifSchema.Validate(valid.Replace("\"version\": \"2.1.0\"", "\"version\": \"2.0.0\"", StringComparison.Ordinal)).ShouldNotBeEmpty();
        SarifSchema.Validate(valid.Replace("\"level\": \"warning\"", "\"level\": \"fatal\"", StringComparison.Ordinal)).ShouldNotBeEmpty();
    }

    [Theory]
    [InlineData("'banana' is a banana", "'banana' is a banana.")]
    [InlineData("the majority spelling 'Klingner'", "The majority spelling 'Klingner'.")]
    [InlineData("did you mean 'Park Geun-hye'?", "Did you mean 'Park Geun-hye'?")]
    [InlineData("Done.", "Done.")]
    public void Messages_are_complete_sentences(string text, string sentence) =>
        SarifLogBuilder.Sentence(text).ShouldBe(sentence);

    [Fact]
    public void Every_help_uri_points_at_a_page_in_the_repository()
    {
        var rules = EditLint.Rules.BuiltInAnalyzers.Rules.Concat(ToolRules.All);
        foreach (var rule in rules)
        {
            string uri = SarifLogBuilder.HelpUri(rule);
            uri.ShouldStartWith(RuleDescriptor.DocsBaseUri);
            File.Exists(RepositoryPaths.Combine("docs", "rules", uri[RuleDescriptor.DocsBaseUri.Length..])).ShouldBeTrue(uri);
        }
    }
}
