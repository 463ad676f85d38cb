using System.CommandLine;
using System.CommandLine.Invocation;
using System.Reflection;

namespace EditLint.Cli;

/// <summary>Prints the tool's version to the environment's writer (the library's own action writes to the console).</summary>
public sealed class PrintVersionAction(CliEnvironment environment) : SynchronousCommandLineAction
{
    public static string Version =>
        typeof(PrintVersionAction).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    public override int Invoke(ParseResult parseResult)
    {
        environment.Out.WriteLine(Version);
        return ExitCodes.Clean;
    }
}
