using EditLint.Text;

namespace EditLint.Analysis;

/// <summary>
/// Caps the findings of one file, as a compiler caps its errors: one generated file with a relative-time word
/// repeated 150,000 times gave 150,000 findings, which no reader wants and no output format handles well.
/// The most severe are kept, then the first in the file, suppressed findings last; a warning (EL0014) says how many
/// were left out. The cap applies before any output format sees the file.
/// </summary>
public static class FindingLimit
{
    /// <summary>The default of <c>maxFindingsPerFile</c>.</summary>
    public const int DefaultMaxPerFile = 1_000;

    /// <summary>The diagnostics (sorted by position) cut to <paramref name="max"/>, still sorted by position.</summary>
    public static Diagnostic[] Apply(Diagnostic[] sorted, int max, string path, List<ToolNotification> notifications)
    {
        if (sorted.Length <= max)
        {
            return sorted;
        }

        var kept = Enumerable.Range(0, sorted.Length)
            .OrderBy(i => sorted[i].IsSuppressed)
            .ThenByDescending(i => sorted[i].Severity)
            .ThenBy(i => i)
            .Take(max)
            .Order()
            .Select(i => sorted[i])
            .ToArray();
        notifications.Add(new ToolNotification(
            ToolRules.TooManyFindings.Id,
            Severity.Warning,
            $"'{path}' has {EnglishCount.Number(sorted.Length)} findings, over the limit of {EnglishCount.Number(max)} (maxFindingsPerFile); the {EnglishCount.Number(max)} most severe, then first in the file, are reported and {EnglishCount.Number(sorted.Length - max)} were left out.",
            path));
        return kept;
    }

}
