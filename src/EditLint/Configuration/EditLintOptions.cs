using EditLint.Analysis;

namespace EditLint.Configuration;

/// <summary>
/// The loaded <c>editlint.json</c> (or the embedded defaults). Its paths and globs (includes, overrides) are relative to
/// <see cref="Root"/>, the configuration file's folder; the output names files relative to the working folder.
/// </summary>
public sealed record EditLintOptions
{
    public static IReadOnlyList<string> DefaultInclude { get; } = ["**/*.md", "**/*.markdown", "**/*.txt"];

    public static IReadOnlyList<string> DefaultExclude { get; } = ["**/node_modules/**", "**/.git/**", "**/bin/**", "**/obj/**"];

    public required string Root { get; init; }

    public string? ConfigPath { get; init; }

    public IReadOnlyList<string> Include { get; init; } = DefaultInclude;

    public IReadOnlyList<string> Exclude { get; init; } = DefaultExclude;

    /// <summary>Globs of name list files; empty means the embedded default list.</summary>
    public IReadOnlyList<string> Names { get; init; } = [];

    /// <summary>Folders (or globs) of declarative house rule files.</summary>
    public IReadOnlyList<string> RulePaths { get; init; } = [];

    public long MaxFileSize { get; init; } = AnalyzerEngine.DefaultMaxFileSize;

    /// <summary>The most findings one file reports; the rest are left out with a warning (EL0014).</summary>
    public int MaxFindingsPerFile { get; init; } = FindingLimit.DefaultMaxPerFile;

    public IReadOnlyDictionary<string, RuleConfiguration> Rules { get; init; } = new Dictionary<string, RuleConfiguration>(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<OverrideConfiguration> Overrides { get; init; } = [];

    /// <summary>The severity of a rule for a file: defaults, then <c>rules</c>, then each matching override in order.</summary>
    public Severity SeverityFor(string relativePath, RuleDescriptor rule)
    {
        var severity = Rules.TryGetValue(rule.Id, out var configured) && configured.Severity is { } s ? s : rule.DefaultSeverity;
        foreach (var entry in Overrides)
        {
            if (entry.Severities.TryGetValue(rule.Id, out var overridden) && entry.Matches(relativePath))
            {
                severity = overridden;
            }
        }

        return severity;
    }

    public AnalyzerOptions ToAnalyzerOptions(IReadOnlyList<string> nameListPaths, DateOnly? asOf) => new()
    {
        Settings = Rules.ToDictionary(r => r.Key, r => r.Value.Settings, StringComparer.OrdinalIgnoreCase),
        AsOf = asOf,
        NameListPaths = nameListPaths,
        MaxFindingsPerFile = MaxFindingsPerFile,
    };
}
