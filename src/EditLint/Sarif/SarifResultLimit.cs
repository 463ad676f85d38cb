using EditLint.Analysis;
using EditLint.Text;

namespace EditLint.Sarif;

/// <summary>
/// Keeps a run's results within a count: GitHub code scanning refuses a run of more than 25,000 results, so one
/// pathological file (a relative-time word repeated 150,000 times) made the whole upload fail. The most
/// severe results are kept, then the first in file order; the kept ones stay in file order, and a notification
/// (EL0015) says how many were left out and from which files.
/// </summary>
public static class SarifResultLimit
{
    /// <summary>GitHub's limit of results per run.</summary>
    public const int GitHubMaxResults = 25_000;

    // How many files the notification names before it says "and N more files".
    private const int FilesNamed = 20;

    /// <summary>
    /// The results (and the path each comes from, in step) cut to <paramref name="max"/>; null when nothing was cut.
    /// <paramref name="reason"/> ends the notification's first sentence ("the limit set by --sarif-max-results").
    /// </summary>
    public static ToolNotification? Apply(List<SarifResult> results, List<string> paths, int max, string reason)
    {
        if (results.Count <= max)
        {
            return null;
        }

        int total = results.Count;
        var keep = Enumerable.Range(0, total)
            .OrderBy(i => Rank(results[i]))
            .ThenBy(i => i)
            .Take(max)
            .Order()
            .ToArray();
        var kept = new bool[total];
        foreach (int i in keep)
        {
            kept[i] = true;
        }

        var leftOutByFile = Enumerable.Range(0, total)
            .Where(i => !kept[i])
            .GroupBy(i => paths[i], StringComparer.Ordinal)
            .Select(g => (Path: g.Key, Count: g.Count()))
            .OrderByDescending(g => g.Count)
            .ThenBy(g => g.Path, StringComparer.Ordinal)
            .ToList();

        var keptResults = keep.Select(i => results[i]).ToList();
        var keptPaths = keep.Select(i => paths[i]).ToList();
        results.Clear();
        results.AddRange(keptResults);
        paths.Clear();
        paths.AddRange(keptPaths);

        string files = string.Join("; ", leftOutByFile.Take(FilesNamed).Select(f => $"{EnglishCount.Number(f.Count)} from '{f.Path}'"));
        if (leftOutByFile.Count > FilesNamed)
        {
            files += $"; and {EnglishCount.Number(leftOutByFile.Skip(FilesNamed).Sum(f => f.Count))} from {EnglishCount.Number(leftOutByFile.Count - FilesNamed)} more files";
        }

        return new ToolNotification(
            ToolRules.SarifResultsLeftOut.Id,
            Severity.Warning,
            $"This log holds {EnglishCount.Number(max)} of the run's {EnglishCount.Number(total)} results, {reason}; the most severe were kept, then the first in file order. Left out: {files}");
    }

    // Errors first, then warnings, notes, and suppressed results last (GitHub ignores suppressions and would open them).
    private static int Rank(SarifResult result) =>
        (result.Suppressions is { Count: > 0 } ? 10 : 0) + result.Level switch
        {
            "error" => 0,
            "warning" => 1,
            "note" => 2,
            _ => 3,
        };

}
