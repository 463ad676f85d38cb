using System.CommandLine;
using System.CommandLine.Help;
using EditLint.Cli.Commands;

namespace EditLint.Cli;

/// <summary>Builds the command tree and runs it with explicit exit codes: parse errors and unexpected exceptions give 2.</summary>
public static class CliApp
{
    public static int Run(string[] args, CliEnvironment environment)
    {
        // Standard error flushes the report before each message through the watched writer, so that a report lost in
        // that flush is known too.
        var output = new WatchedOutput(environment.Out);
        environment = environment with { Out = output, Error = environment.Error is ErrorAfterOutput afterOutput ? afterOutput.After(output) : environment.Error };

        // A command named "editlint" rather than a RootCommand: a RootCommand is named after the executable, and run as
        // `dotnet EditLint.Cli.dll` (the portable package, `dotnet run`) its help said "Usage: EditLint.Cli".
        var root = new Command("editlint", "EditLint checks articles before they are published: names against an authoritative list, unsupported superlatives, undated claims.")
        {
            new HelpOption(),
            new VersionOption(),
        };
        // After "--" every word is a path, as POSIX utilities read it: pre-commit and scripts pass file names that way.
        var literalPaths = args.SkipWhile(a => a != "--").Skip(1).ToHashSet(StringComparer.Ordinal);
        root.Subcommands.Add(CheckCommand.Create(environment, literalPaths));
        root.Subcommands.Add(RulesCommand.Create(environment));
        root.Subcommands.Add(InitCommand.Create(environment));
        root.Subcommands.Add(TestRulesCommand.Create(environment));
        root.Subcommands.Add(NamesCommand.Create(environment));
        root.Subcommands.Add(LspCommand.Create(environment));
        foreach (var version in root.Options.OfType<VersionOption>())
        {
            version.Action = new PrintVersionAction(environment);
        }

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                environment.Error.WriteLine($"editlint: {error.Message}");
            }

            environment.Error.WriteLine("Run 'editlint --help' for usage.");
            return ExitCodes.Failure;
        }

        int exitCode;
        try
        {
            exitCode = parsed.Invoke(new InvocationConfiguration
            {
                Output = environment.Out,
                Error = environment.Error,
                EnableDefaultExceptionHandler = false,
            });
        }
        catch (Exception e)
        {
            FlushWhatWasWritten(environment);
            environment.Error.WriteLine(output.Failure is { } failure
                ? $"editlint: the output could not be written: {failure.Message}"
                : $"editlint: internal error: {e.GetType().Name}: {e.Message}");
            return ExitCodes.Failure;
        }

        try
        {
            environment.Out.Flush();
        }
        catch (IOException)
        {
            // Recorded by the watched output; said below.
        }

        if (output.Failure is { } lost)
        {
            environment.Error.WriteLine($"editlint: the output could not be written: {lost.Message}");
            return ExitCodes.Failure;
        }

        return exitCode;
    }

    private static void FlushWhatWasWritten(CliEnvironment environment)
    {
        try
        {
            environment.Out.Flush();
        }
        catch (IOException)
        {
            // The output is gone; the error below still says what happened.
        }
    }
}
