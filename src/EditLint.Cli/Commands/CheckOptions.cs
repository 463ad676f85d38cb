using EditLint.Analysis;

namespace EditLint.Cli.Commands;

/// <summary>The parsed options of <c>editlint check</c>.</summary>
public sealed record CheckOptions
{
    public IReadOnlyList<string> Paths { get; init; } = [];

    public string? ConfigPath { get; init; }

    public IReadOnlyList<string> NameLists { get; init; } = [];

    public string Format { get; init; } = "text";

    public string? OutputPath { get; init; }

    public Severity FailLevel { get; init; } = Severity.Error;

    public bool NoColor { get; init; }

    public DateOnly? AsOf { get; init; }

    /// <summary><c>--sarif-category</c>: written as <c>runAutomationDetails.id</c> for GitHub code scanning.</summary>
    public string? SarifCategory { get; init; }

    /// <summary><c>--sarif-without-suppressed</c>: leave suppressed results out of the SARIF log.</summary>
    public bool SarifWithoutSuppressed { get; init; }

    /// <summary><c>--sarif-root-uri</c> was given: write the absolute root URI in <c>originalUriBaseIds</c>.</summary>
    public bool SarifRootUri { get; init; }

    /// <summary>The value given to <c>--sarif-root-uri</c>; null means the working folder, which the paths of the log are relative to.</summary>
    public string? SarifRootUriValue { get; init; }

    /// <summary><c>--sarif-max-results</c>: the most results one SARIF run holds (GitHub refuses more than 25,000).</summary>
    public int SarifMaxResults { get; init; } = Sarif.SarifResultLimit.GitHubMaxResults;

    /// <summary><c>--sarif-max-results</c> was written on the command line (it needs <c>--format sarif</c>).</summary>
    public bool SarifMaxResultsGiven { get; init; }

    /// <summary><c>--fix</c>: apply the safe fixes to the files.</summary>
    public bool Fix { get; init; }

    /// <summary><c>--dry-run</c> (with <c>--fix</c>): print the changes as a unified diff and write nothing.</summary>
    public bool DryRun { get; init; }

    /// <summary><c>--unsafe-fixes</c> (with <c>--fix</c>): also apply fixes their rules do not mark safe.</summary>
    public bool UnsafeFixes { get; init; }
}
