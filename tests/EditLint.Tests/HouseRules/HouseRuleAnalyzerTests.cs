using System.Text.RegularExpressions;
using EditLint.Analysis;
using EditLint.HouseRules;

namespace EditLint.Tests.HouseRules;

/// <summary>What AllAnalyzersTests asks of built-in analyzers, asked of the example pack's analyzer and descriptors.</summary>
public partial class HouseRuleAnalyzerTests
{
    private static readonly HouseRuleSet ExamplePack = HouseRuleLoader.Load(["rules/house-example"], RepositoryPaths.Root, RepositoryPaths.Root);

    [Fact]
    public void Empty_and_blank_documents_give_nothing()
    {
        var engine = new AnalyzerEngine(ExamplePack.CreateAnalyzers(), AnalyzerOptions.Default);
        foreach (string text in new[] { string.Empty, "   \n\t\n  ", "\r\n\r\n" })
        {
            engine.AnalyzeText("a.md", text).Diagnostics.ShouldBeEmpty();
            engine.AnalyzeText("a.txt", text).Diagnostics.ShouldBeEmpty();
        }
    }

    [Fact]
    public void The_analyzer_keeps_no_state_between_documents()
    {
        const string other = "The DPRK met in Kiev. An email went toward them, then towards us, then toward Nato.";
        var engine = new AnalyzerEngine(ExamplePack.CreateAnalyzers(), AnalyzerOptions.Default);
        var alone = Describe(engine.AnalyzeText("b.md", other));
        alone.Length.ShouldBe(4);
        engine.AnalyzeText("a.md", "The Democratic People's Republic of Korea met. Towards, towards, towards. Kiev.");
        Describe(engine.AnalyzeText("b.md", other)).ShouldBe(alone);
    }

    [Fact]
    public void Descriptors_carry_what_sarif_needs()
    {
        foreach (var d in ExamplePack.Descriptors)
        {
            d.Id.ShouldMatch("^HOUSE[0-9]{4}$");
            d.IsBuiltInId.ShouldBeFalse();
            d.Name.ShouldMatch("^[A-Z][A-Za-z0-9]+$");
            d.Title.ShouldNotEndWith(".");
            d.Description.ShouldEndWith(".");
            SentenceBreak().IsMatch(d.MessageFormat).ShouldBeFalse(d.MessageFormat);
            d.MessageFormat.ShouldNotEndWith(".");
            Uri.IsWellFormedUriString(d.HelpUri, UriKind.Absolute).ShouldBeTrue(d.HelpUri);
            d.Tags.ShouldBe(["house", "house-example", EditLint.HouseRules.Kinds.HouseRuleForms.For(ExamplePack.Rules.Single(r => r.Id == d.Id).Kind).Name]);
            d.Category.ShouldBe(RuleCategory.House);
        }
    }

    [Fact]
    public void Built_in_descriptors_keep_their_docs_page_and_house_ids_are_accepted()
    {
        var builtIn = new RuleDescriptor("EL2001", "X", "T", "M", RuleCategory.Claims, Severity.Warning, "D.", ["t"]);
        builtIn.HelpUri.ShouldBe(RuleDescriptor.DocsBaseUri + "EL2001.md");
        builtIn.IsBuiltInId.ShouldBeTrue();
        builtIn.Number.ShouldBe(2001);
        Should.Throw<ArgumentException>(() => new RuleDescriptor("house12", "X", "T", "M", RuleCategory.House, Severity.Warning, "D.", ["t"]));
    }

    private static string[] Describe(FileResult result) =>
        [.. result.Diagnostics.Select(d => $"{d.Id} {d.Span} {d.Message}")];

    [GeneratedRegex(@"[.!?] [A-Z]")]
    private static partial Regex SentenceBreak();
}
