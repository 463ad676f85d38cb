namespace EditLint.Analysis;

/// <summary>What analyzers read at initialisation: rule settings, the as-of date, the name lists to load.</summary>
public sealed record AnalyzerOptions
{
    public static AnalyzerOptions Default { get; } = new();

    public IReadOnlyDictionary<string, RuleSettings> Settings { get; init; } = new Dictionary<string, RuleSettings>();

    /// <summary>The date documents without a front matter date speak from (<c>--as-of</c>).</summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>Name list files named by configuration or <c>--names</c>; empty means the embedded default list.</summary>
    public IReadOnlyList<string> NameListPaths { get; init; } = [];

    /// <summary>
    /// Whether each file's result carries the SHA-256 of its bytes, which SARIF logs list for their artifacts. Off,
    /// a run loads no cryptography library: the first SHA-256 costs about 6 ms of start-up.
    /// </summary>
    public bool ArtifactHashes { get; init; } = true;

    /// <summary>The most findings one file reports (<c>maxFindingsPerFile</c>); see <see cref="FindingLimit"/>.</summary>
    public int MaxFindingsPerFile { get; init; } = FindingLimit.DefaultMaxPerFile;

    public RuleSettings GetSettings(string ruleId) => Settings.TryGetValue(ruleId, out var settings) ? settings : RuleSettings.Empty;
}
