using EditLint.Tests.Cli;

namespace EditLint.Tests.Fixes;

/// <summary>
/// A fix rewrites words, never Markdown markup: a fix whose words ran across a link's bracket or an emphasis mark
/// rewrote "*Masashiko* Komura" as "*Masahiko Komura" and "[cell](url) phone" as "[cellphone", and a fix of a reference
/// link's text broke the link when the text was also its label. The finding stays; only its fix is withheld.
/// </summary>
public class MarkupFixTests
{
    [Theory]
    [InlineData("*Masashiko* Komura met reporters.\n")]
    [InlineData("**Masashiko Komura**, the minister, and Masashiko [Komura](https://example.com/k) met.\n")]
    [InlineData("Masashiko\\\nKomura met reporters.\n")]
    [InlineData("[Masashiko Komura][] met reporters.\n\n[Masashiko Komura]: https://example.com/komura\n")]
    [InlineData("[Masashiko Komura] met reporters.\n\n[Masashiko Komura]: https://example.com/komura\n")]
    public void A_fix_across_markup_or_in_a_reference_label_is_withheld_and_the_finding_stays(string article)
    {
        string folder = CliRunner.NewFolder();
        File.WriteAllText(Path.Combine(folder, "a.md"), article);

        var run = CliRunner.Run(folder, "check", "a.md", "--fix");

        File.ReadAllText(Path.Combine(folder, "a.md")).ShouldBe(article.Replace("**Masashiko Komura**", "**Masahiko Komura**", StringComparison.Ordinal));
        run.Out.ShouldContain("error EL1001: 'Masashiko");
    }

    [Theory]
    [InlineData("[Masashiko Komura](https://example.com/komura) met reporters.\n", "[Masahiko Komura](https://example.com/komura) met reporters.\n")]
    [InlineData("[Masashiko Komura][k] met reporters.\n\n[k]: https://example.com/komura\n", "[Masahiko Komura][k] met reporters.\n\n[k]: https://example.com/komura\n")]
    [InlineData("We met\nMasashiko\nKomura today.\n", "We met\nMasahiko\nKomura today.\n")]
    [InlineData("We met\r\nMasashiko\r\n  Komura today.\r\n", "We met\r\nMasahiko\r\n  Komura today.\r\n")]
    public void A_fix_inside_an_inline_or_full_reference_link_or_over_a_line_break_is_made(string article, string expected)
    {
        string folder = CliRunner.NewFolder();
        File.WriteAllText(Path.Combine(folder, "a.md"), article);

        var run = CliRunner.Run(folder, "check", "a.md", "--fix");

        File.ReadAllText(Path.Combine(folder, "a.md")).ShouldBe(expected);
        run.ExitCode.ShouldBe(0);
    }
}
