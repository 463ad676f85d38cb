using EditLint.Documents;
using EditLint.Text;

namespace EditLint.Analysis;

/// <summary>
/// What one file gave: its diagnostics sorted by position and rule, and notifications about it.
/// <see cref="Source"/> is kept only when there is something to show, so a large run does not hold every file.
/// </summary>
public sealed record FileResult(
    string Path,
    string FullPath,
    SourceText? Source,
    DocumentKind? Kind,
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyList<ToolNotification> Notifications,
    string? Sha256)
{
    public bool WasLinted => Kind is not null;
}
