using System.CommandLine;
using EditLint.Rules;

namespace EditLint.Cli.Commands;

/// <summary><c>editlint rules</c>: every rule with its id, name, default severity and title.</summary>
public static class RulesCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var command = new Command("rules", "List every rule: id, name, default severity, title.");
        command.SetAction(_ =>
        {
            var rules = BuiltInAnalyzers.Rules;
            int nameWidth = rules.Select(r => r.Name.Length).DefaultIfEmpty(4).Max();
            foreach (var rule in rules)
            {
                environment.Out.WriteLine($"{rule.Id}  {rule.Name.PadRight(nameWidth)}  {rule.DefaultSeverity.ToString().ToLowerInvariant(),-7}  {rule.Title}");
            }

            return ExitCodes.Clean;
        });
        return command;
    }
}
