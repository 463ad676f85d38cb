using EditLint.Text;

namespace EditLint.Analysis;

/// <summary>
/// A problem of the run rather than a finding in prose: a skipped binary file, invalid UTF-8, a bad
/// configuration or name list. <see cref="Position"/> is 0-based; output adds one.
/// </summary>
public sealed record ToolNotification(string Id, Severity Level, string Message, string? Path = null, LinePosition? Position = null)
{
    public override string ToString() => Path is null
        ? $"{Level.Name()} {Id}: {Message}"
        : Position is { } p
            ? $"{Path}({p.Line + 1},{p.Character + 1}): {Level.Name()} {Id}: {Message}"
            : $"{Path}: {Level.Name()} {Id}: {Message}";
}
