using EditLint.Analysis;

namespace EditLint.Cli.Output;

/// <summary>Everything a formatter needs from one run; <see cref="Configuration"/> names the editlint.json used, or "built-in defaults".</summary>
public sealed record RunReport(
    string Root,
    IReadOnlyList<RuleDescriptor> Rules,
    IReadOnlyList<FileResult> Files,
    IReadOnlyList<ToolNotification> Notifications,
    string Configuration)
{
    public IEnumerable<(FileResult File, Diagnostic Diagnostic)> Diagnostics =>
        Files.SelectMany(f => f.Diagnostics.Select(d => (f, d)));

    /// <summary>Every notification of the run: the run's own first, then each file's, in file order.</summary>
    public IEnumerable<ToolNotification> AllNotifications => Notifications.Concat(Files.SelectMany(f => f.Notifications));
}
