using CsCheck;
using EditLint.Documents;
using EditLint.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace EditLint.Tests.Documents;

public class MarkdownReaderTests
{
    private static Document Read(string markdown) => MarkdownReader.Read("a.md", new SourceText(markdown));

    [Fact]
    public void Only_prose_is_kept_and_offsets_are_unchanged()
    {
        const string markdown = "# Title\n\nSee `code here` and [the link text](https://example.org/x).\n\n```\nfenced code\n```\n\n    indented code\n\n<div>raw html</div>\n";
        var document = Read(markdown);
        document.ProseText.Length.ShouldBe(markdown.Length);
        document.ProseText.ShouldContain("Title");
        document.ProseText.ShouldContain("the link text");
        document.ProseText.ShouldNotContain("code here");
        document.ProseText.ShouldNotContain("example.org");
        document.ProseText.ShouldNotContain("fenced");
        document.ProseText.ShouldNotContain("indented");
        document.ProseText.ShouldNotContain("raw html");
        int at = markdown.IndexOf("the link text", StringComparison.Ordinal);
        document.ProseText.Substring(at, 13).ShouldBe("the link text");
    }

    [Theory]
    [InlineData("Call `f()` first.", true)]
    [InlineData("Run it:\n\n```sh\nmake\n```\n", true)]
    [InlineData("---\ndate: 2016-01-15\n---\n\nThe council met.\n", false)]
    [InlineData("The council met.\n\n    An indented paragraph.\n", false)]
    [InlineData("The council met <code>today</code>.", false)]
    public void Has_code_only_with_a_fenced_block_or_inline_code(string markdown, bool hasCode) =>
        Read(markdown).HasCode.ShouldBe(hasCode);

    [Fact]
    public void Reads_headings_list_items_quotes_tables_and_image_alt_text()
    {
        const string markdown = "## A heading\n\n- a list item\n\n> a quoted line\n\n| head |\n|------|\n| a cell |\n\n![alt words](pic.png)\n";
        var document = Read(markdown);
        var sentences = document.Sentences.Select(s => document.ProseText.Substring(s.Span.Start, s.Span.Length)).ToArray();
        sentences.ShouldBe(["A heading", "a list item", "a quoted line", "head", "a cell", "alt words"]);
        document.Blocks[0].Kind.ShouldBe(ProseBlockKind.Heading);
        document.Blocks.Single(b => b.IsInBlockQuote).Kind.ShouldBe(ProseBlockKind.Paragraph);
        document.Blocks.Count(b => b.Kind == ProseBlockKind.TableCell).ShouldBe(2);
    }

    [Theory]
    [InlineData("*", "*")]
    [InlineData("**", "**")]
    [InlineData("_", "_")]
    public void Emphasis_nested_fifty_thousand_levels_deep_is_read_without_ending_the_run(string open, string close)
    {
        string markdown = string.Concat(Enumerable.Repeat(open, 50_000)) + "the most important partner" + string.Concat(Enumerable.Repeat(close, 50_000)) + "\n";
        var document = Read(markdown);
        document.Kind.ShouldBe(DocumentKind.Markdown);
        document.ProseText.Trim().ShouldBe("the most important partner");
    }

    [Fact]
    public void Bare_urls_are_not_prose_but_count_as_links()
    {
        const string markdown = "Read https://example.org/most-important today.";
        var document = Read(markdown);
        document.ProseText.ShouldNotContain("example.org");
        document.Links.ShouldContain(l => l.Kind == LinkKind.AutoLink);
    }

    [Theory]
    [InlineData("Write to mailto:desk@example.org today.", "mailto:desk@example.org")]
    [InlineData("See www.example.org/figures today.", "www.example.org/figures")]
    [InlineData("Call tel:+1-555-0100 today.", "tel:+1-555-0100")]
    [InlineData("(ftp://files.example.org/a) today.", "ftp://files.example.org/a")]
    [InlineData("*https://example.org/most* today.", "https://example.org/most")]
    [InlineData("Filed as http://bugs.example.org/show\\_bug.cgi?id=65612 today.", "http://bugs.example.org/show\\_bug.cgi?id=65612")]
    [InlineData("See **https://example.org** today.", "https://example.org")]
    [InlineData("See *http://example.com*, today.", "http://example.com")]
    [InlineData("See _www.example.com_, today.", "www.example.com")]
    public void A_bare_url_is_one_autolink_and_no_prose(string markdown, string url)
    {
        var document = Read(markdown);
        var link = document.Links.ShouldHaveSingleItem();
        link.Kind.ShouldBe(LinkKind.AutoLink);
        markdown.Substring(link.Span.Start, link.Span.Length).ShouldBe(url);
        document.GetText(link.Span).IsWhiteSpace().ShouldBeTrue();
        document.ProseText.ShouldContain("today.");
    }

    [Theory]
    [InlineData("The http:// prefix is old.")]
    [InlineData("The www.example host has no dot after its name.")]
    [InlineData("Mail mailto:desk is not an address.")]
    [InlineData("Nohttp://example.org has a letter before it.")]
    [InlineData("Code `https://example.org` is not prose.")]
    public void Text_that_only_looks_like_a_url_is_no_autolink(string markdown)
    {
        var document = Read(markdown);
        document.Links.ShouldNotContain(l => l.Kind == LinkKind.AutoLink);
    }

    [Fact]
    public void Bare_urls_are_the_links_Markdigs_autolink_extension_makes()
    {
        // The extension, left out of the pipeline for speed, is the reference. The text has no emphasis, brackets,
        // code or angle brackets: around those the two differ at the edges (see BareUrls).
        var extension = new MarkdownPipelineBuilder().UsePreciseSourceLocation().UseAutoLinks().Build();
        var fragments = Gen.OneOfConst(
            "http://", "https://", "HTTP://", "ftp://", "mailto:", "tel:", "www.", "example", "org", "a", "b.", ".com", "x@y.org",
            "@", " ", " ", "\n", "(", ")", "/", ".", ",", ":", "-", "\\", "!", "?", "&", "#", "'", "\u2019", "é", "1");
        fragments.Array[1, 14].Select(string.Concat).Sample(text =>
        {
            var expected = Markdown.Parse(text, extension).Descendants<LinkInline>()
                .Where(link => link.IsAutoLink)
                .Select(link => (link.Span.Start, End: link.Span.End + 1));
            var found = Read(text).Links.Where(link => link.Kind == LinkKind.AutoLink).Select(link => (link.Span.Start, link.Span.End));
            found.ShouldBe(expected);
        }, iter: 20_000);
    }

    [Fact]
    public void A_link_destination_is_one_link_not_also_an_autolink()
    {
        var document = Read("Read [the report](https://example.org/report) today.");
        document.Links.ShouldHaveSingleItem().Kind.ShouldBe(LinkKind.Link);
    }

    [Fact]
    public void Reads_the_front_matter_date_and_skips_the_front_matter()
    {
        var document = Read("---\ntitle: \"Recently\"\ndate: 2016-01-15\n---\n\nText.\n");
        document.Date.ShouldBe(new DateOnly(2016, 1, 15));
        document.ProseText.ShouldNotContain("Recently");
    }

    [Fact]
    public void A_bad_front_matter_date_is_a_problem_at_its_position()
    {
        const string markdown = "---\ndate: next Tuesday\n---\n\nText.\n";
        var document = Read(markdown);
        document.Date.ShouldBeNull();
        var problem = document.Notifications.ShouldHaveSingleItem();
        problem.Id.ShouldBe("EL0007");
        problem.Span.Start.ShouldBe(markdown.IndexOf("next", StringComparison.Ordinal));
    }

    [Fact]
    public void Footnote_references_are_links()
    {
        var document = Read("The largest city.[^1]\n\n[^1]: Census.\n");
        document.Links.ShouldContain(l => l.Kind == LinkKind.Footnote);
    }

    [Fact]
    public void Directive_comments_are_collected_but_other_comments_are_not()
    {
        var document = Read("<!-- editlint-disable EL2001 -- quoting a press release -->\n\nText <!-- just a note --> here.\n");
        document.Comments.ShouldHaveSingleItem().Content.ShouldBe("editlint-disable EL2001 -- quoting a press release");
    }
}
