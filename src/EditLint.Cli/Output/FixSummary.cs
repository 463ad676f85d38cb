using EditLint.Analysis;
using EditLint.Fixes;
using EditLint.Text;

namespace EditLint.Cli.Output;

/// <summary>
/// What <c>--fix</c> did, on standard error: the fixes made (or, with <c>--dry-run</c>, that would be made), and the
/// fixes left for review because their rule does not mark them safe, with the reasons the fixes give (a near-miss name
/// may be another person), each at its position and marked, with the option that applies them, so that a file whose only fixes are near-miss
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

        var review = results.Zip(fixes).SelectMany(x => x.Second.LeftForReview.Select(d => (File: x.First, Fixed: x.Second, Diagnostic: d))).ToList();
        if (review.Count == 0)
        {
            return;
        }

        foreach (var (file, fileFix, diagnostic) in review)
        {
            error.WriteLine(Describe(file, fileFix, diagnostic, rewritten: !dryRun && fileFix.Changed));
        }

        string byRule = string.Join(", ", review.GroupBy(r => r.Diagnostic.Id).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Count()} {g.Key}"));
        var reasons = review.Select(r => r.Diagnostic.Fix!.ReviewReason!).Distinct(StringComparer.Ordinal).ToList();
        string why = reasons.Count == 0 ? string.Empty : $" ({string.Join("; ", reasons)})";
        error.WriteLine($"editlint: {EnglishCount.Of(review.Count, "fix", "fixes")} left for review ({byRule}): their rules do not mark them safe to apply unattended{why}. Check each, then apply them with --fix --unsafe-fixes.");
    }

    /// <summary>
    /// "a.md(1,23): unsafe fix EL1001: 'Masahiko Komuro' -> 'Masahiko Komura' (not applied)", at its place in the file as it
    /// is now: after the safe fixes were written, in the fixed text (its words were read as empty from the file once
    /// rewritten, and its column was that of the text before the fixes).
    /// </summary>
    private static string Describe(FileResult file, FileFix fileFix, Diagnostic diagnostic, bool rewritten)
    {
        var fix = diagnostic.Fix!;
        if (!rewritten)
        {
            string original = fileFix.Changed ? fileFix.OriginalText : file.Source!.Load()?.Text ?? string.Empty;
            return Line(file.Source!.Lines.GetPosition(diagnostic.Span.Start), Words(original, fix.Span.Start, fix.Span.Length), string.Empty);
        }

        // A safe fix that was applied may have rewritten the words themselves (a house rule's phrase around a name): the
        // finding is then shown where that fix's words now stand, with the words it had.
        var overlapping = fileFix.Changes.FirstOrDefault(c => c.Span.Start < fix.Span.End && fix.Span.Start < c.Span.End);
        var lines = new LineMap(fileFix.FixedText);
        if (overlapping is not null)
        {
            var moved = lines.GetPosition(Math.Min(Shifted(overlapping.Span.Start, fileFix.Changes), fileFix.FixedText.Length));
            return Line(moved, Words(fileFix.OriginalText, fix.Span.Start, fix.Span.Length), "; an applied fix rewrote these words");
        }

        var position = lines.GetPosition(Math.Min(Shifted(diagnostic.Span.Start, fileFix.Changes), fileFix.FixedText.Length));
        return Line(position, Words(fileFix.FixedText, Shifted(fix.Span.Start, fileFix.Changes), fix.Span.Length), string.Empty);

        string Line(LinePosition at, string words, string why) =>
            $"{file.Path}({at.Line + 1},{at.Character + 1}): unsafe fix {diagnostic.Id}: '{words}' -> '{fix.Replacement}' (not applied{why})";
    }

    private static string Words(string text, int start, int length) =>
        start >= 0 && start + length <= text.Length ? text.Substring(start, length) : string.Empty;

    /// <summary>Where <paramref name="offset"/> of the text before the fixes is in the fixed text: the changes before it moved it.</summary>
    private static int Shifted(int offset, IReadOnlyList<TextChange> changes)
    {
        int shift = 0;
        foreach (var change in changes)
        {
            if (change.Span.End <= offset)
            {
                shift += change.NewText.Length - change.Span.Length;
            }
        }

        return offset + shift;
    }
}
