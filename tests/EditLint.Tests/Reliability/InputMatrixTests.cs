using System.Text;
using EditLint.Analysis;
using EditLint.Tests.TestAnalyzers;
using EditLint.Text;

namespace EditLint.Tests.Reliability;

/// <summary>
/// The bad-input matrix of docs/reliability.md, at the engine: each case states what the user gets —
/// findings at the right line and column, the right notification, or a skipped file — and that nothing throws.
/// </summary>
public class InputMatrixTests
{
    private static readonly AnalyzerEngine Engine = new([new BananaAnalyzer()], AnalyzerOptions.Default, maxFileSize: 30 * 1024 * 1024);

    private static FileResult Lint(string path, byte[] bytes) => Engine.AnalyzeBytes(new FileInput("/virtual/" + path, path), bytes);

    private static FileResult Lint(string path, string text) => Lint(path, Encoding.UTF8.GetBytes(text));

    /// <summary>1-based line and column of each finding, as the output prints them.</summary>
    private static string[] Positions(FileResult result) =>
        [.. result.Diagnostics.Select(d => result.Source!.Lines.GetPosition(d.Span.Start)).Select(p => $"{p.Line + 1},{p.Character + 1}")];

    [Theory]
    [InlineData("empty.md", "")]
    [InlineData("blank.md", "  \n\t\n   ")]
    [InlineData("blank.txt", "\r\n\r\n")]
    public void Empty_and_blank_files_are_linted_and_give_nothing(string path, string text)
    {
        var result = Lint(path, text);
        result.WasLinted.ShouldBeTrue();
        result.Diagnostics.ShouldBeEmpty();
        result.Notifications.ShouldBeEmpty();
    }

    [Fact]
    public void A_file_without_a_final_newline_is_read_to_its_last_character() =>
        Positions(Lint("a.md", "Words.\n\nA banana")).ShouldBe(["3,3"]);

    [Theory]
    [InlineData("a\rb\rA banana.", "3,3")]
    [InlineData("a\r\nb\nc\r\nA banana.", "4,3")]
    [InlineData("\tA\tbanana.", "1,4")]
    [InlineData("😀😀 banana.", "1,6")]
    [InlineData("\u200B\u202Ea\u202C banana.", "1,6")]
    [InlineData("\u0001\u001b[0m banana.", "1,7")]
    public void Line_endings_tabs_surrogates_and_invisible_characters_keep_columns_right(string text, string position) =>
        Positions(Lint("a.txt", text)).ShouldBe([position]);

    [Theory]
    [InlineData(0)]
    [InlineData(10)]
    [InlineData(-1)]
    public void Invalid_utf8_anywhere_is_reported_with_its_offset_and_the_rest_is_linted(int at)
    {
        var bytes = new List<byte>(Encoding.UTF8.GetBytes("A banana. Fine words."));
        int offset = at < 0 ? bytes.Count : at;
        bytes.Insert(offset, 0xFE);
        var result = Lint("a.txt", [.. bytes]);
        result.Notifications.ShouldHaveSingleItem().Message.ShouldContain($"invalid UTF-8 at byte offset {offset}");
        result.Notifications[0].Position.ShouldBe(new LinePosition(0, offset));
        result.Diagnostics.Count.ShouldBe(1);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Invalid_text_is_placed_at_the_line_and_column_of_its_first_bad_character_after_multibyte_characters_and_a_mark(bool utf16)
    {
        // The notification gave only a byte offset, which no editor can jump to.
        string text = "Ünïcode 😀 line\nsecond é line X";
        byte[] bytes = utf16
            ? [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text[..^1]), 0x00, 0xD8]
            : [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text[..^1]), 0xFE];

        var notification = Lint("a.txt", bytes).Notifications.ShouldHaveSingleItem();

        notification.Position.ShouldBe(new LinePosition(1, 14));
        notification.ToString().ShouldStartWith("a.txt(2,15): warning EL");
    }

    [Fact]
    public void A_utf8_bom_before_front_matter_still_gives_the_date_and_skips_the_front_matter()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("---\ntitle: banana\ndate: 2016-01-15\n---\n\nA banana.\n")];
        var result = Lint("a.md", bytes);
        result.Source!.Encoding.ShouldBe(TextEncodingKind.Utf8WithBom);
        Positions(result).ShouldBe(["6,3"]);
        result.Notifications.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Utf16_with_bom_is_linted_at_the_right_positions(bool bigEndian)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        var result = Lint("a.md", [.. encoding.GetPreamble(), .. encoding.GetBytes("Line one.\r\nA banana.\r\n")]);
        Positions(result).ShouldBe(["2,3"]);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Utf32_is_skipped_with_a_message_that_names_it_not_as_binary(bool bigEndian)
    {
        var encoding = new UTF32Encoding(bigEndian, byteOrderMark: true);
        var result = Lint("a.txt", [.. encoding.GetPreamble(), .. encoding.GetBytes("A banana.\n")]);
        result.Notifications.ShouldHaveSingleItem().Message.ShouldBe("'a.txt' is UTF-32 by its byte order mark, which EditLint does not read; it was not linted (saved as UTF-8 it would be).");
        result.Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void Unclosed_front_matter_is_read_as_markdown_and_linted()
    {
        var result = Lint("a.md", "---\ntitle: x\n\nA banana.\n");
        result.Notifications.ShouldBeEmpty();
        Positions(result).ShouldBe(["4,3"]);
    }

    [Fact]
    public void A_disable_without_an_enable_suppresses_to_the_end_of_the_file()
    {
        var result = Lint("a.md", "A banana.\n\n<!-- editlint-disable EL2999 -->\n\nA banana.\n\nA banana.\n");
        result.Diagnostics.Select(d => d.IsSuppressed).ShouldBe([false, true, true]);
    }

    [Fact]
    public void An_unclosed_html_comment_hides_the_rest_of_a_markdown_file_as_commonmark_says()
    {
        var result = Lint("a.md", "A banana.\n\n<!-- editlint-disable EL2999\n\nA banana.\n");
        result.Diagnostics.ShouldHaveSingleItem().IsSuppressed.ShouldBeFalse();
    }

    [Fact]
    public void A_file_over_the_size_limit_is_skipped_with_a_notification()
    {
        var engine = new AnalyzerEngine([new BananaAnalyzer()], AnalyzerOptions.Default, maxFileSize: 10);
        string path = Path.Combine(Directory.CreateTempSubdirectory("editlint-").FullName, "big.md");
        File.WriteAllText(path, "A banana is more than ten bytes.");
        var result = engine.AnalyzeFile(new FileInput(path, "big.md"));
        result.WasLinted.ShouldBeFalse();
        var notification = result.Notifications.ShouldHaveSingleItem();
        notification.Id.ShouldBe("EL0004");
        notification.Message.ShouldBe("'big.md' is 32 bytes, over the 10-byte limit (maxFileSize); it was not linted.");
    }

    [Fact]
    public void A_file_deleted_between_listing_and_reading_is_reported()
    {
        var result = Engine.AnalyzeFileSafely(new FileInput("/no/such/file.md", "file.md"));
        result.Notifications.ShouldHaveSingleItem().Id.ShouldBe("EL0005");
    }

    [Fact]
    public void A_20_MB_file_is_linted_to_its_end()
    {
        var text = new StringBuilder();
        while (text.Length < 20 * 1024 * 1024)
        {
            text.Append("Plain words in a plain sentence, one of many in this paragraph.\n\n");
        }

        text.Append("A banana.");
        var result = Lint("big.md", text.ToString());
        result.Diagnostics.ShouldHaveSingleItem().Span.End.ShouldBe(text.Length - 1);
    }

    [Fact]
    public void A_5_MB_paragraph_with_no_sentence_end_is_one_sentence_and_is_linted()
    {
        string text = string.Concat(Enumerable.Repeat("word ", 1_000_000)) + "banana";
        var result = Lint("a.txt", text);
        result.Diagnostics.ShouldHaveSingleItem();
    }

    [Theory]
    [InlineData("It is the {0}iest city.")]
    [InlineData("It is the {0}est city.")]
    [InlineData("It is the most {0}ive city, with 5,000 runs.")]
    public void A_5_MB_word_where_a_superlative_may_stand_is_linted(string shape)
    {
        var claims = new AnalyzerEngine([new EditLint.Rules.Claims.UnsupportedSuperlativeAnalyzer()], AnalyzerOptions.Default, maxFileSize: 30 * 1024 * 1024);
        string text = string.Format(System.Globalization.CultureInfo.InvariantCulture, shape, new string('b', 5_000_000)) + "\n\nIt is the best city in the world.";
        var result = claims.AnalyzeBytes(new FileInput("/virtual/a.txt", "a.txt"), Encoding.UTF8.GetBytes(text));
        result.Diagnostics.ShouldContain(d => d.Id == "EL2001" && d.Span.End > 5_000_000);
    }

    [Fact]
    public void A_100000_character_line_is_linted()
    {
        string text = new string('x', 100_000) + " banana " + new string('y', 100);
        Positions(Lint("a.md", text)).ShouldBe(["1,100002"]);
    }
}
