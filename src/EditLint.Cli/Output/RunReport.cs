using EditLint.Analysis;

namespace EditLint.Cli.Output;

/// <summary>Everything a formatter needs from one run.</summary>
public sealed record RunReport(
    string Root,
    IReadOnlyList<RuleDescriptor> Rules,
    IReadOnlyList<FileResult> Files,
    IReadOnlyList<ToolNotification> Notifications)
{
    public IEnumerable<(FileResult File, Diagnostic Diagnostic)> Diagnostics =>
        Files.SelectMany(f => f.Diagnostics.Select(d => (f, d)));

    /// <summary>Every notification of the run: the run's own first, then each file's, in file order.</summary>
    public IEnumerable<ToolNotification> AllNotifications => Notifications.Concat(Files.SelectMany(f => f.Notifications));
}
