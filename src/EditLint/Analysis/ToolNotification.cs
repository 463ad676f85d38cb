using EditLint.Text;

namespace EditLint.Analysis;

/// <summary>
/// A problem of the run rather than a finding in prose: a skipped binary file, invalid UTF-8, a bad
/// configuration or name list. <see cref="Position"/> is 0-based; output adds one.
/// </summary>
public sealed record ToolNotification(string Id, Severity Severity, string Message, string? Path = null, LinePosition? Position = null)
{
    public override string ToString() => Path is null
        ? $"{Severity.Name()} {Id}: {Message}"
        : Position is { } p
            ? $"{Path}({p.Line + 1},{p.Character + 1}): {Severity.Name()} {Id}: {Message}"
            : $"{Path}: {Severity.Name()} {Id}: {Message}";
}
