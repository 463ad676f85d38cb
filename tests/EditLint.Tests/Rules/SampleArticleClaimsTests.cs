using EditLint.Analysis;
using EditLint.Rules.Claims;

namespace EditLint.Tests.Rules;

/// <summary>
/// The claim rules on the sample article report exactly the worked examples of docs/rules/EL2001.md and
/// docs/rules/EL2002.md: every claim a copy editor would mark, and nothing else.
/// </summary>
public class SampleArticleClaimsTests
{
    private static readonly string SamplePath = RepositoryPaths.Combine("samples", "russia-japan-north-korea.txt");

    [Fact]
    public void Reports_exactly_the_worked_examples()
    {
        var engine = new AnalyzerEngine([new UnsupportedSuperlativeAnalyzer(), new UndatedClaimAnalyzer()], AnalyzerOptions.Default);
        var result = engine.AnalyzeFile(new FileInput(SamplePath, "russia-japan-north-korea.txt"));
        var source = result.Source!.Load()!;
        var actual = result.Diagnostics
            .Select(d => (Line: source.Lines.GetPosition(d.Span.Start).Line + 1, d.Id, Text: source.Text.Substring(d.Span.Start, d.Span.Length)))
            .ToArray();

        actual.ShouldBe(
        [
            (5, "EL2001", "first-ever"),
            (7, "EL2002", "current"),
            (8, "EL2001", "one of the world’s leading"),
            (9, "EL2002", "recent"),
            (9, "EL2002", "in recent years"),
            (9, "EL2002", "ongoing"),
            (10, "EL2002", "ongoing"),
            (10, "EL2002", "in the near future"),
            (11, "EL2002", "in the near future"),
            (14, "EL2002", "the latest"),
            (16, "EL2001", "second most important"),
            (17, "EL2001", "biggest"),
            (19, "EL2002", "latest"),
            (19, "EL2001", "one of Asia’s most intractable"),
        ]);
    }
}
