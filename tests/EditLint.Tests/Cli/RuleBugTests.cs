using EditLint.Cli.Commands;
using EditLint.Tests.TestAnalyzers;

namespace EditLint.Tests.Cli;

/// <summary>What a user sees when a rule has a bug: EL0009 naming the rule, exit code 2, and no silent gaps.</summary>
public sealed class RuleBugTests : IDisposable
{
    private readonly CheckRunner runner = new();

    public void Dispose() => runner.Dispose();

    [Fact]
    public void A_rule_that_throws_is_named_in_the_output_and_the_run_fails()
    {
        runner.Write("a.md", "A banana.\n");

        var run = runner.Run(new CheckOptions(), [new FaultyAnalyzers.Throwing(), new BananaAnalyzer()]);

        run.Output.ShouldContain("a.md(1,1): error EL0009: The rule EL2998 (Throwing) failed on 'a.md' (InvalidOperationException: boom)");
        run.Output.ShouldContain("a.md(1,3): warning EL2999: 'banana' is a banana");
        run.ExitCode.ShouldBe(2);
    }

    [Fact]
    public void A_fix_outside_the_text_is_reported_naming_the_rule_and_fix_leaves_the_file_alone()
    {
        runner.Write("a.md", "A banana.\n");

        var run = runner.Run(new CheckOptions { Fix = true }, [new FaultyAnalyzers.FixOutsideText()]);

        run.Output.ShouldContain("a.md(1,3): error EL0009: The rule EL2994 (FixOutsideText) reported EL2994 at [2..8) with a fix at [2..12), outside the text (length 10), in 'a.md'; the finding was left out.");
        System.Text.Encoding.UTF8.GetString(runner.ReadBytes("a.md")).ShouldBe("A banana.\n");
        run.ExitCode.ShouldBe(2);
    }
}
