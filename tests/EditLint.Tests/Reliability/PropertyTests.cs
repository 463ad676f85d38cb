using System.Text;
using CsCheck;
using EditLint.Analysis;
using EditLint.Rules;
using EditLint.Tests.TestAnalyzers;

namespace EditLint.Tests.Reliability;

/// <summary>
/// Properties over generated prose, Markdown and bytes, with every built-in rule on: the run terminates,
/// spans lie inside the text and agree with their line and column, output is the same run after run, and a
/// disable comment suppresses exactly the findings there were. The engine keeps no finding it cannot show, but it
/// reports each one as EL0009, so "no EL0009" is the property over what the rules reported, before any filter.
/// </summary>
public class PropertyTests
{
    private static readonly string[] Words =
    [
        "the", "most", "important", "partner", "recently", "currently", "first-ever", "one", "of", "world’s", "leading",
        "experts", "Masashiko", "Komura", "Masahiko", "Park", "Geun-Hye", "Gadhafi", "Gaddafi", "said", "in", "2015", "January", "6,",
        "this", "year", "banana", "“Quote", "ends.”", "Mr.", "U.S.", "3.5", "...", "😀", "Kōmura", "Suárez", "at", "least", "–", "\t",
    ];

    private static readonly Gen<string> Sentence =
        Gen.Int[0, Words.Length - 1].Array[1, 25].Select(ix => string.Join(' ', ix.Select(i => Words[i])) + ".");

    private static readonly string[] LinePrefixes = ["", "", "", "# ", "- ", "> ", "1. ", "| a | ", "    ", "```\n", "<!-- editlint-disable-next-line -->\n", "[link ", "`code` ", "**", "---\n"];

    private static readonly Gen<string> Markdown =
        Gen.Select(Gen.Int[0, LinePrefixes.Length - 1], Sentence, Gen.OneOfConst("\n", "\n\n", "\r\n", "\r"), (p, s, eol) => LinePrefixes[p] + s + eol)
            .Array[0, 12].Select(lines => string.Concat(lines));

    private static readonly Gen<byte[]> Bytes = Gen.Byte.Array[0, 600];

    private static readonly AnalyzerEngine Engine = new([.. BuiltInAnalyzers.Create(), new BananaAnalyzer()], AnalyzerOptions.Default);

    private static string[] Describe(FileResult result) =>
        [.. result.Diagnostics.Select(d => $"{d.Id} {d.Span} {d.IsSuppressed} {d.Message}"), .. result.Notifications.Select(n => n.ToString())];

    private static void CheckSpans(FileResult result)
    {
        result.Notifications.Where(n => n.Id == ToolRules.AnalyzerFailure.Id).ShouldBeEmpty();
        if (result.Source is not { } source)
        {
            result.Diagnostics.ShouldBeEmpty();
            return;
        }

        foreach (var diagnostic in result.Diagnostics)
        {
            diagnostic.Span.Start.ShouldBeInRange(0, source.Length);
            diagnostic.Span.End.ShouldBeInRange(diagnostic.Span.Start, source.Length);
            var position = source.Lines.GetPosition(diagnostic.Span.Start);
            source.Lines.GetOffset(position).ShouldBe(diagnostic.Span.Start);
            source.Lines.GetLineStart(position.Line).ShouldBeLessThanOrEqualTo(diagnostic.Span.Start);
            if (diagnostic.Fix is { } fix)
            {
                fix.Span.End.ShouldBeLessThanOrEqualTo(source.Length);
            }
        }
    }

    [Theory]
    [InlineData("a.md")]
    [InlineData("a.txt")]
    public void Generated_documents_terminate_with_spans_inside_the_text_and_the_same_output_twice(string path) =>
        Markdown.Sample(text =>
        {
            var first = Engine.AnalyzeText(path, text);
            CheckSpans(first);
            Describe(Engine.AnalyzeText(path, text)).ShouldBe(Describe(first));
        }, iter: 300);

    [Fact]
    public void Random_bytes_never_throw_and_give_consistent_spans() =>
        Bytes.Sample(bytes =>
        {
            var result = Engine.AnalyzeBytes(new FileInput("/virtual/a.md", "a.md"), bytes);
            CheckSpans(result);
        }, iter: 500);

    [Fact]
    public void A_disable_comment_in_front_suppresses_exactly_the_findings_there_were() =>
        Gen.Int[0, Words.Length - 1].Array[1, 40].Select(ix => string.Join(' ', ix.Select(i => Words[i])) + ".").Array[1, 6]
            .Select(sentences => string.Join("\n\n", sentences))
            .Sample(text =>
            {
                const string directive = "<!-- editlint-disable -->\n\n";
                var plain = Engine.AnalyzeText("a.md", text);
                var suppressed = Engine.AnalyzeText("a.md", directive + text);
                suppressed.Diagnostics.ShouldAllBe(d => d.IsSuppressed);
                suppressed.Diagnostics.Select(d => $"{d.Id} {d.Span.Start - directive.Length} {d.Message}")
                    .ShouldBe(plain.Diagnostics.Select(d => $"{d.Id} {d.Span.Start} {d.Message}"));
            }, iter: 200);

    [Fact]
    public void Output_does_not_depend_on_the_order_the_files_are_given_in()
    {
        string folder = Directory.CreateTempSubdirectory("editlint-order-").FullName;
        var files = new List<FileInput>();
        for (int i = 0; i < 8; i++)
        {
            string path = Path.Combine(folder, $"f{i}.md");
            File.WriteAllText(path, $"Article {i}: the most important banana, recently.\n", Encoding.UTF8);
            files.Add(new FileInput(path, $"f{i}.md"));
        }

        var forward = Engine.AnalyzeFiles(files).SelectMany(Describe).ToArray();
        files.Reverse();
        Engine.AnalyzeFiles(files).SelectMany(Describe).ToArray().ShouldBe(forward);
    }

    private static readonly Gen<(string Text, int Banana)> AtxHeadingWithBlanks =
        Gen.Select(
            Gen.OneOfConst("", "Intro.\n", "Intro.\r", "Intro.\r\n\r\n", "> q\n", "- item\n", "Line one.\nLine two.\n", "\u3000\u3000\r"),
            Gen.OneOfConst("", "> ", ">\t", "- ", "1. ", "  "),
            Gen.Int[1, 6],
            Gen.OneOfConst(" ", "\t", "\t\t", " \t", "\t ", " \t \t"),
            Gen.OneOfConst("", "A ", "&amp; ", "`c` ", "*A* ", "\u3000", "\\# ", "[x](https://example.com) ", "A\t", "\fA "),
            Gen.OneOfConst("", ".", " #", "\t##", " x\ty"),
            (before, container, level, blanks, lead, end) =>
            {
                string head = before + container + new string('#', level) + blanks + lead;
                return (head + "banana" + end + "\n", head.Length);
            });

    /// <summary>
    /// Markdig 1.6 places the inlines of an ATX heading with a tab after its '#' run relative to the heading's first
    /// character instead of the file's: generated heading forms, after lines, inside quotes and
    /// lists, with every mix of blanks, put the finding exactly on the word, never shifted.
    /// </summary>
    [Fact]
    public void A_finding_in_an_atx_heading_with_tabs_is_on_its_word() =>
        AtxHeadingWithBlanks.Sample(form =>
        {
            var result = Engine.AnalyzeText("a.md", form.Text);
            var bananas = result.Diagnostics.Where(d => d.Id == BananaAnalyzer.Rule.Id).Select(d => d.Span.Start).ToArray();
            bananas.ShouldBe([form.Banana], $"in {System.Text.Json.JsonSerializer.Serialize(form.Text)}");
        }, iter: 2_000);
}
