using EditLint.Analysis;
using EditLint.Fixes;
using EditLint.Text;

namespace EditLint.Cli.Output;

/// <summary>
/// What <c>--fix</c> did, on standard error: the fixes made (or, with <c>--dry-run</c>, that would be made), and the
/// fixes left for review because their rule does not mark them safe (a near-miss name may be another person), each
/// at its position and marked, with the option that applies them, so that a file whose only fixes are near-miss
/// names does not look as if --fix were broken.
/// </summary>
public static class FixSummary
{
    public static void Write(TextWriter error, IReadOnlyList<FileResult> results, IReadOnlyList<FileFix> fixes, bool dryRun)
    {
        int changes = fixes.Sum(f => f.Changes.Count);
        int files = fixes.Count(f => f.Changed);
        error.WriteLine(dryRun
            ? $"editlint: --dry-run: {EnglishCount.Of(changes, "fix", "fixes")} in {EnglishCount.Of(files, "file")} would be made; nothing was written."
            : $"editlint: fixed {EnglishCount.Of(changes, "finding")} in {EnglishCount.Of(files, "file")}.");

        var review = results.Zip(fixes).SelectMany(x => x.Second.LeftForReview.Select(d => (File: x.First, Diagnostic: d))).ToList();
        if (review.Count == 0)
        {
            return;
        }

        foreach (var (file, diagnostic) in review)
        {
            var position = file.Source!.Lines.GetPosition(diagnostic.Span.Start);
            var fix = diagnostic.Fix!;
            string written = file.Source.Load()?.Text.Substring(fix.Span.Start, fix.Span.Length) ?? string.Empty;
            error.WriteLine($"{file.Path}({position.Line + 1},{position.Character + 1}): unsafe fix {diagnostic.Id}: '{written}' -> '{fix.Replacement}' (not applied)");
        }

        string byRule = string.Join(", ", review.GroupBy(r => r.Diagnostic.Id).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Count()} {g.Key}"));
        error.WriteLine($"editlint: {EnglishCount.Of(review.Count, "fix", "fixes")} left for review ({byRule}): their rules do not mark them safe to apply unattended (a near-miss name may be another person). Check each, then apply them with --fix --unsafe-fixes.");
    }
}
