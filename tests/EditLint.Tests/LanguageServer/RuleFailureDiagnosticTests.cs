using EditLint.Analysis;
using EditLint.LanguageServer.Features;
using EditLint.Tests.TestAnalyzers;

namespace EditLint.Tests.LanguageServer;

/// <summary>The editor sees a rule's bug (EL0009) as the terminal does, even one with no place in the text.</summary>
public class RuleFailureDiagnosticTests
{
    [Fact]
    public void A_finding_the_engine_could_not_show_is_published_where_it_starts_naming_the_rule()
    {
        var result = new AnalyzerEngine([new FaultyAnalyzers.UnknownId()], AnalyzerOptions.Default).AnalyzeText("a.md", "A banana.\n");

        var published = DiagnosticConverter.Convert("file:///a.md", 1, "A banana.\n", isMarkdown: true, result).Diagnostics.ShouldHaveSingleItem();

        published.Code.ShouldBe("EL0009");
        published.Severity.ShouldBe(1);
        published.Range.Start.Character.ShouldBe(2);
        published.Message.ShouldStartWith("The rule EL2997 (UnknownId) reported EL2996");
    }

    [Fact]
    public void A_rule_failure_with_no_place_is_published_at_the_top()
    {
        var result = new FileResult("a.md", "/a.md", null, null, [], [new ToolNotification("EL0009", Severity.Error, "The rule EL2998 (Throwing) failed on 'a.md'.", "a.md")], null);

        var published = DiagnosticConverter.Convert("file:///a.md", 1, "Text.\n", isMarkdown: true, result).Diagnostics.ShouldHaveSingleItem();

        published.Code.ShouldBe("EL0009");
        published.Range.Start.Line.ShouldBe(0);
    }
}
