using EditLint.Sarif;
using EditLint.Text;

namespace EditLint.Tests.Sarif;

// Test vectors from github/codeql-action src/fingerprints.test.ts; see README.md beside this file.
public class PrimaryLocationLineHashTests
{
    [Fact]
    public void Empty_file() =>
        PrimaryLocationLineHash.Compute(string.Empty).ShouldBe(["c129715d7a2bc9a3:1"]);

    [Fact]
    public void Short_lines_with_leading_blanks() =>
        PrimaryLocationLineHash.Compute(" a\nb\n  \t\tc\n d").ShouldBe(
            ["271789c17abda88f:1", "54703d4cd895b18:1", "180aee12dab6264:1", "a23a3dc5e078b07b:1"]);

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void Blank_lines_and_trailing_line_break_with_any_line_ending(string lineEnding) =>
        PrimaryLocationLineHash.Compute(" hello; \t\nworld!!!\n\n\n  \t\tGreetings\n End\n".ReplaceLineEndings(lineEnding)).ShouldBe(
        [
            "e9496ae3ebfced30:1", "fb7c023a8b9ccb3f:1", "ce8ba1a563dcdaca:1", "e20e36e16fcb0cc8:1",
            "b3edc88f2938467e:1", "c8e28b0b4002a3a0:1", "c129715d7a2bc9a3:1",
        ]);

    [Fact]
    public void Markdown_article_lines()
    {
        string text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "sarif-example", "summit.md"));
        var hashes = PrimaryLocationLineHash.Compute(text);
        hashes[8 - 1].ShouldBe("56c5838eaf969d9f:1");
        hashes[10 - 1].ShouldBe("348aa7e5e9ca873e:1");
    }

    [Fact]
    public void Lines_whose_first_hundred_characters_match_are_numbered()
    {
        string line = new('x', 150);
        var hashes = PrimaryLocationLineHash.Compute(line + "\n" + line + "\n");
        string hash = hashes[0].Split(':')[0];
        hashes[0].ShouldBe(hash + ":1");
        hashes[1].ShouldBe(hash + ":2");
    }

    [Fact]
    public void A_byte_order_mark_is_hashed_as_the_upload_action_reads_it()
    {
        var withBom = new SourceText("Title\n", TextEncodingKind.Utf8WithBom);
        PrimaryLocationLineHash.HashInput(withBom).ShouldBe("\uFEFFTitle\n");
        PrimaryLocationLineHash.HashInput(new SourceText("Title\n")).ShouldBe("Title\n");
    }
}
