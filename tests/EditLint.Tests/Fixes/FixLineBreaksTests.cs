using EditLint.Fixes;

namespace EditLint.Tests.Fixes;

public class FixLineBreaksTests
{
    [Theory]
    [InlineData("Masashiko\nKomura", "Masahiko Komura", "Masahiko\nKomura")]
    [InlineData("Masashiko\r\n  Komura", "Masahiko Komura", "Masahiko\r\n  Komura")]
    [InlineData("cell\nphone", "cellphone", "cellphone")]
    [InlineData("United\nNations", "U.\u00A0N.", "U.\u00A0N.")] // a no-break space the replacement asks for is kept
    [InlineData("Masashiko Komura", "Masahiko Komura", "Masahiko Komura")]
    public void Line_breaks_between_words_are_kept_when_the_words_match_one_for_one(string replaced, string replacement, string expected) =>
        FixLineBreaks.Keep(replaced, replacement).ShouldBe(expected);
}
