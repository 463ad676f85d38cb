using System.CommandLine;
using EditLint.Analysis;
using EditLint.Configuration;
using EditLint.HouseRules;
using EditLint.IO;
using EditLint.Rules;

namespace EditLint.Cli.Commands;

/// <summary>
/// <c>editlint rules</c>: every rule — built-in, and the house rules that editlint.json's <c>rulePaths</c> name — with its
/// id, name, default severity and title. <c>--markdown</c> writes a docs page per house rule pack instead.
/// </summary>
public static class RulesCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var config = new Option<string?>("--config") { Description = "The configuration file that names house rules (default: the nearest editlint.json upward)." };
        var markdown = new Option<bool>("--markdown") { Description = "Write a Markdown docs page per house rule pack." };
        var output = new Option<string?>("--output", "-o") { Description = "With --markdown: the folder to write one <pack>.md page per pack into (default: standard output)." };
        var command = new Command("rules", "List every rule: id, name, default severity, title.") { config, markdown, output };
        command.SetAction(parse =>
        {
            if (!CommandConfiguration.TryLoad(environment, parse.GetValue(config), out _, out var house))
            {
                return ExitCodes.Failure;
            }

            foreach (var problem in house.Notifications)
            {
                environment.Error.WriteLine(problem);
            }

            int written = parse.GetValue(markdown) ? WriteMarkdown(environment, house, parse.GetValue(output)) : List(environment, house);
            return written != ExitCodes.Clean ? written : house.Notifications.Count > 0 ? ExitCodes.Failure : ExitCodes.Clean;
        });
        return command;
    }

    private static int List(CliEnvironment environment, HouseRuleSet house)
    {
        var rules = BuiltInAnalyzers.Rules.Concat(house.Descriptors).ToArray();
        int nameWidth = rules.Select(r => r.Name.Length).DefaultIfEmpty(4).Max();
        int idWidth = rules.Select(r => r.Id.Length).DefaultIfEmpty(6).Max();
        foreach (var rule in rules)
        {
            environment.Out.WriteLine($"{rule.Id.PadRight(idWidth)}  {rule.Name.PadRight(nameWidth)}  {rule.DefaultSeverity.Name(),-7}  {rule.Title}");
        }

        return ExitCodes.Clean;
    }

    private static int WriteMarkdown(CliEnvironment environment, HouseRuleSet house, string? folder)
    {
        if (house.Packs.IsEmpty)
        {
            environment.Error.WriteLine("editlint: there are no house rules to document; set rulePaths in editlint.json.");
            return ExitCodes.Failure;
        }

        foreach (var pack in house.Packs)
        {
            string page = HouseRuleDocs.Write(pack);
            if (folder is null)
            {
                environment.Out.Write(page);
                continue;
            }

            string name = string.Concat(pack.Name.Select(c => Path.GetInvalidFileNameChars().Contains(c) ? '-' : c)) + ".md";
            string path = Path.Combine(Path.GetFullPath(folder, environment.WorkingDirectory), name);
            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                AtomicFile.WriteAllText(path, page);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                environment.Error.WriteLine($"editlint: '{path}' could not be written: {IoErrors.Describe(e)}.");
                return ExitCodes.Failure;
            }

            environment.Out.WriteLine($"Wrote {Path.GetRelativePath(environment.WorkingDirectory, path).Replace('\\', '/')}.");
        }

        return ExitCodes.Clean;
    }
}
