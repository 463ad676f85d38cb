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

    /// <summary>
    /// The settings table of each rule's page is the one <see cref="RuleSettingsMarkdown"/> makes from the declarations the
    /// configuration check reads. With EDITLINT_UPDATE_DOCS=1 the test writes the table into the page instead of failing.
    /// </summary>
    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Each_rule_page_shows_the_settings_table_made_from_its_declarations(string id)
    {
        var settings = Rule(id).Settings;
        string path = RepositoryPaths.Combine("docs", "rules", id + ".md");
        var lines = File.ReadAllLines(path).ToList();
        int begin = lines.FindIndex(l => l.Trim() == RuleSettingsMarkdown.Begin);
        if (settings.Count == 0)
        {
            begin.ShouldBe(-1, $"docs/rules/{id}.md has a settings table, and {id} declares no settings");
            return;
        }

        begin.ShouldBeGreaterThanOrEqualTo(0, $"docs/rules/{id}.md has no settings table (a line '{RuleSettingsMarkdown.Begin}')");
        int end = lines.FindIndex(begin, l => l.Trim() == RuleSettingsMarkdown.End);
        end.ShouldBeGreaterThan(begin, $"docs/rules/{id}.md opens its settings table and never closes it ('{RuleSettingsMarkdown.End}')");
        string indent = lines[begin][..(lines[begin].Length - lines[begin].TrimStart().Length)];
        var table = RuleSettingsMarkdown.Table(settings).Select(row => indent + row).ToList();
        if (Environment.GetEnvironmentVariable("EDITLINT_UPDATE_DOCS") == "1")
        {
            lines.RemoveRange(begin + 1, end - begin - 1);
            lines.InsertRange(begin + 1, table);
            File.WriteAllText(path, string.Join('\n', lines) + "\n");
            return;
        }

        lines.GetRange(begin + 1, end - begin - 1).ShouldBe(table, $"docs/rules/{id}.md: the settings table differs from {id}'s declarations; run the tests with EDITLINT_UPDATE_DOCS=1 to rewrite it");
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
