using EditLint.Configuration;
using EditLint.Hosting;
using EditLint.HouseRules;

namespace EditLint.Cli.Commands;

/// <summary>
/// Loads <c>editlint.json</c> and its house rules the same way for every command; on a configuration error it
/// prints one line per problem (file, line, column) and the command exits with <see cref="ExitCodes.Failure"/>.
/// </summary>
internal static class CommandConfiguration
{
    public static bool TryLoad(CliEnvironment environment, string? configPath, out EditLintOptions options, out HouseRuleSet houseRules, IReadOnlyList<string>? checkedPaths = null)
    {
        try
        {
            (options, houseRules) = ConfiguredEngine.LoadConfiguration(configPath, environment.WorkingDirectory, checkedPaths);
            return true;
        }
        catch (ConfigurationException e)
        {
            foreach (var problem in e.Notifications)
            {
                environment.Error.WriteLine(problem);
            }

            options = null!;
            houseRules = null!;
            return false;
        }
    }
}
