using EditLint.Configuration;
using EditLint.HouseRules;
using EditLint.Rules;

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
            var builtIn = BuiltInAnalyzers.Rules.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
            (options, houseRules) = HouseRuleConfiguration.Load(configPath, environment.WorkingDirectory, builtIn, checkedPaths);
            return true;
        }
        catch (ConfigurationException e)
        {
            foreach (var problem in e.Problems)
            {
                environment.Error.WriteLine(problem);
            }

            options = null!;
            houseRules = null!;
            return false;
        }
    }
}
