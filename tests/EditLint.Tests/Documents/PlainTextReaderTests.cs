using EditLint.Documents;
using EditLint.Text;

namespace EditLint.Tests.Documents;

public class PlainTextReaderTests
{
    [Fact]
    public void Splits_paragraphs_on_blank_lines()
    {
        var document = PlainTextReader.Read("a.txt", new SourceText("First line\nwraps here.\n\nSecond paragraph.\n"));
        document.Blocks.Count.ShouldBe(2);
        document.Sentences.Count.ShouldBe(2);
    }

    [Fact]
    public void Treats_each_long_line_as_a_paragraph_so_a_title_does_not_join_the_first_sentence()
    {
        string body = string.Concat(Enumerable.Repeat("This sentence is long enough to show the file is not hard-wrapped. ", 3));
        var document = PlainTextReader.Read("a.txt", new SourceText($"A Title Without A Stop\n{body}\n"));
        document.Blocks.Count.ShouldBe(2);
        document.ProseText.Substring(document.Sentences[0].Span.Start, document.Sentences[0].Span.Length).ShouldBe("A Title Without A Stop");
    }

    [Fact]
    public void Directive_lines_are_comments_not_prose()
    {
        var document = PlainTextReader.Read("a.txt", new SourceText("editlint-disable-next-line EL2002\nIt rained recently.\n"));
        document.Comments.ShouldHaveSingleItem().Content.ShouldBe("editlint-disable-next-line EL2002");
        document.Sentences.ShouldHaveSingleItem();
    }
}
