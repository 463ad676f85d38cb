using EditLint.Documents;

namespace EditLint.Analysis;

/// <summary>What an action sees of the document being analyzed, and where it reports.</summary>
public class DocumentContext
{
    private readonly Action<Diagnostic> report;

    internal DocumentContext(Document document, DateOnly? asOf, Action<Diagnostic> report)
    {
        Document = document;
        Date = document.Date ?? asOf;
        this.report = report;
    }

    public Document Document { get; }

    /// <summary>The date the document speaks from: its front matter date, else <c>--as-of</c>, else none.</summary>
    public DateOnly? Date { get; }

    public void ReportDiagnostic(Diagnostic diagnostic) => report(diagnostic);
}

/// <summary>The context of a sentence action; one instance is reused across the sentences of a document.</summary>
public sealed class SentenceContext : DocumentContext
{
    internal SentenceContext(Document document, DateOnly? asOf, Action<Diagnostic> report)
        : base(document, asOf, report)
    {
    }

    public Sentence Sentence { get; internal set; } = null!;
}

/// <summary>The context of a document-start action: it may register sentence and end actions for this document only.</summary>
public sealed class DocumentStartContext : DocumentContext
{
    internal DocumentStartContext(Document document, DateOnly? asOf, Action<Diagnostic> report)
        : base(document, asOf, report)
    {
    }

    internal List<Action<SentenceContext>> SentenceActions { get; } = [];

    internal List<Action<DocumentContext>> EndActions { get; } = [];

    public void RegisterSentenceAction(Action<SentenceContext> action) => SentenceActions.Add(action);

    public void RegisterDocumentEndAction(Action<DocumentContext> action) => EndActions.Add(action);
}
