using System.CommandLine;
using EditLint.Configuration;
using EditLint.HouseRules;
using EditLint.Rules;
using EditLint.Text;

namespace EditLint.Cli.Commands;

/// <summary>
/// <c>editlint test-rules [paths…]</c>: loads house rule files (the paths given, else the configured <c>rulePaths</c>) and
/// runs every rule's examples. Each failing example and each error in a rule file is one line with file, line and column.
/// Exit code 0 when all pass, 1 when an example fails, 2 when a rule file has an error.
/// </summary>
public static class TestRulesCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var paths = new Argument<string[]>("paths") { Arity = ArgumentArity.ZeroOrMore, Description = "Rule files or folders (default: the rulePaths of editlint.json)." };
        var config = new Option<string?>("--config") { Description = "The configuration file whose rulePaths to test (default: the nearest editlint.json upward)." };
        var command = new Command("test-rules", "Check house rule files and run every rule's examples.") { paths, config };
        command.SetAction(parse => Run(environment, parse.GetValue(paths) ?? [], parse.GetValue(config)));
        return command;
    }

    public static int Run(CliEnvironment environment, IReadOnlyList<string> paths, string? configPath)
    {
        HouseRuleSet set;
        if (paths.Count > 0)
        {
            set = HouseRuleLoader.Load(paths, environment.WorkingDirectory, environment.WorkingDirectory);
        }
        else
        {
            if (!CommandConfiguration.TryLoad(environment, configPath, out var options, out set))
            {
                return ExitCodes.Failure;
            }

            if (options.RulePaths.Count == 0)
            {
                environment.Error.WriteLine("editlint: no rule files to test: name them (editlint test-rules rules/house) or set rulePaths in editlint.json.");
                return ExitCodes.Failure;
            }
        }

        foreach (var problem in set.Notifications)
        {
            environment.Out.WriteLine(problem);
        }

        var report = HouseRuleExamples.Run(set);
        foreach (var failure in report.Failures)
        {
            environment.Out.WriteLine(failure);
        }

        foreach (var rule in report.RulesWithoutExamples)
        {
            environment.Out.WriteLine($"{rule.File}({rule.Position.Line + 1},{rule.Position.Character + 1}): note {rule.Id}: The rule has no examples; add \"examples\": {{ \"flagged\": [ … ], \"passing\": [ … ] }}.");
        }

        int passed = report.ExampleCount - report.Failures.Count;
        string errors = set.Notifications.Count == 0 ? string.Empty : $"; {EnglishCount.Of(set.Notifications.Count, "error")} in rule files";
        environment.Out.WriteLine($"{EnglishCount.Of(report.RuleCount, "rule")} in {EnglishCount.Of(set.Packs.Count(p => p.Rules.Length > 0), "pack")}: {passed} of {EnglishCount.Of(report.ExampleCount, "example")} passed{errors}.");
        return set.Notifications.Count > 0 ? ExitCodes.Failure : report.Failures.Count > 0 ? ExitCodes.Findings : ExitCodes.Clean;
    }
}
