using System.Diagnostics;
using EditLint.LanguageServer.JsonRpc;
using EditLint.LanguageServer.Protocol;
using EditLint.LanguageServer.Workspace;

namespace EditLint.LanguageServer.Features;

/// <summary>
/// Analyses open documents after a pause in typing (the debounce) and publishes their diagnostics with the version
/// they are for. A newer version cancels the pending run of an older one, and a run that finishes after a newer
/// version arrived publishes nothing, so the newest version's diagnostics are always the last published.
/// </summary>
internal sealed class DiagnosticScheduler(DocumentAnalyzer analyzer, MessageWriter writer, TimeSpan debounce, ServerTrace trace)
{
    /// <summary>False when the client pulls diagnostics (<c>textDocument/diagnostic</c>): then nothing is pushed.</summary>
    public bool Push { get; set; } = true;

    public void Schedule(OpenDocument document)
    {
        var pending = new CancellationTokenSource();
        lock (document.Gate)
        {
            document.Pending?.Cancel();
            document.Pending = pending;
        }

        if (Push)
        {
            _ = RunAsync(document, pending.Token);
        }
    }

    /// <summary>Stops the pending run and clears the document's diagnostics.</summary>
    public void Close(OpenDocument document)
    {
        lock (document.Gate)
        {
            document.IsClosed = true;
            document.Pending?.Cancel();
            if (Push)
            {
                writer.Notify("textDocument/publishDiagnostics", new PublishDiagnosticsParams { Uri = document.Uri, Diagnostics = [] }, LspJsonContext.Default.PublishDiagnosticsParams);
            }
        }
    }

    /// <summary>The analysis of the document's current version: the one already made, or a new one.</summary>
    public DocumentAnalysis Current(OpenDocument document)
    {
        var (text, version) = document.Snapshot();
        if (document.Latest is { } latest && latest.Version == version)
        {
            return latest;
        }

        var clock = Stopwatch.StartNew();
        var analysis = analyzer.Analyze(document.Uri, document.LanguageId, text, version);
        trace.Log($"Analysed {document.Uri} version {version} in {clock.ElapsedMilliseconds} ms: {analysis.Findings.Count} finding(s).");
        lock (document.Gate)
        {
            if (document.Version == version)
            {
                document.Latest = analysis;
            }
        }

        return analysis;
    }

    private async Task RunAsync(OpenDocument document, CancellationToken cancellation)
    {
        try
        {
            await Task.Delay(debounce, cancellation).ConfigureAwait(false);
            var analysis = Current(document);
            lock (document.Gate)
            {
                if (cancellation.IsCancellationRequested || document.IsClosed || document.Version != analysis.Version)
                {
                    return;
                }

                writer.Notify(
                    "textDocument/publishDiagnostics",
                    new PublishDiagnosticsParams { Uri = document.Uri, Version = analysis.Version, Diagnostics = [.. analysis.Diagnostics] },
                    LspJsonContext.Default.PublishDiagnosticsParams);
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            trace.Error($"{document.Uri} could not be checked ({e.GetType().Name}: {e.Message}).");
        }
    }
}
