using EditLint.Analysis;
using EditLint.Cli.Commands;
using EditLint.Cli.Output;
using EditLint.Tests.Sarif;

namespace EditLint.Tests.Cli;

public sealed class GitHubFormatTests : IDisposable
{
    private readonly CheckRunner runner = new();

    public void Dispose() => runner.Dispose();

    [Fact]
    public void Writes_one_workflow_command_per_notification_and_unsuppressed_finding()
    {
        SarifTestArticles.WriteAll(runner);
        var result = runner.Run(new CheckOptions { Format = "github", Paths = ["articles/fruit.md", "articles/scan.txt"] });
        result.ExitCode.ShouldBe(0);
        result.Output.ShouldBe("""
            ::warning file=articles/scan.txt,title=EL0002 BinaryFile::'articles/scan.txt' is binary (it holds NUL bytes); it was not linted.
            ::warning file=articles/fruit.md,line=3,col=3,endLine=3,endColumn=9,title=EL2999 Banana::'banana' is a banana
            ::warning file=articles/fruit.md,line=3,col=59,endLine=3,endColumn=65,title=EL2999 Banana::'banana' is a banana
            ::notice file=articles/fruit.md,line=3,col=99,endLine=3,endColumn=103,title=EL1998 RepeatedKiwi::'kiwi' repeats the kiwi on line 3
            ::notice file=articles/fruit.md,line=8,col=15,endLine=8,endColumn=19,title=EL1998 RepeatedKiwi::'kiwi' repeats the kiwi on line 3

            """.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Escapes_properties_and_message_as_the_runner_expects() =>
        GitHubAnnotationFormatter.Command(Severity.Error, [("file", "a,b:c.md"), ("title", "50% off")], "line one\nline two: 100%")
            .ShouldBe("::error file=a%2Cb%3Ac.md,title=50%25 off::line one%0Aline two: 100%25\n");
}
