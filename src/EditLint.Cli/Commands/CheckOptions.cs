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
}
