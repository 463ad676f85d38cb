using System.CommandLine;
using EditLint.Configuration;
using EditLint.IO;

namespace EditLint.Cli.Commands;

/// <summary>
/// <c>editlint init</c>: writes a starter <c>editlint.json</c>, never over an existing one unless asked, and the
/// schema beside it, so that an editor validates and completes the file offline, with no web address to reach.
/// </summary>
public static class InitCommand
{
    public const string Starter = """
        {
          "$schema": "./editlint.schema.json",
          "include": ["**/*.md", "**/*.markdown", "**/*.txt"],
          "exclude": ["**/node_modules/**"],
          "rules": {
            "EL1001": { "severity": "error" },
            "EL1002": { "severity": "warning" },
            "EL2001": { "severity": "warning" },
            "EL2002": { "severity": "warning" }
          },
          "overrides": [
            { "files": ["drafts/**"], "rules": { "EL2002": { "severity": "note" } } }
          ]
        }

        """;

    public static Command Create(CliEnvironment environment)
    {
        var force = new Option<bool>("--force") { Description = "Overwrite an existing editlint.json." };
        var command = new Command("init", "Write a starter editlint.json in the current folder.") { force };
        command.SetAction(parse =>
        {
            string path = Path.Combine(environment.WorkingDirectory, ConfigurationLoader.FileName);
            if (File.Exists(path) && !parse.GetValue(force))
            {
                environment.Error.WriteLine($"editlint: {ConfigurationLoader.FileName} already exists; use --force to overwrite it.");
                return ExitCodes.Failure;
            }

            string schema = Path.Combine(environment.WorkingDirectory, ConfigurationSchema.FileName);
            if (File.Exists(schema) && File.ReadAllText(schema) != ConfigurationSchema.Text && !parse.GetValue(force))
            {
                environment.Error.WriteLine($"editlint: {ConfigurationSchema.FileName} already exists and is not this version's schema; use --force to overwrite it.");
                return ExitCodes.Failure;
            }

            AtomicFile.WriteAllText(schema, ConfigurationSchema.Text);
            AtomicFile.WriteAllText(path, Starter.ReplaceLineEndings("\n"));
            environment.Out.WriteLine($"Wrote {ConfigurationLoader.FileName} and {ConfigurationSchema.FileName}.");
            return ExitCodes.Clean;
        });
        return command;
    }
}
