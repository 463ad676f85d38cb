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

    [Fact]
    public void A_file_whose_name_starts_with_a_dash_is_a_path_after_double_dash_or_when_it_exists_and_else_an_unknown_option()
    {
        // "--" was ignored: a staged "-draft.md" that pre-commit or a script passed after it failed the run (exit 2).
        runner.Write("-draft.md", "Masashiko Komura spoke.\n");

        var after = Run("check", "--", "-draft.md");
        var existing = Run("check", "-draft.md");
        var missing = Run("check", "-drafts.md");

        after.Code.ShouldBe(1, after.Error);
        after.Output.ShouldContain("-draft.md(1,1): error EL1001");
        existing.Code.ShouldBe(1, existing.Error); // pre-commit passes staged files with no "--" before them
        existing.Output.ShouldContain("-draft.md(1,1): error EL1001");
        missing.Code.ShouldBe(2);
        missing.Error.ShouldContain("Unknown option '-drafts.md' (to lint a file whose name starts with '-', write ./-drafts.md or put it after --).");
    }

    [Theory]
    [InlineData("--format", "sarif")]
    [InlineData("--output", "report.txt")]
    [InlineData("--fix", "--dry-run")]
    public void A_run_that_fails_says_why_on_standard_error_when_its_report_is_sarif_or_a_file_or_a_diff(string option, string value)
    {
        // The reason was only in the SARIF log, which a job that stops at exit code 2 never uploads: its log said only
        // that the run failed.
        runner.Write("a.md", "Fine.\n");

        var (code, _, error) = Run("check", "a.md", "nothere", option, value);

        code.ShouldBe(2);
        error.ShouldContain("nothere: error EL0005: 'nothere' does not exist.");
    }

    [Fact]
    public void A_dry_run_writes_its_diff_to_the_output_file_and_refuses_another_format()
    {
        // --output was ignored (the diff went to standard output) and --format sarif printed a diff.
        runner.Write("a.md", "Masashiko Komura spoke.\n");

        var toFile = Run("check", "--fix", "--dry-run", "--output", "fix.diff");
        var sarif = Run("check", "--fix", "--dry-run", "--format", "sarif");

        toFile.Output.ShouldBeEmpty();
        File.ReadAllText(Path.Combine(runner.Root, "fix.diff")).ShouldBe("--- a/a.md\n+++ b/a.md\n@@ -1 +1 @@\n-Masashiko Komura spoke.\n+Masahiko Komura spoke.\n");
        File.ReadAllText(Path.Combine(runner.Root, "a.md")).ShouldBe("Masashiko Komura spoke.\n");
        sarif.Code.ShouldBe(2);
        sarif.Error.ShouldContain("--dry-run prints a unified diff, not sarif; leave out --format (--output takes the diff).");
    }

    private (int Code, string Output, string Error) Run(params string[] args)
    {
        var run = CliRunner.Run(runner.Root, args);
        return (run.ExitCode, run.Out, run.Error);
    }
}
