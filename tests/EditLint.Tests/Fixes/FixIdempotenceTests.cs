using CsCheck;
using EditLint.Analysis;
using EditLint.Fixes;
using EditLint.HouseRules;
using EditLint.Rules;

namespace EditLint.Tests.Fixes;

/// <summary>
/// <c>--fix</c> run twice changes nothing the second time: over generated documents full of what the rules
/// fix (near-miss names, rejected forms, relative dates under a front matter date, house style swaps and their case
/// variants), with every built-in rule and the example house pack on, safe and unsafe fixes both applied.
/// </summary>
public class FixIdempotenceTests
{
    private static readonly string[] Words =
    [
        "Masashiko Komura", "Masahiko Komura", "Park Geun-Hye", "Park Geun-hye", "Vladimir Puttin", "Vladimir Putin", "Komura",
        "last week", "yesterday", "recently", "this year", "next month", "on Tuesday", "the most important", "first-ever",
        "e-mail", "E-mail", "E-MAIL", "X-RAY", "Jean-Paul", "Monday", "cell phone", "Web site", "web site", "WEB SITE", "Kiev", "kiev", "Calcutta", "very unique",
        "World Health Organization", "WHO", "said", "the", "talks", "in", "and", "“quote”", "banana", "\t", "2016",
    ];

    private static readonly Gen<string> Sentence =
        Gen.Int[0, Words.Length - 1].Array[1, 14].Select(ix => string.Join(' ', ix.Select(i => Words[i])) + ".");

    private static readonly Gen<string> Document =
        Gen.Select(
            Gen.OneOfConst("", "---\ndate: 2016-01-15\n---\n\n"),
            Gen.Select(Gen.OneOfConst("", "", "# ", "- ", "> "), Sentence, Gen.OneOfConst("\n", "\n\n", "\r\n", " "), (p, s, eol) => p + s + eol).Array[1, 8],
            (front, lines) => front + string.Concat(lines));

    private static readonly AnalyzerEngine Engine = new(
        [.. BuiltInAnalyzers.Create(), .. HouseRuleLoader.Load(["rules/house-example"], RepositoryPaths.Root, RepositoryPaths.Root).CreateAnalyzers()],
        AnalyzerOptions.Default with { AsOf = new DateOnly(2016, 1, 15) });

    private static string Fix(string text)
    {
        var result = Engine.AnalyzeText("a.md", text);
        return FixApplier.Apply(text, FixApplier.SelectChanges(text, result.Diagnostics, unsafeFixes: true));
    }

    [Fact]
    public void Fixing_a_fixed_document_changes_nothing() =>
        Document.Sample(text =>
        {
            string once = Fix(text);
            Fix(once).ShouldBe(once, $"fixing {System.Text.Json.JsonSerializer.Serialize(text)} twice");
        }, iter: 500);
}
