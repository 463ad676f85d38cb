using EditLint.Cli;

namespace EditLint.Tests.Cli;

public class ColorTests
{
    private static string Run(bool terminal, bool noColorEnvironment, params string[] extra)
    {
        string folder = CliRunner.NewFolder();
        File.WriteAllBytes(Path.Combine(folder, "b.md"), [0]);
        var output = new StringWriter();
        CliApp.Run(["check", .. extra], new CliEnvironment(output, new StringWriter(), folder, terminal, noColorEnvironment));
        return output.ToString();
    }

    [Fact]
    public void Colours_only_on_a_terminal() =>
        Run(terminal: true, noColorEnvironment: false).ShouldContain("\u001b[33m");

    [Fact]
    public void Never_colours_when_redirected() =>
        Run(terminal: false, noColorEnvironment: false).ShouldNotContain("\u001b[");

    [Fact]
    public void Never_colours_when_NO_COLOR_is_set() =>
        Run(terminal: true, noColorEnvironment: true).ShouldNotContain("\u001b[");

    [Fact]
    public void Never_colours_with_no_color() =>
        Run(true, false, "--no-color").ShouldNotContain("\u001b[");
}
