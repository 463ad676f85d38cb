using System.CommandLine;
using System.Globalization;
using EditLint.Analysis;
using EditLint.Cli.Output;
using EditLint.Configuration;
using EditLint.HouseRules;
using EditLint.IO;
using EditLint.Rules;
using Microsoft.Extensions.FileSystemGlobbing;

namespace EditLint.Cli.Commands;

/// <summary><c>editlint check [paths…]</c>: lint files and folders and report in the chosen format.</summary>
public static class CheckCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var paths = new Argument<string[]>("paths") { Arity = ArgumentArity.ZeroOrMore, Description = "Files or folders to lint (default: the configured includes under the configuration's folder)." };
        paths.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(t => t.Value.StartsWith('-')))
            {
                result.AddError($"Unknown option '{token.Value}' (to lint a file whose name starts with '-', write ./{token.Value}).");
            }
        });
        var config = new Option<string?>("--config") { Description = "The configuration file (default: the nearest editlint.json upward, else the embedded defaults)." };
        var names = new Option<string[]>("--names") { Description = "A name list (JSON); repeat for several. Replaces the configured and default lists." };
        var format = new Option<string>("--format") { Description = "Output format.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "sarif");
        var output = new Option<string?>("--output", "-o") { Description = "Write the report to this file (atomically) instead of standard output." };
        var failLevel = new Option<string>("--fail-level") { Description = "Exit with 1 when a finding is at or above this level.", DefaultValueFactory = _ => "error" };
        failLevel.AcceptOnlyFromAmong("error", "warning", "note");
        var noColor = new Option<bool>("--no-color") { Description = "Never colour the text output." };
        var asOf = new Option<string?>("--as-of") { Description = "The date documents without a front matter date speak from (YYYY-MM-DD), for relative-time fixes." };

        var command = new Command("check", "Lint articles and report findings.") { paths, config, names, format, output, failLevel, noColor, asOf };
        command.SetAction(parse =>
        {
            DateOnly? date = null;
            if (parse.GetValue(asOf) is { } text)
            {
                if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                {
                    environment.Error.WriteLine($"editlint: --as-of '{text}' is not a date of the form YYYY-MM-DD.");
                    return ExitCodes.Failure;
                }

                date = parsed;
            }

            return Run(environment, new CheckOptions
            {
                Paths = parse.GetValue(paths) ?? [],
                ConfigPath = parse.GetValue(config),
                NameLists = parse.GetValue(names) ?? [],
                Format = parse.GetValue(format)!,
                OutputPath = parse.GetValue(output),
                FailLevel = ConfigurationLoader.ParseSeverity(parse.GetValue(failLevel)) ?? Severity.Error,
                NoColor = parse.GetValue(noColor),
                AsOf = date,
            });
        });
        return command;
    }

    public static int Run(CliEnvironment environment, CheckOptions options)
    {
        EditLintOptions configuration;
        HouseRuleSet houseRules;
        try
        {
            (configuration, houseRules) = HouseRuleConfiguration.Load(options.ConfigPath, environment.WorkingDirectory, RuleIds());
        }
        catch (ConfigurationException e)
        {
            foreach (var problem in e.Problems)
            {
                environment.Error.WriteLine(problem);
            }

            return ExitCodes.Failure;
        }

        var notifications = new List<ToolNotification>(houseRules.Problems);
        var nameLists = NameListPaths(configuration, options, environment.WorkingDirectory, notifications);
        var engine = new AnalyzerEngine(
            [.. BuiltInAnalyzers.Create(), .. houseRules.CreateAnalyzers()],
            configuration.ToAnalyzerOptions(nameLists, options.AsOf),
            (path, rule) => configuration.SeverityFor(path, rule),
            configuration.MaxFileSize);
        notifications.AddRange(engine.InitializationNotifications);

        var files = FileCollector.Collect(configuration, options.Paths, environment.WorkingDirectory, notifications);
        var results = engine.AnalyzeFiles(files);
        var report = new RunReport(configuration.Root, engine.Rules, results, notifications);

        if (!WriteReport(environment, options, report))
        {
            return ExitCodes.Failure;
        }

        return ExitCode(report, options.FailLevel);
    }

    private static int ExitCode(RunReport report, Severity failLevel)
    {
        bool runFailed = report.AllNotifications.Any(n => n.Level == Severity.Error);
        bool findings = report.Diagnostics.Any(x => !x.Diagnostic.IsSuppressed && x.Diagnostic.Severity >= failLevel);
        return runFailed ? ExitCodes.Failure : findings ? ExitCodes.Findings : ExitCodes.Clean;
    }

    private static bool WriteReport(CliEnvironment environment, CheckOptions options, RunReport report)
    {
        bool color = options.OutputPath is null && environment.OutputIsTerminal && !environment.NoColorRequested && !options.NoColor && options.Format == "text";
        var writer = new StringWriter { NewLine = "\n" };
        switch (options.Format)
        {
            default:
                new MsBuildFormatter(color).Write(report, writer);
                break;
        }

        if (options.OutputPath is null)
        {
            environment.Out.Write(writer.ToString());
            return true;
        }

        try
        {
            AtomicFile.WriteAllText(Path.GetFullPath(options.OutputPath, environment.WorkingDirectory), writer.ToString());
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            environment.Error.WriteLine(new ToolNotification(ToolRules.OutputError.Id, Severity.Error, $"The report could not be written to '{options.OutputPath}': {e.Message}", options.OutputPath));
            return false;
        }
    }

    private static HashSet<string> RuleIds() => [.. BuiltInAnalyzers.Rules.Select(r => r.Id)];

    private static IReadOnlyList<string> NameListPaths(EditLintOptions configuration, CheckOptions options, string workingDirectory, List<ToolNotification> notifications)
    {
        if (options.NameLists.Count > 0)
        {
            return [.. options.NameLists.Select(p => Path.GetFullPath(p, workingDirectory))];
        }

        if (configuration.Names.Count == 0)
        {
            return [];
        }

        var matcher = GlobMatcher.Create(configuration.Names, []);
        string[] found = [.. matcher.GetResultsInFullPath(configuration.Root).Order(StringComparer.Ordinal)];
        if (found.Length == 0)
        {
            notifications.Add(new ToolNotification(
                ToolRules.NameListError.Id,
                Severity.Error,
                $"The configured name lists ({string.Join(", ", configuration.Names)}) match no file under '{configuration.Root}'.",
                configuration.ConfigPath is null ? null : FileCollector.DisplayPath(workingDirectory, configuration.ConfigPath)));
        }

        return found;
    }
}
