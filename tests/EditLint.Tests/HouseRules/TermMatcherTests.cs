using EditLint.Analysis;
using EditLint.Documents;
using EditLint.HouseRules;
using EditLint.Text;

namespace EditLint.Tests.HouseRules;

public class TermMatcherTests
{
    [Fact]
    public void Finds_single_and_multi_word_terms_with_either_apostrophe()
    {
        var matcher = new TermMatcher();
        matcher.Add("Kiev", 1);
        matcher.Add("People's Republic", 2);
        matcher.Add("People's Republic of Korea", 3);
        matcher.Compile();
        var document = DocumentReader.Read("a.md", new SourceText("The People’s Republic of Korea and kiev."));
        var matches = new List<TermMatch>();
        matcher.Match(document, document.Sentences.Single(), matches);
        matches.Select(m => (m.Value, document.Source.ToString(m.Span))).ShouldBe([(2, "People’s Republic"), (3, "People’s Republic of Korea"), (1, "kiev")]);
    }

    [Fact]
    public void Five_thousand_entries_compile_into_one_matcher_and_one_analyzer()
    {
        var swap = string.Join(",\n", Enumerable.Range(0, 5000).Select(i => $"\"oldterm{i}\": \"newterm{i}\""));
        var set = HouseRuleLoader.LoadText("big.json", $$"""{ "id": "BIG0001", "name": "Big", "kind": "substitution", "swap": { {{swap}} } }""");
        set.Notifications.ShouldBeEmpty();
        var analyzers = set.CreateAnalyzers();
        var analyzer = analyzers.ShouldHaveSingleItem().ShouldBeOfType<HouseRuleAnalyzer>();
        analyzer.CompiledTermCount.ShouldBe(5000);
        var engine = new AnalyzerEngine(analyzers, AnalyzerOptions.Default);
        var result = engine.AnalyzeText("a.md", "We saw oldterm4999 and Oldterm17 but not oldterm5000.");
        result.Diagnostics.Select(d => d.Fix!.Replacement).ShouldBe(["newterm4999", "Newterm17"]);
    }

    [Fact]
    public void A_long_document_takes_time_in_proportion_to_its_length()
    {
        var analyzer = HouseRuleFactory.Analyzer("""{ "id": "HOUSE0001", "name": "A", "kind": "existence", "terms": ["a a a a a a a a b"] }""");
        var engine = new AnalyzerEngine([analyzer], AnalyzerOptions.Default);
        string text = string.Concat(Enumerable.Repeat("a ", 200_000)) + ".";
        var watch = System.Diagnostics.Stopwatch.StartNew();
        engine.AnalyzeText("a.txt", text).Diagnostics.ShouldBeEmpty();
        watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(10));
    }
}

public class CasePatternTests
{
    [Theory]
    [InlineData("Kiev", "Kyiv", "Kyiv")]
    [InlineData("kiev", "Kyiv", "kyiv")]
    [InlineData("KIEV", "Kyiv", "KYIV")]
    [InlineData("e-mail", "email", "email")]
    [InlineData("E-mail", "email", "Email")]
    [InlineData("nato", "NATO", "NATO")]
    [InlineData("Iphone", "iPhone", "iPhone")]
    [InlineData("Github", "GitHub", "GitHub")]
    [InlineData("web site", "website", "website")]
    [InlineData("Web site", "website", "Website")]
    [InlineData("A", "an", "An")]
    public void Keeps_the_original_capitals_where_that_makes_sense(string original, string replacement, string expected) =>
        CasePattern.Apply(original, replacement).ShouldBe(expected);

    /// <summary>The example rule swaps "Web site" for "website"; text written as the listed term is replaced as listed.</summary>
    [Theory]
    [InlineData("Web site", "website")]
    [InlineData("web site", "website")]
    [InlineData("WEB SITE", "WEBSITE")]
    [InlineData("Web Site", "Website")]
    public void Text_written_as_the_listed_term_takes_the_replacement_as_listed(string original, string expected) =>
        CasePattern.Apply(original, "website", "Web site").ShouldBe(expected);
}
