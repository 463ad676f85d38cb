using EditLint.Text;

namespace EditLint.Tests.Text;

public class LineMapTests
{
    [Theory]
    [InlineData("a\nb\nc", 4, 2, 0)]
    [InlineData("a\r\nb\r\nc", 6, 2, 0)]
    [InlineData("a\rb\rc", 4, 2, 0)]
    [InlineData("a\r\n\nb", 4, 2, 0)]
    [InlineData("ab", 2, 0, 2)]
    public void Maps_offsets_to_lines_for_every_line_ending(string text, int offset, int line, int column) =>
        new LineMap(text).GetPosition(offset).ShouldBe(new LinePosition(line, column));

    [Fact]
    public void Counts_columns_in_utf16_code_units_after_a_surrogate_pair()
    {
        // "😀" is two UTF-16 code units, so the word after it starts at column 3 (0-based).
        var map = new LineMap("😀 word");
        map.GetPosition(3).ShouldBe(new LinePosition(0, 3));
    }

    [Fact]
    public void Line_end_excludes_the_line_break()
    {
        const string text = "first\r\nsecond";
        var map = new LineMap(text);
        map.LineCount.ShouldBe(2);
        map.GetLineEnd(0, text).ShouldBe(5);
        map.GetLineEnd(1, text).ShouldBe(text.Length);
    }

    [Fact]
    public void Rejects_an_offset_outside_the_text() =>
        Should.Throw<ArgumentOutOfRangeException>(() => new LineMap("abc").GetPosition(4));
}
