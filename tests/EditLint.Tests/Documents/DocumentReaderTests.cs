using EditLint.Documents;
using EditLint.Text;

namespace EditLint.Tests.Documents;

public class DocumentReaderTests
{
    [Theory]
    [InlineData(".md", DocumentKind.Markdown)]
    [InlineData(".markdown", DocumentKind.Markdown)]
    [InlineData(".txt", DocumentKind.PlainText)]
    [InlineData(".text", DocumentKind.PlainText)]
    [InlineData("", DocumentKind.PlainText)]
    public void Chooses_the_reader_by_extension(string extension, DocumentKind kind) =>
        DocumentReader.Read("a" + extension, new SourceText("Words.")).Kind.ShouldBe(kind);

    [Theory]
    [InlineData(10_000, "[")]
    [InlineData(10_000, "> ")]
    [InlineData(10_000, "- ")]
    [InlineData(5_000, "> - ")]
    public void Markdown_nested_thousands_of_levels_deep_is_read_as_plain_text_with_a_notice(int depth, string opener)
    {
        string text = string.Concat(Enumerable.Repeat(opener, depth)) + "the words";
        var document = DocumentReader.Read("deep.md", new SourceText(text));
        document.Kind.ShouldBe(DocumentKind.PlainText);
        document.Notifications.ShouldHaveSingleItem().Id.ShouldBe("EL0012");
        document.ProseText.ShouldEndWith("the words");
    }

    [Theory]
    [InlineData("Intro.\r\n", "> ", 65, true)]
    [InlineData("Intro.\r\n", "> ", 64, false)]
    [InlineData("Intro.\n\n", " >\t- ", 33, true)]
    [InlineData("Intro [a] [b].\n", "[", 257, true)]
    [InlineData("Intro [a] [b].\n", "[", 256, false)]
    [InlineData("Intro.\n", "[]", 10_000, false)]
    [InlineData("Intro.\n", "[x\n", 300, true)]
    [InlineData("Intro.\n", "[a](", 257, true)]
    [InlineData("Intro.\n", "[a](", 256, false)]
    [InlineData("Intro.\n", "[a](x) ", 10_000, false)]
    public void The_nesting_limits_hold_on_any_line(string intro, string opener, int count, bool plainText)
    {
        var document = DocumentReader.Read("a.md", new SourceText(intro + string.Concat(Enumerable.Repeat(opener, count)) + "the words"));
        document.Kind.ShouldBe(plainText ? DocumentKind.PlainText : DocumentKind.Markdown);
    }

    [Fact]
    public void A_list_nested_by_indentation_alone_is_read_as_plain_text_from_the_marker_past_the_limit()
    {
        // Each line opens a list one level deeper than the last: 2,000 levels, 4 MB, took Markdig 14 s.
        string text = string.Concat(Enumerable.Range(0, 2_000).Select(level => new string(' ', 2 * level) + "- the words\n"));
        var document = DocumentReader.Read("outline.md", new SourceText(text));
        document.Kind.ShouldBe(DocumentKind.PlainText);
        var notice = document.Notifications.ShouldHaveSingleItem();
        notice.Id.ShouldBe("EL0012");
        int line = (MarkdownNestingGuard.MaxMarkerIndent / 2) + 1; // the first line whose marker stands after more blanks than the limit
        notice.Span.Start.ShouldBe(text.IndexOf(new string(' ', 2 * line) + "-", StringComparison.Ordinal) + (2 * line));
    }

    [Fact]
    public void An_ordered_list_nested_by_indentation_alone_is_read_as_plain_text()
    {
        // "1. " nests as "- " does: 2,000 levels, 6 MB, took Markdig 17.7 s before it gave up.
        string text = string.Concat(Enumerable.Range(0, 2_000).Select(level => new string(' ', 3 * level) + "1. the words\n"));
        var document = DocumentReader.Read("outline.md", new SourceText(text));
        document.Kind.ShouldBe(DocumentKind.PlainText);
        document.Notifications.ShouldHaveSingleItem().Id.ShouldBe("EL0012");
    }

    [Theory]
    [InlineData("```yaml\n")]
    [InlineData("~~~~\n")]
    [InlineData("> ```\n")]
    public void Deep_indentation_or_brackets_inside_a_fenced_code_block_stay_markdown(string fence)
    {
        string code = new string(' ', 130) + "- leaf: true\n" + new string('[', 300) + "\n" + string.Concat(Enumerable.Repeat("> ", 70)) + "x\n";
        if (fence.StartsWith('>'))
        {
            code = string.Concat(code.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => "> " + line + "\n"));
        }

        string text = "# Release notes\n\nThe new parser is described below.\n\n" + fence + code + fence.TrimEnd('\n').Replace("yaml", string.Empty) + "\n\nThe end.\n";
        var document = DocumentReader.Read("notes.md", new SourceText(text));
        document.Kind.ShouldBe(DocumentKind.Markdown);
        document.Notifications.ShouldBeEmpty();
    }

    [Fact]
    public void A_list_nested_ten_levels_by_indentation_stays_markdown()
    {
        string text = string.Concat(Enumerable.Range(0, 10).Select(level => new string(' ', 2 * level) + "- the words\n"));
        var document = DocumentReader.Read("outline.md", new SourceText(text));
        document.Kind.ShouldBe(DocumentKind.Markdown);
        document.Notifications.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("Text\n\n" + "-----------------------------------------------------------------------------\n\nMore text.\n")]
    [InlineData("    +---------------------------------------------------------------------------+\n")]
    [InlineData("****************************************************************************\n")]
    public void Long_rules_and_table_borders_stay_markdown(string text)
    {
        var document = DocumentReader.Read("a.md", new SourceText(text));
        document.Kind.ShouldBe(DocumentKind.Markdown);
        document.Notifications.ShouldBeEmpty();
    }

    [Fact]
    public void Ordinary_nesting_stays_markdown()
    {
        var document = DocumentReader.Read("a.md", new SourceText("> - quoted [link [text]](x)\n> - another\n"));
        document.Kind.ShouldBe(DocumentKind.Markdown);
        document.Notifications.ShouldBeEmpty();
    }
}
