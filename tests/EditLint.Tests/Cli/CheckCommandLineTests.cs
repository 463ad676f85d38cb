namespace EditLint.Tests.Cli;

/// <summary>The check command's new options through the real command line (built-in rules, a temporary folder).</summary>
public sealed class CheckCommandLineTests : IDisposable
{
    private readonly CheckRunner runner = new();

    public void Dispose() => runner.Dispose();

    [Fact]
    public void Sarif_options_parse()
    {
        runner.Write("a.md", "# Title\n\nNothing to see.\n");
        var (code, output, error) = Run("check", "a.md", "--format", "sarif", "--sarif-category", "docs", "--sarif-without-suppressed", "--sarif-root-uri");
        code.ShouldBe(0, error);
        output.ShouldContain("\"id\": \"docs/\"");
        output.ShouldContain($"\"uri\": \"{new Uri(runner.Root + "/").AbsoluteUri}\"");
    }

    [Fact]
    public void Github_format_and_fix_options_parse()
    {
        runner.Write("a.md", "# Title\n\nNothing to see.\n");
        Run("check", "--format", "github").Code.ShouldBe(0);
        Run("check", "--fix", "--dry-run").Code.ShouldBe(0);
        Run("check", "--dry-run").Code.ShouldBe(2);
    }

    [Fact]
    public void A_root_uri_that_is_not_a_file_uri_is_refused()
    {
        var (code, _, error) = Run("check", "--format", "sarif", "--sarif-root-uri", "articles");
        code.ShouldBe(2);
        error.ShouldContain("not an absolute file: URI");
    }

    private (int Code, string Output, string Error) Run(params string[] args)
    {
        var run = CliRunner.Run(runner.Root, args);
        return (run.ExitCode, run.Out, run.Error);
    }
}
