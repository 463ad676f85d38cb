using EditLint.Analysis;
using EditLint.Configuration;
using EditLint.Hosting;
using EditLint.HouseRules;
using EditLint.Rules;

namespace EditLint.LanguageServer.Workspace;

/// <summary>
/// One engine per configuration, shared by every document under it: the nearest <c>editlint.json</c> upward from the
/// document, as <c>editlint check</c> finds it, or the embedded defaults. Name lists, lexicons and house rules are
/// loaded once per configuration and again only when one of its files changes. A configuration that fails to load
/// keeps the last one that worked (or the defaults), and its problems are reported.
/// </summary>
internal sealed class ConfigurationCache(Func<IReadOnlyList<Analyzer>> analyzers)
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, ConfigurationState> states = new(StringComparer.Ordinal);

    /// <summary>The configuration for a document in <paramref name="directory"/>; <c>Reloaded</c> is true when it was read now.</summary>
    public (ConfigurationState State, bool Reloaded) For(string directory)
    {
        string? path = ConfigurationLoader.FindUpward(directory);
        string key = path ?? string.Empty;
        lock (gate)
        {
            states.TryGetValue(key, out var previous);
            if (previous is not null && !previous.Stamps.Changed())
            {
                return (previous, false);
            }

            var state = Load(path, directory, previous);
            states[key] = state;
            return (state, true);
        }
    }

    /// <summary>True when a file of some loaded configuration changed since it was read.</summary>
    public bool AnyChanged()
    {
        lock (gate)
        {
            return states.Values.Any(s => s.Stamps.Changed());
        }
    }

    private ConfigurationState Load(string? configPath, string directory, ConfigurationState? previous)
    {
        // Paths in problems are shown relative to the configuration's folder, and resolved against it again.
        string root = configPath is null ? directory : Path.GetDirectoryName(configPath)!;
        ConfiguredEngine? loaded = null;
        IReadOnlyList<ToolNotification> problems;
        try
        {
            var (options, houseRules) = ConfiguredEngine.LoadConfiguration(configPath, root);
            loaded = ConfiguredEngine.Create(options, houseRules, analyzers(), root);
            problems = loaded.Notifications;
        }
        catch (ConfigurationException e)
        {
            problems = e.Notifications;
        }

        bool usable = loaded is not null && !problems.Any(p => p.Severity == Severity.Error);
        var engine = usable ? loaded! : previous?.Engine ?? loaded ?? Defaults(root);
        var watched = (loaded ?? engine).SourceFiles.Concat(configPath is null ? [] : [configPath]);
        return new ConfigurationState(configPath, root, engine, problems, usable, FileStamps.Of(watched));
    }

    private ConfiguredEngine Defaults(string root) =>
        ConfiguredEngine.Create(new EditLintOptions { Root = root }, HouseRuleSet.Empty, analyzers(), root);

    /// <summary>The built-in analyzers, made anew for each configuration (analyzers read their settings once).</summary>
    public static IReadOnlyList<Analyzer> BuiltIn() => BuiltInAnalyzers.Create();
}

/// <summary>
/// A configuration as the server uses it: the engine in force (the last good one when <see cref="IsGood"/> is false),
/// the problems of the latest read, and the stamps of the files read.
/// </summary>
internal sealed record ConfigurationState(
    string? ConfigPath,
    string Root,
    ConfiguredEngine Engine,
    IReadOnlyList<ToolNotification> Notifications,
    bool IsGood,
    FileStamps Stamps)
{
    /// <summary>The path to show and to match overrides with: relative to the configuration's folder, with '/'.</summary>
    public string DisplayPath(string fullPath) => FileCollector.DisplayPath(Root, fullPath);
}
