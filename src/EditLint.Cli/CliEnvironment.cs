namespace EditLint.Cli;

/// <summary>Where a command writes and which folder it runs in; tests pass string writers and a temporary folder.</summary>
public sealed record CliEnvironment(TextWriter Out, TextWriter Error, string WorkingDirectory, bool OutputIsTerminal, bool NoColorRequested)
{
    public static CliEnvironment FromConsole() => new(
        Console.Out,
        Console.Error,
        Directory.GetCurrentDirectory(),
        !Console.IsOutputRedirected,
        !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")));
}
