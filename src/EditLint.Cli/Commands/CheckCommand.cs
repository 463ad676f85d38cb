using System.CommandLine;
using System.Globalization;
using EditLint.Analysis;
using EditLint.Cli.Output;
using EditLint.Configuration;
using EditLint.Fixes;
using EditLint.Hosting;
using EditLint.IO;
using EditLint.Rules;
using EditLint.Sarif;

namespace EditLint.Cli.Commands;

/// <summary><c>editlint check [paths…]</c>: lint files and folders and report in the chosen format.</summary>
public static class CheckCommand
{
    /// <param name="environment">The process's streams, folders and terminal.</param>
    /// <param name="literalPaths">The words after "--" on the command line: paths even when they start with '-'.</param>
    public static Command Create(CliEnvironment environment, IReadOnlySet<string> literalPaths)
    {
        var paths = new Argument<string[]>("paths") { Arity = ArgumentArity.ZeroOrMore, Description = "Files or folders to lint (default: the configured includes under the configuration's folder)." };
        paths.Validators.Add(result =>
        {
            // A word that names a file or folder is a path: pre-commit passes a staged "-draft.md" with no "--" before it.
            foreach (var token in result.Tokens.Where(t => t.Value.StartsWith('-') && !literalPaths.Contains(t.Value) && !Path.Exists(Path.Combine(environment.WorkingDirectory, t.Value))))
            {
                result.AddError($"Unknown option '{token.Value}' (to lint a file whose name starts with '-', write ./{token.Value} or put it after --).");
            }
        });
        var config = new Option<string?>("--config") { Description = "The configuration file (default: the nearest editlint.json upward from the paths, else the embedded defaults)." };
        var names = new Option<string[]>("--names") { Description = "A name list (JSON); repeat for several. Replaces the configured and default lists." };
        var format = new Option<string>("--format") { Description = "Output format.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "sarif", "github");
        var output = new Option<string?>("--output", "-o") { Description = "Write the report to this file (atomically) instead of standard output." };
        var failLevel = new Option<string>("--fail-level") { Description = "Exit with 1 when a finding is at or above this level.", DefaultValueFactory = _ => "error" };
        failLevel.AcceptOnlyFromAmong("error", "warning", "note");
        var noColor = new Option<bool>("--no-color") { Description = "Never colour the text output." };
        var asOf = new Option<string?>("--as-of") { Description = "The date documents without a front matter date speak from (YYYY-MM-DD), for relative-time fixes." };
        var sarifCategory = new Option<string?>("--sarif-category") { Description = "SARIF: the code scanning category (runAutomationDetails), for several uploads per commit." };
        var sarifWithoutSuppressed = new Option<bool>("--sarif-without-suppressed") { Description = "SARIF: leave suppressed findings out (GitHub shows them as open alerts)." };
        var sarifRootUri = new Option<string?>("--sarif-root-uri") { Description = "SARIF: write the absolute root (this URI, or the working folder) for viewers with no workspace folder.", Arity = ArgumentArity.ZeroOrOne };
        var sarifMaxResults = new Option<int>("--sarif-max-results") { Description = "SARIF: at most this many results, the most severe first (GitHub refuses more than 25,000 per run).", DefaultValueFactory = _ => SarifResultLimit.GitHubMaxResults };
        var fix = new Option<bool>("--fix") { Description = "Apply the safe fixes to the files, in place and atomically." };
        var dryRun = new Option<bool>("--dry-run") { Description = "With --fix: print the changes as a unified diff and write nothing." };
        var unsafeFixes = new Option<bool>("--unsafe-fixes") { Description = "With --fix: also apply the fixes rules do not mark safe (near-miss names); check them first." };

        var command = new Command("check", "Lint articles and report findings.")
        {
            paths, config, names, format, output, failLevel, noColor, asOf, sarifCategory, sarifWithoutSuppressed, sarifRootUri, sarifMaxResults, fix, dryRun, unsafeFixes,
        };
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
                SarifCategory = parse.GetValue(sarifCategory),
                SarifWithoutSuppressed = parse.GetValue(sarifWithoutSuppressed),
                SarifRootUri = parse.GetResult(sarifRootUri) is not null,
                SarifRootUriValue = parse.GetValue(sarifRootUri),
                SarifMaxResults = parse.GetValue(sarifMaxResults),
                SarifMaxResultsGiven = parse.GetResult(sarifMaxResults) is { Implicit: false },
                Fix = parse.GetValue(fix),
                DryRun = parse.GetValue(dryRun),
                UnsafeFixes = parse.GetValue(unsafeFixes),
            });
        });
        return command;
    }

    public static int Run(CliEnvironment environment, CheckOptions options) => Run(environment, options, BuiltInAnalyzers.Create());

    /// <summary>The input that <c>--output</c> names, directly or through a symbolic link, if any: writing the report there would lose the article.</summary>
    private static FileInput? OutputOverwritesAnInput(CliEnvironment environment, CheckOptions options, IReadOnlyList<FileInput> files)
    {
        if (options.OutputPath is not { } outputPath)
        {
            return null;
        }

        string output = Path.GetFullPath(outputPath, environment.WorkingDirectory);
        return files.FirstOrDefault(f => SystemFiles.SameFile(f.FullPath, output));
    }

    /// <summary>Runs the check with the given analyzers (the built-in ones, or test doubles).</summary>
    internal static int Run(CliEnvironment environment, CheckOptions options, IReadOnlyList<Analyzer> analyzers)
    {
        if (CheckCombinations(options) is { } badCombination)
        {
            environment.Error.WriteLine($"editlint: {badCombination}");
            return ExitCodes.Failure;
        }

        if (!CommandConfiguration.TryLoad(environment, options.ConfigPath, out var configuration, out var houseRules, options.Paths))
        {
            return ExitCodes.Failure;
        }

        GarbageCollectionHold? hold = null;
        ConfiguredEngine configured;
        try
        {
            configured = ConfiguredEngine.Create(
                configuration, houseRules, analyzers, environment.WorkingDirectory, options.NameLists, options.AsOf, artifactHashes: options.Format == "sarif",
                beforeAnalyzersStart: nameLists => hold = StartupHeap.HoldWhileNameListsLoad(nameLists));
        }
        catch
        {
            hold?.Release();
            throw;
        }

        var engine = configured.Engine;
        StartupHeap.ReleaseAfter(hold, engine);
        var notifications = new List<ToolNotification>(configured.Notifications);

        var files = FileCollector.Collect(configuration, options.Paths, environment.WorkingDirectory, notifications);
        if (OutputOverwritesAnInput(environment, options, files) is { } input)
        {
            environment.Error.WriteLine(new ToolNotification(ToolRules.OutputError.Id, Severity.Error, $"The report would overwrite '{input.DisplayPath}', a file being checked; choose another --output.", options.OutputPath));
            return ExitCodes.Failure;
        }

        StartupHeap.SettleBefore(files);
        var results = engine.AnalyzeFiles(files);
        if (options.Fix)
        {
            var fixes = results.Select(r => FixApplier.FixFile(r, write: !options.DryRun, options.UnsafeFixes)).ToArray();
            foreach (var refused in fixes.Where(f => f.Refusal is not null))
            {
                // A fix asked for and not made fails the run, as output that could not be written does: with only
                // warnings left, the run passed and the file kept what --fix was to mend.
                notifications.Add(new ToolNotification(ToolRules.OutputError.Id, Severity.Error, refused.Refusal!, refused.Path));
            }

            if (options.DryRun)
            {
                string diff = string.Concat(fixes.Where(f => f.Changed).Select(f => UnifiedDiff.Create(f.Path, f.OriginalText, f.Changes)));
                if (options.OutputPath is null)
                {
                    environment.Out.Write(diff);
                }
                else if (!WriteOutputFile(environment, options, diff))
                {
                    return ExitCodes.Failure;
                }

                FixSummary.Write(environment.Error, results, fixes, dryRun: true);
                return ExitCodeSayingWhyItFailed(environment, Report(results), options.FailLevel); // a dry run writes no report to say it
            }

            FixSummary.Write(environment.Error, results, fixes, dryRun: false);
            results = Reanalyze(engine, results, fixes);
        }

        var report = Report(results);
        if (!WriteReport(environment, options, report, configuration))
        {
            return ExitCodes.Failure;
        }

        // Why the run failed is in a report no one reads in a job's log (a SARIF file, or JSON): say it here too.
        return options.Format == "sarif" || options.OutputPath is not null
            ? ExitCodeSayingWhyItFailed(environment, report, options.FailLevel)
            : ExitCode(report, options.FailLevel);

        RunReport Report(IReadOnlyList<FileResult> checkedFiles) =>
            new(configuration.Root, engine.Rules, checkedFiles, notifications, ConfigurationLocator.Describe(configuration.ConfigPath, environment.WorkingDirectory));
    }

    /// <summary>The exit code; when the run failed, the problems that failed it on standard error.</summary>
    private static int ExitCodeSayingWhyItFailed(CliEnvironment environment, RunReport report, Severity failLevel)
    {
        int exitCode = ExitCode(report, failLevel);
        if (exitCode == ExitCodes.Failure)
        {
            foreach (var problem in report.AllNotifications.Where(ToolRules.FailsRun))
            {
                environment.Error.WriteLine(problem);
            }
        }

        return exitCode;
    }

    private static int ExitCode(RunReport report, Severity failLevel)
    {
        bool runFailed = report.AllNotifications.Any(ToolRules.FailsRun);
        bool findings = report.Diagnostics.Any(x => !x.Diagnostic.IsSuppressed && x.Diagnostic.Severity >= failLevel);
        return runFailed ? ExitCodes.Failure : findings ? ExitCodes.Findings : ExitCodes.Clean;
    }

    private static string? CheckCombinations(CheckOptions options)
    {
        if (options.DryRun && !options.Fix)
        {
            return "--dry-run only goes with --fix.";
        }

        if (options.UnsafeFixes && !options.Fix)
        {
            return "--unsafe-fixes only goes with --fix.";
        }

        if (options.DryRun && options.Format != "text")
        {
            return $"--dry-run prints a unified diff, not {options.Format}; leave out --format (--output takes the diff).";
        }

        if (options.Format != "sarif" && (options.SarifCategory is not null || options.SarifWithoutSuppressed || options.SarifRootUri || options.SarifMaxResultsGiven))
        {
            return "the --sarif-* options need --format sarif.";
        }

        if (options.SarifMaxResults < 1)
        {
            return $"--sarif-max-results {options.SarifMaxResults} must be at least 1.";
        }

        if (options.SarifCategory is { } category && (category.Length == 0 || category.Any(char.IsWhiteSpace)))
        {
            return $"--sarif-category '{category}' must be a non-empty name without spaces, such as 'articles'.";
        }

        if (options.SarifRootUriValue is { } uri && !(Uri.TryCreate(uri, UriKind.Absolute, out var parsed) && parsed.IsFile))
        {
            return $"--sarif-root-uri '{uri}' is not an absolute file: URI (for example file:///home/me/articles/).";
        }

        return null;
    }

    /// <summary>Checks the fixed files again, so the report shows what is left after the fixes.</summary>
    private static IReadOnlyList<FileResult> Reanalyze(AnalyzerEngine engine, IReadOnlyList<FileResult> results, IReadOnlyList<FileFix> fixes)
    {
        var changed = fixes.Where(f => f.Changed).Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        if (changed.Count == 0)
        {
            return results;
        }

        var again = engine.AnalyzeFiles([.. results.Where(r => changed.Contains(r.Path)).Select(r => new FileInput(r.FullPath, r.Path))]);
        return [.. results.Where(r => !changed.Contains(r.Path)).Concat(again).OrderBy(r => r.Path, StringComparer.Ordinal)];
    }

    private static Uri RootUri(CheckOptions options, string workingDirectory)
    {
        string text = options.SarifRootUriValue ?? new Uri(Path.TrimEndingDirectorySeparator(workingDirectory) + Path.DirectorySeparatorChar).AbsoluteUri;
        return new Uri(text.EndsWith('/') ? text : text + "/", UriKind.Absolute);
    }

    private static bool WriteReport(CliEnvironment environment, CheckOptions options, RunReport report, EditLintOptions configuration)
    {
        bool color = options.OutputPath is null && environment.OutputIsTerminal && !environment.NoColorRequested && !options.NoColor && options.Format == "text";

        // To standard output the report is written as it is formatted; a report file is written whole or not at all.
        var file = options.OutputPath is null ? null : new StringWriter { NewLine = "\n" };
        var writer = file ?? environment.Out;
        switch (options.Format)
        {
            case "sarif":
                var sarifOptions = new SarifLogOptions
                {
                    MaxResults = options.SarifMaxResults,
                    Category = options.SarifCategory,
                    WithoutSuppressed = options.SarifWithoutSuppressed,
                    RootUri = options.SarifRootUri ? RootUri(options, environment.WorkingDirectory) : null,
                    PathBase = environment.WorkingDirectory,
                    SeverityOverrides = configuration.Rules
                        .Where(r => r.Value.Severity is not null)
                        .ToDictionary(r => r.Key.ToUpperInvariant(), r => r.Value.Severity!.Value, StringComparer.Ordinal),
                };
                writer.Write(SarifSizeLimit.Serialize(o => SarifLogBuilder.Build(report.Rules, report.Files, report.Notifications, o), sarifOptions));
                break;
            case "github":
                new GitHubAnnotationFormatter().Write(report, writer);
                break;
            default:
                new TextFormatter(color).Write(report, writer);
                break;
        }

        return file is null || WriteOutputFile(environment, options, file.ToString());
    }

    /// <summary>Writes <paramref name="text"/> to <c>--output</c> whole or not at all, and says so when it cannot.</summary>
    private static bool WriteOutputFile(CliEnvironment environment, CheckOptions options, string text)
    {
        try
        {
            AtomicFile.WriteAllText(Path.GetFullPath(options.OutputPath!, environment.WorkingDirectory), text);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            environment.Error.WriteLine(new ToolNotification(ToolRules.OutputError.Id, Severity.Error, $"The report could not be written to '{options.OutputPath}': {IoErrors.Describe(e)}.", options.OutputPath));
            return false;
        }
    }
}
