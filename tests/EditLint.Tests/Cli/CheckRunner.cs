using EditLint.Analysis;
using EditLint.Cli;
using EditLint.Cli.Commands;
using EditLint.Rules;
using EditLint.Tests.TestAnalyzers;

namespace EditLint.Tests.Cli;

/// <summary>
/// Runs <c>editlint check</c> in process, in a temporary folder of its own (with an <c>editlint.json</c>), with
/// string writers for standard output and error, and the test analyzers unless told otherwise.
/// </summary>
public sealed class CheckRunner : IDisposable
{
    public CheckRunner()
    {
        Root = Path.Combine(Path.GetTempPath(), "editlint-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
        File.WriteAllText(Path.Combine(Root, "editlint.json"), """{ "include": ["**/*.md", "**/*.txt"] }""");
    }

    public string Root { get; }

    public static IReadOnlyList<Analyzer> TestAnalyzers => [new BananaAnalyzer(), new RepeatedWordAnalyzer()];

    public static IReadOnlyList<Analyzer> BuiltIn => BuiltInAnalyzers.Create();

    public string PathOf(string relative) => Path.Combine(Root, relative);

    public void Write(string relative, string text) => WriteBytes(relative, new System.Text.UTF8Encoding(false).GetBytes(text));

    public void WriteBytes(string relative, byte[] bytes)
    {
        string path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
    }

    public byte[] ReadBytes(string relative) => File.ReadAllBytes(PathOf(relative));

    /// <summary>Copies a folder of the test output (e.g. <c>Fixtures/sarif</c>) into the root, byte for byte.</summary>
    public void CopyFixture(string relativeToTestOutput)
    {
        string source = Path.Combine(AppContext.BaseDirectory, relativeToTestOutput);
        foreach (string file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            WriteBytes(Path.GetRelativePath(source, file), File.ReadAllBytes(file));
        }
    }

    public CheckRun Run(CheckOptions options, IReadOnlyList<Analyzer>? analyzers = null)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var environment = new CliEnvironment(output, error, Root, OutputIsTerminal: false, NoColorRequested: true);
        int exitCode = CheckCommand.Run(environment, options, analyzers ?? TestAnalyzers);
        return new CheckRun(exitCode, output.ToString(), error.ToString());
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless.
        }
    }
}

public sealed record CheckRun(int ExitCode, string Output, string Error);
