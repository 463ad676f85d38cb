using EditLint.Sarif;
using EditLint.Text;

namespace EditLint.Tests.Sarif;

public class ResultFingerprintTests
{
    private const string Paragraph = "The banana was shipped on Monday, and by Friday a second banana had reached the port of Busan.";

    [Fact]
    public void Tells_apart_two_findings_of_one_rule_on_one_long_line()
    {
        int first = Paragraph.IndexOf("banana", StringComparison.Ordinal);
        int second = Paragraph.LastIndexOf("banana", StringComparison.Ordinal);
        var builder = new ResultFingerprint.Builder(Paragraph);
        string a = builder.Next("EL2999", new TextSpan(first, 6));
        string b = builder.Next("EL2999", new TextSpan(second, 6));
        a.ShouldNotBe(b);
        a.Split(':')[0].ShouldNotBe(b.Split(':')[0], "different context gives a different hash, not just a different count");
    }

    [Fact]
    public void Stays_the_same_when_lines_above_move_or_the_paragraph_is_rewrapped()
    {
        int offset = Paragraph.IndexOf("banana", StringComparison.Ordinal);
        string original = ResultFingerprint.Hash(Paragraph, "EL2999", new TextSpan(offset, 6));

        string moved = "# A new heading\n\nA new paragraph.\n\n" + Paragraph;
        ResultFingerprint.Hash(moved, "EL2999", new TextSpan(moved.IndexOf("banana", StringComparison.Ordinal), 6)).ShouldBe(original);

        string rewrapped = Paragraph.Replace("was shipped", "was\nshipped", StringComparison.Ordinal);
        ResultFingerprint.Hash(rewrapped, "EL2999", new TextSpan(rewrapped.IndexOf("banana", StringComparison.Ordinal), 6)).ShouldBe(original);
    }

    [Fact]
    public void Depends_on_the_rule_and_numbers_identical_findings()
    {
        const string text = "banana banana";
        ResultFingerprint.Hash(text, "EL2999", new TextSpan(0, 6)).ShouldNotBe(ResultFingerprint.Hash(text, "EL2001", new TextSpan(0, 6)));

        const string repeated = "x banana y\nx banana y\n";
        var builder = new ResultFingerprint.Builder(repeated);
        string one = builder.Next("EL2999", new TextSpan(2, 6));
        string two = builder.Next("EL2999", new TextSpan(13, 6));
        one.Split(':')[1].ShouldBe("1");
        two.ShouldNotBe(one);
    }
}
