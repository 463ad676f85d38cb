using EditLint.Analysis;
using EditLint.Text;

namespace EditLint.Tests.Analysis;

public class DiagnosticMessageTests
{
    [Theory]
    [InlineData("'{0}' is {1}", new[] { "x", "y" })]
    [InlineData("{1}{0}{1}", new[] { "a", "b" })]
    [InlineData("braces {{{0}}} and }}{{", new[] { "z" })]
    [InlineData("no holes", new string[0])]
    [InlineData("{0,5}|{0,-3}|{0:x}", new[] { "ab" })] // not plain: left to string.Format
    public void Writes_the_message_as_it_formats_it(string format, string[] arguments)
    {
        var rule = new RuleDescriptor("EL2998", "X", "T", format, RuleCategory.Claims, Severity.Warning, "D.", ["t"]);
        var diagnostic = new Diagnostic(rule, new TextSpan(0, 1), arguments);
        var written = new StringWriter();
        diagnostic.WriteMessage(written);
        written.ToString().ShouldBe(diagnostic.Message);
    }

    [Theory]
    [InlineData("{2}")]
    [InlineData("a } b")]
    [InlineData("a { b")]
    [InlineData("{ 0}")]
    public void A_bad_format_fails_as_string_Format_does(string format)
    {
        var rule = new RuleDescriptor("EL2998", "X", "T", format, RuleCategory.Claims, Severity.Warning, "D.", ["t"]);
        var diagnostic = new Diagnostic(rule, new TextSpan(0, 1), "only");
        Should.Throw<FormatException>(() => diagnostic.WriteMessage(new StringWriter()));
    }

    [Fact]
    public void A_null_string_argument_is_empty_text()
    {
        var rule = new RuleDescriptor("EL2998", "X", "T", "[{0}]", RuleCategory.Claims, Severity.Warning, "D.", ["t"]);
        new Diagnostic(rule, new TextSpan(0, 1), [null!]).Message.ShouldBe("[]");
    }
}
