using EditLint.Analysis;

namespace EditLint.Configuration;

/// <summary>
/// Finds the <c>editlint.json</c> a run uses when <c>--config</c> is not given: the nearest one upward from each
/// checked path, as ESLint, ruff and .editorconfig do, else (no path given) from the working folder: found from the
/// working folder alone, <c>cd /tmp &amp;&amp; editlint check ~/project/articles</c> would drop the project's name lists
/// and house rules without a word. One run has one configuration: paths under different ones
/// are a configuration error (check them in separate runs, or give <c>--config</c>).
/// </summary>
public static class ConfigurationLocator
{
    /// <summary>The configuration file for the paths (null: the built-in defaults).</summary>
    public static string? Find(IReadOnlyList<string> paths, string workingDirectory)
    {
        if (paths.Count == 0)
        {
            return ConfigurationLoader.FindUpward(workingDirectory);
        }

        var found = paths
            .Select(p => (Path: p, Config: ConfigurationLoader.FindUpward(SearchStart(Path.GetFullPath(p, workingDirectory)))))
            .ToList();
        var distinct = found.Select(f => f.Config).Distinct(StringComparer.Ordinal).ToList();
        if (distinct.Count == 1)
        {
            return distinct[0];
        }

        var uses = found
            .GroupBy(f => f.Config, StringComparer.Ordinal)
            .Select(g => $"{string.Join(", ", g.Select(f => $"'{f.Path}'"))} {(g.Count() == 1 ? "uses" : "use")} {Describe(g.Key, workingDirectory)}");
        throw new ConfigurationException([new ToolNotification(
            ToolRules.ConfigurationError.Id,
            Severity.Error,
            $"The paths belong to different configurations: {string.Join("; ", uses)}. Check them in separate runs, or name one configuration with --config.")]);
    }

    /// <summary>"editlint.json", "../project/editlint.json" or "built-in defaults", for messages and the summary.</summary>
    public static string Describe(string? configPath, string workingDirectory) =>
        configPath is null ? "built-in defaults" : Path.GetRelativePath(workingDirectory, configPath).Replace('\\', '/');

    // A folder is searched from itself; a file, or a path that does not exist, from the nearest folder above it.
    private static string SearchStart(string fullPath)
    {
        string? directory = Directory.Exists(fullPath) ? fullPath : Path.GetDirectoryName(fullPath);
        while (directory is not null && !Directory.Exists(directory))
        {
            directory = Path.GetDirectoryName(directory);
        }

        return directory ?? Path.GetPathRoot(fullPath) ?? fullPath;
    }
}
