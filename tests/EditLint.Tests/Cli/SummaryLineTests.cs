using EditLint.Cli.Commands;
using EditLint.Rules.Names;
using EditLint.Tests.TestAnalyzers;

namespace EditLint.Tests.Cli;

/// <summary>The summary line counts each kind of finding in plain English (no inflection library).</summary>
public sealed class SummaryLineTests : IDisposable
{
    private readonly CheckRunner runner = new();

    public void Dispose() => runner.Dispose();

    [Fact]
    public void Three_kinds_of_finding_are_counted_and_listed()
    {
        runner.Write("a.md", "A banana. Another banana.\n");
        runner.Write("b.md", "Masashiko Komura spoke.\n");
        runner.Write("c.md", "A kiwi. Another kiwi.\n");

        var run = runner.Run(new CheckOptions(), [new BananaAnalyzer(), new RepeatedWordAnalyzer(), new NameAnalyzer()]);

        run.Error.ShouldBeEmpty();
        run.Output.ShouldEndWith("\n1 error, 2 warnings and 1 note in 3 files; configuration: editlint.json.\n");
    }
}
