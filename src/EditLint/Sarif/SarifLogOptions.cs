namespace EditLint.Sarif;

/// <summary>Choices a user makes about the SARIF log (the <c>--sarif-*</c> options).</summary>
public sealed record SarifLogOptions
{
    /// <summary>
    /// The category for GitHub code scanning (<c>runAutomationDetails.id</c> = <c>category/</c>), so that several
    /// uploads for one commit (say <c>articles</c> and <c>docs</c>) do not replace each other. Null: none written.
    /// </summary>
    public string? Category { get; init; }

    /// <summary>Leave suppressed results out: GitHub ignores <c>suppressions</c> and would open an alert for each.</summary>
    public bool WithoutSuppressed { get; init; }

    /// <summary>
    /// An absolute <c>file:</c> URI for <c>%SRCROOT%</c>, for viewers with no workspace folder to resolve relative
    /// paths against. Null keeps the log free of local paths (and the same on every machine).
    /// </summary>
    public Uri? RootUri { get; init; }

    /// <summary>
    /// The folder the checked files' paths are relative to (the working directory). A related location in another
    /// file given by a full path (EL1003's name list entry) is written relative to it when the file lies below it and
    /// left out when it does not: GitHub rejects absolute <c>file:</c> URIs in results. Null: such locations are left out.
    /// </summary>
    public string? PathBase { get; init; }

    /// <summary>At most this many results (<c>--sarif-max-results</c>; GitHub refuses a run of more than 25,000).</summary>
    public int MaxResults { get; init; } = SarifResultLimit.GitHubMaxResults;

    /// <summary>Why <see cref="MaxResults"/> is what it is, for the notification when results are left out.</summary>
    public string MaxResultsReason { get; init; } = "the limit set by --sarif-max-results (GitHub code scanning refuses a run of more than 25,000)";

    /// <summary>The largest gzipped log written (GitHub refuses a file over 10 MB gzipped); lower only in tests.</summary>
    public long MaxGzipBytes { get; init; } = SarifSizeLimit.GitHubMaxGzipBytes;

    /// <summary>
    /// Severities the configuration sets for the whole run (<c>rules</c> in <c>editlint.json</c>) where they differ from
    /// the rule's default; written as <c>invocations[0].ruleConfigurationOverrides</c>. Per-glob overrides are not:
    /// SARIF has no place for them, and each result's <c>level</c> already says what applied.
    /// </summary>
    public IReadOnlyDictionary<string, EditLint.Analysis.Severity> SeverityOverrides { get; init; } = new Dictionary<string, EditLint.Analysis.Severity>();
}
