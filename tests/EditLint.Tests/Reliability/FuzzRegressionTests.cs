using System.Text;
using EditLint.Analysis;
using EditLint.Documents;
using EditLint.Rules;
using EditLint.Tests.TestAnalyzers;
using EditLint.Text;

namespace EditLint.Tests.Reliability;

/// <summary>
/// Inputs the AFL harness in fuzz/ found (see docs/reliability.md, "Fuzzing"). Each test holds the input as
/// the fuzzer wrote it and, where there is one, a minimal form of it.
/// </summary>
public class FuzzRegressionTests
{
    private static readonly AnalyzerEngine Engine = new([.. BuiltInAnalyzers.Create(), new BananaAnalyzer()], AnalyzerOptions.Default);

    private static FileResult Lint(string path, byte[] bytes) => Engine.AnalyzeBytes(new FileInput("/virtual/" + path, path), bytes);

    private static FileResult Lint(string path, string text) => Lint(path, Encoding.UTF8.GetBytes(text));

    private static string[] BananaPositions(FileResult result) =>
        [.. result.Diagnostics.Where(d => d.Id == BananaAnalyzer.Rule.Id).Select(d => result.Source!.Lines.GetPosition(d.Span.Start)).Select(p => $"{p.Line + 1},{p.Character + 1}")];

    internal static void ShouldBeOrderedAndInside(Document document)
    {
        int previousEnd = 0;
        foreach (var sentence in document.Sentences)
        {
            sentence.Span.Start.ShouldBeGreaterThanOrEqualTo(previousEnd);
            sentence.Span.End.ShouldBeLessThanOrEqualTo(document.Source.Length);
            previousEnd = sentence.Span.End;
        }
    }

    /// <summary>
    /// Markdig put the text of an ATX heading with a tab after its '#' (not on the first line) back by the
    /// line's offset, over the text before it: sentences overlapped, and findings in such headings pointed at
    /// the wrong place.
    /// </summary>
    [Fact]
    public void A_heading_with_a_tab_after_its_hash_is_read_where_it_is_found_by_fuzzing()
    {
        byte[] found = [0xBA, 0xE4, 0x80, 0x73, 0xE3, 0x80, 0x80, 0x0D, 0x23, 0x09, 0xFB, 0x1C];
        var source = TextDecoder.Decode(found).Text!;
        var document = DocumentReader.Read("a.md", source);
        ShouldBeOrderedAndInside(document);
        document.Blocks.Select(b => b.Span.Start).ShouldBe([0, 7]);
    }

    /// <summary>
    /// Two shapes the fuzzer kept finding after the first fix: two tabs after the <c>#</c>, and a heading whose
    /// misplaced span happened to hold the heading's own text. The heading's prose must start after its blanks.
    /// </summary>
    [Theory]
    [InlineData("Lone\rCdL\r#\t\timt", "imt")]
    [InlineData("LaL\u3000\u3000\rLaL\r#\tL\u3000\u3000", "L\u3000\u3000")]
    public void Heading_forms_that_still_overlapped_are_read_where_they_are_found_by_fuzzing(string text, string heading)
    {
        var document = DocumentReader.Read("a.md", new SourceText(text));
        ShouldBeOrderedAndInside(document);
        document.Blocks[^1].Span.Start.ShouldBe(text.LastIndexOf(heading, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Intro.\r#\tA banana.", "2,5")]
    [InlineData("Intro.\n\n#\tA *banana*.", "3,6")]
    [InlineData("x\r\n##\tThe [banana](https://example.com) ##\r\n", "2,9")]
    [InlineData("#\tA banana.", "1,5")]
    [InlineData("Intro.\n# A banana.", "2,5")]
    [InlineData("Intro.\n#\t\tA banana.", "2,6")]
    [InlineData("Intro.\n#\t\t\\#A banana.", "2,8")]
    [InlineData("Intro.\n#\t\t[A banana.", "2,7")]
    [InlineData("1. Intro.\n\n   #\t\tA banana.", "3,9")]
    [InlineData("> Intro.\n>\t#\t\tA banana.", "2,8")]
    [InlineData("Intro.\r\n#\t\tA banana #\t#", "2,6")]
    [InlineData("Intro.\n#\t\u3000A banana.", "2,6")]
    [InlineData("Intro.\n#\t\fA banana.", "2,6")]
    [InlineData("Intro.\n#\t&amp; banana.", "2,9")]
    [InlineData("Intro.\n#\t`code` banana.", "2,10")]
    [InlineData("Intro.\n#\t*A* banana.", "2,7")]
    [InlineData("- x\n  #\tA banana.", "2,7")]
    [InlineData("> x\n>\t#\tA\tbanana.", "2,7")]
    [InlineData("Intro.\n###### \t A\tbanana\t###", "2,12")]
    public void Findings_in_a_heading_with_a_tab_after_its_hash_are_at_the_right_column(string text, string position)
    {
        var result = Lint("a.md", text);
        BananaPositions(result).ShouldBe([position]);
        var document = DocumentReader.Read("a.md", new SourceText(text));
        ShouldBeOrderedAndInside(document);
        document.ProseText.ShouldContain("banana");
    }

    [Fact]
    public void A_link_in_a_heading_with_a_tab_is_where_its_text_is()
    {
        const string text = "x\n#\t[link](https://example.com) y";
        var document = DocumentReader.Read("a.md", new SourceText(text));
        var link = document.Links.ShouldHaveSingleItem();
        text.Substring(link.Span.Start, link.Span.Length).ShouldBe("[link](https://example.com)");
    }

    /// <summary>
    /// Setext headings keep Markdig's spans: their inlines' line is the underline's, so placing them by line
    /// and column (as a first version of the ATX fix did) moved their text onto the underline.
    /// </summary>
    [Fact]
    public void A_setext_heading_keeps_its_text_found_by_fuzzing()
    {
        byte[] found = [0x4C, 0xF1, 0x61, 0x62, 0x0D, 0x2D, 0x0D, 0x10, 0x65];
        var document = DocumentReader.Read("a.md", TextDecoder.Decode(found).Text!);
        ShouldBeOrderedAndInside(document);
        document.Blocks.Select(b => (b.Kind, b.Span.Start)).ShouldBe([(ProseBlockKind.Heading, 0), (ProseBlockKind.Paragraph, 7)]);
    }

    [Theory]
    [InlineData("Intro.\n\nA banana\tx\n---\n", "3,3")]
    [InlineData("Intro.\n\nA\tb\nbanana\n===\n", "4,1")]
    public void Findings_in_a_setext_heading_with_a_tab_are_at_the_right_column(string text, string position) =>
        BananaPositions(Lint("a.md", text)).ShouldBe([position]);

    /// <summary>
    /// In an ATX heading with an unclosed link, Markdig gives the bracket's literal a line and column of 0:
    /// placing every inline by its own line and column put the heading at the start of the file.
    /// </summary>
    [Fact]
    public void An_atx_heading_with_an_unclosed_link_stays_where_it_is_found_by_fuzzing()
    {
        byte[] found =
        [
            .. "-"u8, 0x80, 0xFF, .. "\ntitle: A tJst\ndatshik025\u001F03-01\n---\n\n# H the momswith ["u8, 0x84,
            .. " l|nd](hL\u3000Masae: 2o Komura met Lasahik"u8,
        ];
        var source = TextDecoder.Decode(found).Text!;
        var document = DocumentReader.Read("a.md", source);
        ShouldBeOrderedAndInside(document);
        document.Blocks[^1].Span.Start.ShouldBe(source.Text.IndexOf("H the", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Intro.\n\n# A [banana x\n", "3,6")]
    [InlineData("Intro.\n\n#\tA [banana x\n", "3,6")]
    public void Findings_in_an_atx_heading_with_an_unclosed_link_are_at_the_right_column(string text, string position) =>
        BananaPositions(Lint("a.md", text)).ShouldBe([position]);

    /// <summary>
    /// After a grid-table border ("+--") that never becomes a table, Markdig 1.6 puts the next line both in a
    /// paragraph and in a heading of its own: the blocks overlapped, and the heading's sentences were read twice.
    /// </summary>
    [Fact]
    public void A_line_in_two_blocks_after_a_grid_table_border_is_read_once_found_by_fuzzing()
    {
        byte[] found = Convert.FromBase64String(
            "+mxhYXMgOiAyMDI1LTAzLTAxCistCiMgdGhlIGxhcmdlc3QgZXZhcmsgICAgc2FpZCBpdDZ3YWwQcy7igJ1yYSBbZW4Qcy7i" +
            "gJ0gS0V1ci0tLQp0aXRsZTogQSB0ZXN06mNhdGU6IDIwMjUtMDMtMDEKKy0KIyBIZWFkaW5nCgp/YXNhc2hpa28gS29tdXJh" +
            "cmEgY2FpZCB0aGUgbW9zdCBpbXBvcnRhbnQgcGFydG5lciBpcyB0aGUgVS5TLiByZWNlbnRyeS4KCiMgb25lIGm/v7+/v7+/" +
            "v7+/v3RabSB3aXRoIL+/IGwKZGF0ZTogMjAyPC0wMy0wMQorLS0KCiMgSGVhZGlua10oaHR0cHM6My9leGFtUmxlL2NvbSkK" +
            "LSB0d29yWG90PiBBIHF1Cgpl");
        var source = TextDecoder.Decode(found).Text!;
        var document = DocumentReader.Read("a.md", source);
        ShouldBeOrderedAndInside(document);
        Lint("a.md", found).Notifications.ShouldNotContain(n => n.Id == ToolRules.AnalyzerFailure.Id);
    }

    /// <summary>A pipe table whose header line is broken by a lone CR: Markdig gave a paragraph and a table cell that overlapped.</summary>
    [Fact]
    public void A_pipe_table_after_a_lone_carriage_return_is_read_once_found_by_fuzzing()
    {
        byte[] found = Convert.FromBase64String(
            "W0xvaVANQ3wKfC0tLXwtLS18Cnwgd0BbTG9uXA1DTG/igIsgep0gS8WNbXVyYSB6dSBLxY1tdXJynSBLxZJtdSBLxY1tdXJhIv9tdWEg/211clw=");
        var document = DocumentReader.Read("a.md", TextDecoder.Decode(found).Text!);
        ShouldBeOrderedAndInside(document);
        Lint("a.md", found).Notifications.ShouldNotContain(n => n.Id == ToolRules.AnalyzerFailure.Id);
    }

    [Theory]
    [InlineData("+--\n# A banana.", "2,5")]
    [InlineData("Intro.\n\n+-\t\n# A banana qu\n", "4,5")]
    [InlineData("Intro.\n+--\n- A banana.\n", "3,5")]
    public void A_finding_on_a_line_after_a_grid_table_border_is_reported_once(string text, string position)
    {
        BananaPositions(Lint("a.md", text)).ShouldBe([position]);
        ShouldBeOrderedAndInside(DocumentReader.Read("a.md", new SourceText(text)));
    }

    /// <summary>A plain-text line "&lt;!---&gt;" starts with "&lt;!--" and ends with "--&gt;", which overlap: reading the file threw.</summary>
    [Fact]
    public void An_overlapping_comment_line_in_plain_text_is_read_found_by_fuzzing()
    {
        byte[] found =
        [
            0x4C, 0x61, 0x20, 0x65, 0x0D, 0x43, 0x52, 0x35, 0xFF, 0xFF, 0xFF, 0x61, 0x20, 0x65, 0x0D, 0x43,
            0x52, 0x35, 0x61, 0x9E, 0x64, 0x08, 0x20, 0x6D, 0x5E, 0x20, 0x3C, 0x21, 0x2D, 0x74, 0x6C, 0x4E,
            0x6E, 0x74, 0x2D, 0x65, 0x6E, 0x61, 0x62, 0x6C, 0x65, 0x20, 0x2D, 0x2D, 0x3E, 0x0A, 0x65, 0x20,
            0x45, 0x4C, 0x31, 0x30, 0x30, 0x31, 0x20, 0x2D, 0x6F, 0x20, 0x73, 0x61, 0x69, 0x64, 0x19, 0x0A,
            0x3C, 0x21, 0x2D, 0x2D, 0x2D, 0x3E, 0x0A,
        ];
        var result = Lint("a.txt", found);
        result.WasLinted.ShouldBeTrue();
        result.Notifications.ShouldNotContain(n => n.Id == ToolRules.AnalyzerFailure.Id);
    }

    [Theory]
    [InlineData("<!--->\nA banana.", "2,3")]
    [InlineData("<!---->\nA banana.", "2,3")]
    [InlineData("A banana.\n<!--->", "1,3")]
    public void Comment_marks_that_overlap_are_text_not_a_directive(string text, string position)
    {
        var result = Lint("a.txt", text);
        result.Notifications.ShouldBeEmpty();
        BananaPositions(result).ShouldBe([position]);
    }
}
