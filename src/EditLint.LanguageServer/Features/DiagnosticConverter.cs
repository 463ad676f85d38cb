using EditLint.Analysis;
using EditLint.LanguageServer.Protocol;
using EditLint.LanguageServer.Workspace;
using EditLint.Text;

namespace EditLint.LanguageServer.Features;

/// <summary>
/// Turns the engine's result for a document into what the client shows, from the same <see cref="FileResult"/> the
/// CLI reports: the rule id as <c>code</c>, its page as <c>codeDescription.href</c>, the configured severity, UTF-16
/// ranges from the engine's line map, further locations (EL1002's other spellings) as related information.
/// Suppressed findings are left out.
/// </summary>
internal static class DiagnosticConverter
{
    public const string Source = "editlint";

    public static DocumentAnalysis Convert(string uri, int version, string text, bool isMarkdown, FileResult result)
    {
        var lines = result.Source?.Lines ?? new LineMap(text);
        var findings = result.Diagnostics
            .Where(d => !d.IsSuppressed)
            .Select(d => new Finding(d, ToLsp(uri, lines, d)))
            .ToArray();
        var notes = result.Notifications
            .Where(n => (n.Position is not null || n.Id == ToolRules.AnalyzerFailure.Id) && n.Severity != Severity.None)
            .Select(Note);
        return new DocumentAnalysis(uri, version, text, lines, isMarkdown, findings, [.. findings.Select(f => f.Published), .. notes]);
    }

    public static int ToSeverity(Severity severity) => severity switch
    {
        Severity.Error => 1,
        Severity.Warning => 2,
        _ => 3,
    };

    /// <summary>
    /// A tool notification with a position (a configuration or name list problem, an unknown directive), or a rule's
    /// failure (EL0009), shown at the top of the document when it has no place of its own, so a rule bug is never hidden.
    /// </summary>
    public static LspDiagnostic Note(ToolNotification note)
    {
        var position = note.Position ?? default;
        var start = new Position(position.Line, position.Character);
        return new LspDiagnostic
        {
            Range = new Protocol.Range(start, start with { Character = position.Character + 1 }),
            Severity = ToSeverity(note.Severity),
            Code = note.Id,
            Source = Source,
            Message = note.Message,
        };
    }

    private static LspDiagnostic ToLsp(string uri, LineMap lines, Diagnostic diagnostic) => new()
    {
        Range = TextPositions.ToRange(lines, diagnostic.Span),
        Severity = ToSeverity(diagnostic.Severity),
        Code = diagnostic.Id,
        CodeDescription = new CodeDescription { Href = diagnostic.Descriptor.HelpUri },
        Source = Source,
        Message = diagnostic.Message,
        RelatedInformation = diagnostic.AdditionalSpans.IsDefaultOrEmpty
            ? null
            : [.. diagnostic.AdditionalSpans.Select(s => new DiagnosticRelatedInformation
            {
                Location = new Location(uri, TextPositions.ToRange(lines, s.Span)),
                Message = s.Message,
            })],
    };
}
