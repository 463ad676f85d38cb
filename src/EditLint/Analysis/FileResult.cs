using EditLint.Documents;
using EditLint.Text;

namespace EditLint.Analysis;

/// <summary>
/// What one file gave: its diagnostics sorted by position and rule, and notifications about it.
/// <see cref="Source"/> is kept only when there is something to show, and then only its line map unless the text
/// came from memory (see <see cref="FileText"/>), so a large run does not hold every file.
/// </summary>
public sealed record FileResult(
    string Path,
    string FullPath,
    FileText? Source,
    DocumentKind? Kind,
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyList<ToolNotification> Notifications,
    string? Sha256)
{
    public bool WasLinted => Kind is not null;
}
