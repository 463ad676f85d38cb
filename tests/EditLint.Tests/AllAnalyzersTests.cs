using System.Text.RegularExpressions;
using EditLint.Analysis;
using EditLint.Rules;

namespace EditLint.Tests;

/// <summary>Checks that hold for every built-in analyzer and rule, so nothing drifts between code, docs and output.</summary>
public partial class AllAnalyzersTests
{
    public static TheoryData<string> AnalyzerNames() => [.. BuiltInAnalyzers.Create().Select(a => a.GetType().Name)];

    public static TheoryData<string> RuleIds() => [.. BuiltInAnalyzers.Rules.Select(r => r.Id)];

    private static Analyzer Create(string name) => BuiltInAnalyzers.Create().Single(a => a.GetType().Name == name);

    private static RuleDescriptor Rule(string id) => BuiltInAnalyzers.Rules.Single(r => r.Id == id);

    [Fact]
    public void The_rules_of_the_mission_and_the_role_check_are_built_in() =>
        BuiltInAnalyzers.Rules.Select(r => r.Id).ShouldBe(["EL1001", "EL1002", "EL1003", "EL2001", "EL2002"], ignoreOrder: true);

    [Fact]
    public void Rule_ids_are_unique() =>
        BuiltInAnalyzers.Rules.Select(r => r.Id).ShouldBeUnique();

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Id_sits_in_its_category_range(string id)
    {
        var rule = Rule(id);
        var (first, last) = RuleCategory.RangeOf(rule.Category);
        rule.Number.ShouldBeInRange(first, last);
        rule.Category.ShouldNotBe(RuleCategory.Tool);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Texts_follow_the_house_rules(string id)
    {
        var rule = Rule(id);
        rule.Title.ShouldNotEndWith(".");
        rule.Name.ShouldMatch("^[A-Z][A-Za-z]+$");
        rule.Description.ShouldEndWith(".");
        SentenceBreak().IsMatch(rule.MessageFormat).ShouldBeFalse($"The message of {id} should be one sentence: {rule.MessageFormat}");
        rule.MessageFormat.ShouldNotEndWith(".");
        rule.Tags.ShouldNotBeEmpty();
        rule.Precision.ShouldBeOneOf("very-high", "high", "medium", "low");
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Each_rule_has_a_docs_page_listed_in_the_index(string id)
    {
        var rule = Rule(id);
        rule.HelpUri.ShouldBe(RuleDescriptor.DocsBaseUri + id + ".md");
        File.Exists(RepositoryPaths.Combine("docs", "rules", id + ".md")).ShouldBeTrue($"docs/rules/{id}.md is missing");
        File.ReadAllText(RepositoryPaths.Combine("docs", "rules", "README.md")).ShouldContain($"[{id}]({id}.md)");
        File.ReadAllText(RepositoryPaths.Combine("README.md")).ShouldContain(id);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Each_setting_a_rule_declares_is_explained_on_its_docs_page_with_the_value_the_check_expects(string id)
    {
        string[] lines = File.ReadAllLines(RepositoryPaths.Combine("docs", "rules", id + ".md"));
        foreach (var setting in Rule(id).Settings)
        {
            lines.ShouldContain(line => line.TrimStart().StartsWith($"| `{setting.Name}` | {setting.Expected} | `{setting.DefaultValue}` |", StringComparison.Ordinal), $"docs/rules/{id}.md has no row for '{setting.Name}'");
        }
    }

    [Theory]
    [MemberData(nameof(AnalyzerNames))]
    public void Empty_and_blank_documents_give_nothing(string name)
    {
        var engine = new AnalyzerEngine([Create(name)], AnalyzerOptions.Default);
        foreach (string text in new[] { string.Empty, "   \n\t\n  ", "\r\n\r\n" })
        {
            engine.AnalyzeText("a.md", text).Diagnostics.ShouldBeEmpty();
            engine.AnalyzeText("a.txt", text).Diagnostics.ShouldBeEmpty();
        }
    }

    [Theory]
    [MemberData(nameof(AnalyzerNames))]
    public void Analyzers_keep_no_state_between_documents(string name)
    {
        string sample = File.ReadAllText(RepositoryPaths.Combine("samples", "russia-japan-north-korea.txt"));
        const string other = "Gadhafi met Gadhafi's aides. Gaddafi left. It was the most important visit, and it happened recently.";
        var engine = new AnalyzerEngine([Create(name)], AnalyzerOptions.Default);
        var alone = Describe(engine.AnalyzeText("b.txt", other));
        engine.AnalyzeText("a.txt", sample);
        Describe(engine.AnalyzeText("b.txt", other)).ShouldBe(alone);
    }

    private static string[] Describe(FileResult result) =>
        [.. result.Diagnostics.Select(d => $"{d.Id} {d.Span} {d.Message}")];

    [GeneratedRegex(@"[.!?] [A-Z]")]
    private static partial Regex SentenceBreak();
}
