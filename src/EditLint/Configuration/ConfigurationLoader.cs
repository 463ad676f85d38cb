using EditLint.Analysis;
using EditLint.IO;
using EditLint.Text;
using Microsoft.Extensions.Configuration;

namespace EditLint.Configuration;

/// <summary>
/// Finds and loads <c>editlint.json</c>: the path given, else the nearest one upward from the checked paths (or
/// the working folder; see <see cref="ConfigurationLocator"/>), else the embedded defaults. The file is validated token by token (for positions), then bound with
/// Microsoft.Extensions.Configuration.
/// </summary>
public static class ConfigurationLoader
{
    public const string FileName = "editlint.json";

    public static string? FindUpward(string startDirectory)
    {
        for (var directory = new DirectoryInfo(startDirectory); directory is not null; directory = directory.Parent)
        {
            string candidate = Path.Combine(directory.FullName, FileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>
    /// Loads the configuration; throws <see cref="ConfigurationException"/> with every problem found. With no explicit
    /// path, the nearest <c>editlint.json</c> above <paramref name="checkedPaths"/> is used. Rule settings are checked
    /// against <paramref name="declaredSettings"/> (see <see cref="RuleDescriptor.Settings"/>) when it is given.
    /// </summary>
    public static EditLintOptions Load(
        string? explicitPath,
        string workingDirectory,
        IReadOnlySet<string> knownRuleIds,
        IReadOnlyDictionary<string, IReadOnlyList<RuleSetting>>? declaredSettings = null,
        IReadOnlyList<string>? checkedPaths = null)
    {
        string? path = explicitPath is null ? ConfigurationLocator.Find(checkedPaths ?? [], workingDirectory) : Path.GetFullPath(explicitPath, workingDirectory);
        if (path is null)
        {
            return new EditLintOptions { Root = Path.GetFullPath(workingDirectory) };
        }

        string display = Path.GetRelativePath(workingDirectory, path).Replace('\\', '/');
        byte[] bytes;
        try
        {
            bytes = SystemFiles.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ConfigurationException([new ToolNotification(ToolRules.ConfigurationError.Id, Severity.Error, $"The configuration file could not be read: {e.Message}", display)]);
        }

        bytes = JsonFileBytes.ToUtf8(bytes, out long invalidAt);
        var problems = invalidAt >= 0
            ? [new ToolNotification(ToolRules.ConfigurationError.Id, Severity.Error, $"The file is not valid JSON: {JsonFileBytes.InvalidUtf16}.", display, new JsonPositions(bytes).At(invalidAt))]
            : ConfigurationValidator.Validate(display, bytes, knownRuleIds, declaredSettings);
        if (problems.Count > 0)
        {
            throw new ConfigurationException(problems);
        }

        var configuration = new ConfigurationBuilder().AddJsonStream(new MemoryStream(bytes)).Build();
        return Bind(configuration, path, display);
    }

    private static EditLintOptions Bind(IConfiguration configuration, string path, string display)
    {
        var defaults = new EditLintOptions { Root = Path.GetDirectoryName(path)! };
        return defaults with
        {
            ConfigPath = path,
            Include = Strings(configuration, "include") ?? defaults.Include,
            Exclude = Strings(configuration, "exclude") ?? defaults.Exclude,
            Names = Strings(configuration, "names") ?? defaults.Names,
            RulePaths = Strings(configuration, "rulePaths") ?? defaults.RulePaths,
            MaxFileSize = long.TryParse(configuration["maxFileSize"], out long size) ? size : defaults.MaxFileSize,
            MaxFindingsPerFile = int.TryParse(configuration["maxFindingsPerFile"], out int findings) ? findings : defaults.MaxFindingsPerFile,
            Rules = BindRules(configuration.GetSection("rules"), new JsonPathIndex(path), display),
            Overrides = [.. configuration.GetSection("overrides").GetChildren().Select(BindOverride)],
        };
    }

    private static Dictionary<string, RuleConfiguration> BindRules(IConfigurationSection section, JsonPathIndex? positions = null, string? display = null)
    {
        var rules = new Dictionary<string, RuleConfiguration>(StringComparer.OrdinalIgnoreCase);
        foreach (var rule in section.GetChildren())
        {
            string? severity = rule.Value ?? rule["severity"];
            var settings = rule.GetSection("settings");
            rules[rule.Key] = new RuleConfiguration(ParseSeverity(severity), settings.Exists() ? new RuleSettings(settings, positions, display) : RuleSettings.Empty);
        }

        return rules;
    }

    private static OverrideConfiguration BindOverride(IConfigurationSection section)
    {
        var severities = BindRules(section.GetSection("rules"))
            .Where(r => r.Value.Severity is not null)
            .ToDictionary(r => r.Key, r => r.Value.Severity!.Value, StringComparer.OrdinalIgnoreCase);
        return new OverrideConfiguration(Strings(section, "files") ?? [], severities);
    }

    public static Severity? ParseSeverity(string? value) => value?.ToLowerInvariant() switch
    {
        "error" => Severity.Error,
        "warning" => Severity.Warning,
        "note" => Severity.Note,
        "none" => Severity.None,
        _ => null,
    };

    private static string[]? Strings(IConfiguration configuration, string key)
    {
        var section = configuration.GetSection(key);
        return section.Exists() ? [.. section.GetChildren().Select(c => c.Value).OfType<string>()] : null;
    }
}
