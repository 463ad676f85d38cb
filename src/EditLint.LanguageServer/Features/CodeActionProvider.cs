using EditLint.LanguageServer.Protocol;
using EditLint.LanguageServer.Workspace;

namespace EditLint.LanguageServer.Features;

/// <summary>
/// The light bulb on a finding: its fix, if the rule offers one ("Replace with 'Masahiko Komura'"), then "Suppress
/// EL1001 on this line". Both are quick fixes on the finding's diagnostic, built from the analysis of the document's
/// current version.
/// </summary>
internal static class CodeActionProvider
{
    public static CodeAction[] For(DocumentAnalysis analysis, Protocol.Range range, IReadOnlyList<string>? only = null)
    {
        // A client that asks only for other kinds (source.fixAll on save, refactor) gets none of these.
        if (only is { Count: > 0 } && !only.Any(kind => kind is "" or "quickfix"))
        {
            return [];
        }

        var actions = new List<CodeAction>();
        foreach (var finding in analysis.Findings.Where(f => TextPositions.Intersects(f.Published.Range, range)))
        {
            if (finding.Diagnostic.Fix is { } fix)
            {
                actions.Add(new CodeAction
                {
                    Title = fix.ReviewReason is { } reason ? $"Replace with '{fix.Replacement}' (check it: {reason})" : $"Replace with '{fix.Replacement}'",
                    Diagnostics = [finding.Published],
                    IsPreferred = fix.IsSafe,
                    Edit = Edit(analysis.Uri, new TextEdit(TextPositions.ToRange(analysis.Lines, fix.Span), fix.Replacement)),
                });
            }
        }

        foreach (var finding in analysis.Findings.Where(f => TextPositions.Intersects(f.Published.Range, range)).DistinctBy(f => (f.Diagnostic.Id, f.Published.Range.Start.Line)))
        {
            actions.Add(new CodeAction
            {
                Title = $"Suppress {finding.Diagnostic.Id} on this line",
                Diagnostics = [finding.Published],
                Edit = Edit(analysis.Uri, SuppressionEdit.For(analysis, finding.Diagnostic.Id, finding.Published.Range.Start.Line)),
            });
        }

        return [.. actions];
    }

    private static WorkspaceEdit Edit(string uri, TextEdit edit) => new() { Changes = new() { [uri] = [edit] } };
}
