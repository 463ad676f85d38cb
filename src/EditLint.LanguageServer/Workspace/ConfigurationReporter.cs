using EditLint.Analysis;
using EditLint.LanguageServer.Features;
using EditLint.LanguageServer.JsonRpc;
using EditLint.LanguageServer.Protocol;

namespace EditLint.LanguageServer.Workspace;

/// <summary>
/// Shows the problems of a configuration each time it is read: as diagnostics on the file that has them
/// (<c>editlint.json</c>, a name list, a house rule file) and, for errors, in a message. Files whose problems are gone
/// get an empty list, so their old diagnostics disappear.
/// </summary>
internal sealed class ConfigurationReporter(MessageWriter writer)
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, HashSet<string>> reported = new(StringComparer.Ordinal);

    public void Report(ConfigurationState state)
    {
        var byFile = state.Notifications
            .Select(p => (Problem: p, Path: p.Path is { } path ? Path.GetFullPath(path, state.Root) : state.ConfigPath))
            .Where(x => x.Path is not null)
            .GroupBy(x => DocumentUri.FromPath(x.Path!), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(x => DiagnosticConverter.Note(x.Problem)).ToArray(), StringComparer.Ordinal);
        lock (gate)
        {
            string key = state.ConfigPath ?? string.Empty;
            foreach (string uri in reported.GetValueOrDefault(key) ?? [])
            {
                if (!byFile.ContainsKey(uri))
                {
                    Clear(uri);
                }
            }

            // A configuration file that was deleted is read again as no file (or as one further up), under another key:
            // what was shown for it is cleared here, or its problems would stay in the editor's list for good.
            foreach (string gone in reported.Keys.Where(k => k.Length > 0 && k != key && !File.Exists(k)).ToArray())
            {
                foreach (string uri in reported[gone].Where(u => !byFile.ContainsKey(u)))
                {
                    Clear(uri);
                }

                reported.Remove(gone);
            }

            foreach (var (uri, diagnostics) in byFile)
            {
                writer.Notify("textDocument/publishDiagnostics", new PublishDiagnosticsParams { Uri = uri, Diagnostics = diagnostics }, LspJsonContext.Default.PublishDiagnosticsParams);
            }

            reported[key] = [.. byFile.Keys];
        }

        var errors = state.Notifications.Where(p => p.Severity == Severity.Error).ToArray();
        if (errors.Length > 0)
        {
            string kept = state.IsGood ? string.Empty : " Until it is fixed, EditLint goes on with the last configuration that loaded (or its defaults).";
            string more = errors.Length > 1 ? $" (and {errors.Length - 1} more)" : string.Empty;
            writer.Notify("window/showMessage", new ShowMessageParams { Type = 1, Message = $"EditLint: {errors[0]}{more}.{kept}" }, LspJsonContext.Default.ShowMessageParams);
        }
    }

    private void Clear(string uri) =>
        writer.Notify("textDocument/publishDiagnostics", new PublishDiagnosticsParams { Uri = uri, Diagnostics = [] }, LspJsonContext.Default.PublishDiagnosticsParams);
}
