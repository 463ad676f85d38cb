using EditLint.Analysis;
using EditLint.Rules;

namespace EditLint.Tests.Rules;

/// <summary>The sample article against the default name list: exactly the three known misspellings.</summary>
public class SampleArticleNameTests
{
    private static readonly string Sample = Path.Combine(AppContext.BaseDirectory, "Fixtures", "samples", "russia-japan-north-korea.txt");

    [Fact]
    public void Exactly_the_three_listed_name_mismatches_and_no_inconsistency()
    {
        var engine = new AnalyzerEngine(BuiltInAnalyzers.Create(), AnalyzerOptions.Default);
        engine.InitializationNotifications.ShouldBeEmpty();
        var result = engine.AnalyzeText("russia-japan-north-korea.txt", File.ReadAllText(Sample));
        var text = File.ReadAllText(Sample);
        var names = result.Diagnostics.Where(d => d.Id is "EL1001" or "EL1002")
            .Select(d => $"{d.Id} {text.Substring(d.Span.Start, d.Span.Length)} -> {d.Fix?.Replacement}")
            .ToArray();
        names.ShouldBe(
        [
            "EL1001 Masashiko Komura -> Masahiko Komura",
            "EL1001 Park Geun-Hye -> Park Geun-hye",
            "EL1001 Yun Byung-Se -> Yun Byung-se",
        ]);
    }

    [Fact]
    public void The_message_names_the_matched_entry()
    {
        var engine = new AnalyzerEngine(BuiltInAnalyzers.Create(), AnalyzerOptions.Default);
        var result = engine.AnalyzeText("russia-japan-north-korea.txt", File.ReadAllText(Sample));
        result.Diagnostics.First(d => d.Id == "EL1001").Message
            .ShouldBe("'Masashiko Komura' does not match the name list; did you mean 'Masahiko Komura' (Vice President, Liberal Democratic Party)?");
    }

    [Fact]
    public void Without_a_list_the_article_spells_every_name_one_way()
    {
        var empty = NameTestLists.Write("empty-sample", """{ "people": [] }""");
        var engine = new AnalyzerEngine(BuiltInAnalyzers.Create(), NameTestLists.Options(empty));
        var result = engine.AnalyzeText("russia-japan-north-korea.txt", File.ReadAllText(Sample));
        result.Diagnostics.Where(d => d.Id is "EL1001" or "EL1002").ShouldBeEmpty();
    }

    [Theory]
    [InlineData(null, "the list gives Permanent Representative to the International Organizations in Vienna (Russian Federation) from 2011 to June 2017")]
    [InlineData("2016-01-20", "in January 2016 the list gives Permanent Representative to the International Organizations in Vienna (Russian Federation)")]
    public void The_only_role_mismatch_is_Voronkovs_title(string? asOf, string explanation)
    {
        var text = File.ReadAllText(Sample);
        var options = AnalyzerOptions.Default with { AsOf = asOf is null ? null : DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture) };
        var result = new AnalyzerEngine(BuiltInAnalyzers.Create(), options).AnalyzeText("russia-japan-north-korea.txt", text);
        var roles = result.Diagnostics.Where(d => d.Id == "EL1003").ToArray();
        roles.Select(d => d.Message).ShouldBe([$"'Russia’s permanent representative to the United Nations' does not match the name list for Vladimir Voronkov: {explanation}"]);
        text.Substring(roles[0].Span.Start, roles[0].Span.Length).ShouldBe("Russia’s permanent representative to the United Nations");
        roles[0].Fix.ShouldBeNull();
    }
}
