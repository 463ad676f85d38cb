using EditLint.Cli;

namespace EditLint.Tests.Cli;

/// <summary>Runs the CLI in process with captured output, in a folder of the test's own.</summary>
public sealed record CliRun(int ExitCode, string Out, string Error);

public static class CliRunner
{
    public static CliRun Run(string workingDirectory, params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        int code = CliApp.Run(args, new CliEnvironment(output, error, workingDirectory, OutputIsTerminal: false, NoColorRequested: false));
        return new CliRun(code, output.ToString(), error.ToString());
    }

    public static string NewFolder() => Directory.CreateTempSubdirectory("editlint-cli-").FullName;
}
