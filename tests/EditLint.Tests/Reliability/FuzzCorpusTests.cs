using EditLint.Analysis;
using EditLint.Documents;
using EditLint.Rules;
using EditLint.Tests.TestAnalyzers;
using EditLint.Text;

namespace EditLint.Tests.Reliability;

/// <summary>
/// Every file in <c>Fixtures/fuzz</c> (inputs the AFL harness saved, and hand-made ones for the shapes it found bugs
/// in) is read as Markdown and as plain text and linted by every built-in rule, with the harness's invariants:
/// sentences in order and not overlapping, every span inside the text, every finding's line and column mapping back
/// to its offset. A fuzz finding becomes a regression test by copying its file here (fuzz/README.md).
/// </summary>
public class FuzzCorpusTests
{
    private static readonly AnalyzerEngine Engine = new([.. BuiltInAnalyzers.Create(), new BananaAnalyzer()], AnalyzerOptions.Default);

    private static string Folder => Path.Combine(AppContext.BaseDirectory, "Fixtures", "fuzz");

    public static TheoryData<string> Inputs() => [.. Directory.GetFiles(Folder).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Inputs))]
    public void A_saved_fuzz_input_keeps_every_invariant(string file)
    {
        byte[] bytes = File.ReadAllBytes(Path.Combine(Folder, file));
        var decoded = TextDecoder.Decode(bytes);
        foreach (string path in new[] { "fuzz.md", "fuzz.txt" })
        {
            if (decoded.Text is { } source)
            {
                FuzzRegressionTests.ShouldBeOrderedAndInside(DocumentReader.Read(path, source));
            }

            var result = Engine.AnalyzeBytes(new FileInput("/virtual/" + path, path), bytes);
            result.Notifications.ShouldNotContain(n => n.Id == ToolRules.AnalyzerFailure.Id, $"{file} as {path}");
            foreach (var diagnostic in result.Diagnostics)
            {
                diagnostic.Span.End.ShouldBeLessThanOrEqualTo(result.Source!.Length, $"{file} as {path}");
                var position = result.Source.Lines.GetPosition(diagnostic.Span.Start);
                result.Source.Lines.GetOffset(position).ShouldBe(diagnostic.Span.Start, $"{file} as {path}");
            }
        }
    }
}
