using System.Diagnostics;

namespace EditLint.Tests.Cli;

/// <summary>A few runs of the real executable: exit codes, streams and colour as a user's shell sees them.</summary>
public class ProcessTests
{
    private static CliRun RunProcess(string workingDirectory, IDictionary<string, string?>? environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "EditLint.Cli.dll"));
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string?>())
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        string error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return new CliRun(process.ExitCode, output.Result, error);
    }

    [Fact]
    public void A_clean_folder_exits_0_without_colour_when_redirected()
    {
        string folder = CliRunner.NewFolder();
        File.WriteAllText(Path.Combine(folder, "a.md"), "Words.\n");

        var run = RunProcess(folder, null, "check");

        run.ExitCode.ShouldBe(0);
        run.Out.ShouldBe("No findings in 1 file; configuration: built-in defaults.\n");
        run.Out.ShouldNotContain("\u001b[");
    }

    [Fact]
    public void A_broken_configuration_exits_2_with_one_line_and_no_stack_trace()
    {
        string folder = CliRunner.NewFolder();
        File.WriteAllText(Path.Combine(folder, "editlint.json"), "{ \"include\": [ }");

        var run = RunProcess(folder, new Dictionary<string, string?> { ["NO_COLOR"] = "1" }, "check");

        run.ExitCode.ShouldBe(2);
        run.Error.Trim().Split('\n').ShouldHaveSingleItem().ShouldStartWith("editlint.json(1,");
        run.Error.ShouldNotContain("   at ");
    }

    [Fact]
    public void A_usage_error_exits_2()
    {
        var run = RunProcess(CliRunner.NewFolder(), null, "check", "--format", "pdf");
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("pdf");
    }
}
