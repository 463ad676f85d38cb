using EditLint.Documents;
using EditLint.Text;

namespace EditLint.Tests.Documents;

public class SentenceSplitterTests
{
    [Theory]
    [InlineData("Mr. Lavrov spoke. He left.", "Mr. Lavrov spoke.|He left.")]
    [InlineData("Dr. Kim met St. John on Jan. 12 in the U.S. Capitol.", "Dr. Kim met St. John on Jan. 12 in the U.S. Capitol.")]
    [InlineData("The U.N. Security Council met. It voted.", "The U.N. Security Council met.|It voted.")]
    [InlineData("J. K. Rowling wrote it. Then she rested.", "J. K. Rowling wrote it.|Then she rested.")]
    [InlineData("Growth was 3.5 percent. It fell.", "Growth was 3.5 percent.|It fell.")]
    [InlineData("He paused... Then he spoke.", "He paused... Then he spoke.")]
    [InlineData("She said “We will win. We are strong.” Then she left.", "She said “We will win. We are strong.”|Then she left.")]
    [InlineData("Is it over? Yes! It is.", "Is it over?|Yes!|It is.")]
    [InlineData("It ended (finally.) Next came more.", "It ended (finally.)|Next came more.")]
    [InlineData("no capital. after this", "no capital. after this")]
    public void Splits_at_sentence_ends_only(string text, string expected)
    {
        var sentences = Split(text);
        string.Join("|", sentences).ShouldBe(expected);
    }

    [Fact]
    public void An_unclosed_quotation_mark_does_not_swallow_the_paragraph() =>
        string.Join("|", Split("He said “never. It rained. We left.")).ShouldBe("He said “never.|It rained.|We left.");

    private static List<string> Split(string text)
    {
        var quotations = new List<TextSpan>();
        var block = new TextSpan(0, text.Length);
        QuotationFinder.Find(text, block, quotations);
        var spans = new List<TextSpan>();
        SentenceSplitter.Split(text, block, quotations, spans);
        return [.. spans.Select(s => text.Substring(s.Start, s.Length))];
    }
}
