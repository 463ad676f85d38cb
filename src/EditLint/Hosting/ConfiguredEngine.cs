using EditLint.Analysis;
using EditLint.Configuration;
using EditLint.HouseRules;
using EditLint.Rules;
using Microsoft.Extensions.FileSystemGlobbing;

namespace EditLint.Hosting;

/// <summary>
/// One configuration made ready to run: <c>editlint.json</c> (or the embedded defaults), its house rules, its name
/// lists, and an engine whose analyzers are initialised. Both hosts build it the same way: <c>editlint check</c> once per
/// run, <c>editlint lsp</c> once per configuration, shared by every document under it.
/// </summary>
public sealed class ConfiguredEngine
{
    private readonly string workingDirectory;

    private ConfiguredEngine(EditLintOptions configuration, HouseRuleSet houseRules, IReadOnlyList<string> nameListPaths, AnalyzerEngine engine, IReadOnlyList<ToolNotification> notifications, string workingDirectory)
    {
        this.workingDirectory = workingDirectory;
        Configuration = configuration;
        HouseRules = houseRules;
        NameListPaths = nameListPaths;
        Engine = engine;
        Notifications = notifications;
    }

    public EditLintOptions Configuration { get; }

    public HouseRuleSet HouseRules { get; }

    /// <summary>The name list files in use; empty when the embedded default list is.</summary>
    public IReadOnlyList<string> NameListPaths { get; }

    public AnalyzerEngine Engine { get; }

    /// <summary>Problems of the house rule files, the name list globs and the analyzers' data, in that order.</summary>
    public IReadOnlyList<ToolNotification> Notifications { get; }

    /// <summary>
    /// Reads <c>editlint.json</c> (<paramref name="configPath"/>, else the nearest one above <paramref name="checkedPaths"/>)
    /// and the house rules it names; throws <see cref="ConfigurationException"/>.
    /// </summary>
    public static (EditLintOptions Options, HouseRuleSet HouseRules) LoadConfiguration(string? configPath, string workingDirectory, IReadOnlyList<string>? checkedPaths = null)
    {
        var builtIn = BuiltInAnalyzers.Rules.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var settings = BuiltInAnalyzers.Rules.ToDictionary(r => r.Id, r => r.Settings, StringComparer.OrdinalIgnoreCase);
        return HouseRuleConfiguration.Load(configPath, workingDirectory, builtIn, settings, checkedPaths);
    }

    /// <summary>
    /// Builds the engine for a loaded configuration. <paramref name="nameListOverride"/> (<c>--names</c>) replaces the
    /// configured lists; paths in notifications are shown relative to <paramref name="workingDirectory"/>.
    /// <paramref name="beforeAnalyzersStart"/> hears the name list files before the analyzers load them: where a host
    /// sets its runtime policy for the load (the CLI holds collections off; the library sets none).
    /// </summary>
    public static ConfiguredEngine Create(
        EditLintOptions configuration,
        HouseRuleSet houseRules,
        IReadOnlyList<Analyzer> analyzers,
        string workingDirectory,
        IReadOnlyList<string>? nameListOverride = null,
        DateOnly? asOf = null,
        bool artifactHashes = false,
        Action<IReadOnlyList<string>>? beforeAnalyzersStart = null)
    {
        var notifications = new List<ToolNotification>(houseRules.Notifications);
        var nameLists = nameListOverride is { Count: > 0 }
            ? [.. nameListOverride.Select(p => Path.GetFullPath(p, workingDirectory))]
            : ConfiguredNameLists(configuration, workingDirectory, notifications);
        beforeAnalyzersStart?.Invoke(nameLists);
        var engine = new AnalyzerEngine(
            [.. analyzers, .. houseRules.CreateAnalyzers(rule => configuration.Rules.TryGetValue(rule.Id, out var configured) && configured.Severity == Severity.None)],
            configuration.ToAnalyzerOptions(nameLists, asOf) with { ArtifactHashes = artifactHashes },
            (path, rule) => configuration.SeverityFor(Path.IsPathFullyQualified(path) ? FileCollector.DisplayPath(configuration.Root, path) : path, rule),
            configuration.MaxFileSize);
        // A name list's problems come with its full path; they are shown relative to the working folder, as every other file is.
        notifications.AddRange(engine.InitializationNotifications.Select(n => n.Path is { } path && Path.IsPathFullyQualified(path)
            ? n with { Path = FileCollector.DisplayPath(workingDirectory, path) }
            : n));
        return new ConfiguredEngine(configuration, houseRules, nameLists, engine, notifications, workingDirectory);
    }

    /// <summary>The files this configuration was read from: <c>editlint.json</c>, the name lists, the house rule files.</summary>
    public IReadOnlyList<string> SourceFiles =>
    [
        .. Configuration.ConfigPath is { } config ? [config] : Array.Empty<string>(),
        .. NameListPaths,
        .. HouseRules.Packs.SelectMany(p => p.Files).Select(f => Path.GetFullPath(f, workingDirectory)),
    ];

    private static string[] ConfiguredNameLists(EditLintOptions configuration, string workingDirectory, List<ToolNotification> notifications)
    {
        if (configuration.Names.Count == 0)
        {
            return [];
        }

        var unreadable = new List<(string Folder, string Reason)>();
        string[] found = GlobMatcher.Find(configuration.Names, configuration.Root, unreadable);
        foreach (var (folder, reason) in unreadable.DistinctBy(u => u.Folder))
        {
            string display = FileCollector.DisplayPath(workingDirectory, folder);
            notifications.Add(new ToolNotification(ToolRules.NameListError.Id, Severity.Error, $"The folder '{display}' could not be read ({reason}); name lists in it were not found.", display));
        }

        if (found.Length == 0)
        {
            notifications.Add(new ToolNotification(
                ToolRules.NameListError.Id,
                Severity.Error,
                $"The configured name lists ({string.Join(", ", configuration.Names)}) match no file under '{configuration.Root}'.",
                configuration.ConfigPath is null ? null : FileCollector.DisplayPath(workingDirectory, configuration.ConfigPath),
                configuration.ConfigPath is null ? null : new JsonPathIndex(configuration.ConfigPath).Find(["names", "0"])));
        }

        return found;
    }
}
