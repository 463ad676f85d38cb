using EditLint.Analysis;
using EditLint.LanguageServer.Protocol;
using EditLint.Text;

namespace EditLint.LanguageServer.Workspace;

/// <summary>
/// One version of a document, analysed: the engine's findings that are not suppressed, each beside the LSP diagnostic
/// published for it, and the diagnostics for the tool's notes about the document (an unknown directive, say).
/// </summary>
internal sealed record DocumentAnalysis(
    string Uri,
    int Version,
    string Text,
    LineMap Lines,
    bool IsMarkdown,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<LspDiagnostic> Diagnostics);

/// <summary>A finding of the engine and the diagnostic the client sees for it.</summary>
internal sealed record Finding(Diagnostic Diagnostic, LspDiagnostic Published);
