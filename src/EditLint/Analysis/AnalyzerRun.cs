using EditLint.Documents;

namespace EditLint.Analysis;

/// <summary>
/// One analyzer's part in the analysis of one document: the contexts its actions see, where its findings go, and
/// what it got wrong. As Roslyn reports AD0001, a rule that throws, or reports a finding the engine cannot show (see
/// <see cref="FindingCheck"/>), is reported as EL0009 naming the rule; nothing it reports is dropped in silence.
/// </summary>
internal sealed class AnalyzerRun
{
    private readonly Analyzer analyzer;
    private readonly IReadOnlySet<string> declared;
    private readonly Document document;
    private readonly IReadOnlyDictionary<string, Severity> severities;
    private readonly List<Diagnostic> findings;
    private readonly List<ToolNotification> notifications;
    private string? firstBadFinding;
    private int firstBadOffset;
    private int badFindings;

    public AnalyzerRun(Analyzer analyzer, AnalysisContext context, IReadOnlySet<string> declared, Document document, DateOnly? asOf, IReadOnlyDictionary<string, Severity> severities, List<Diagnostic> findings, List<ToolNotification> notifications)
    {
        this.analyzer = analyzer;
        this.declared = declared;
        this.document = document;
        this.severities = severities;
        this.findings = findings;
        this.notifications = notifications;
        Context = context;
        Start = new DocumentStartContext(document, asOf, Report);
        Sentence = new SentenceContext(document, asOf, Report);
        End = new DocumentContext(document, asOf, Report);
    }

    public AnalysisContext Context { get; }

    public DocumentStartContext Start { get; }

    /// <summary>Reused across the sentences of the document, as the engine's hottest loop allocates nothing per call.</summary>
    public SentenceContext Sentence { get; }

    public DocumentContext End { get; }

    /// <summary>The rule's ids and the analyzer's type, e.g. "EL2001 (UnsupportedSuperlativeAnalyzer)".</summary>
    public static string NameOf(Analyzer analyzer)
    {
        var ids = analyzer.SupportedRules.Select(r => r.Id).ToArray();
        string list = ids.Length <= 3 ? string.Join(", ", ids) : $"{string.Join(", ", ids.Take(3))} and {ids.Length - 3} more";
        return $"{list} ({analyzer.GetType().Name})";
    }

    /// <summary>Runs a document action; an exception is reported and the walk goes on.</summary>
    public void TryRun(Action action)
    {
        try
        {
            action();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            ReportFailure(e, at: null);
        }
    }

    /// <summary>Reports that an action threw, at the start of the sentence it was given when there is one.</summary>
    public void ReportFailure(Exception e, Sentence? at) => notifications.Add(new ToolNotification(
        ToolRules.AnalyzerFailure.Id,
        Severity.Error,
        $"The rule {NameOf(analyzer)} failed on '{document.Path}' ({e.GetType().Name}: {e.Message}); its other findings in this file may be missing.",
        document.Path,
        at is null ? null : document.Source.Lines.GetPosition(at.Span.Start)));

    /// <summary>
    /// Reports the findings that could not be shown, once per analyzer and file, where the first one starts (or the
    /// nearest end of the text); call after the walk.
    /// </summary>
    public void ReportBadFindings()
    {
        if (firstBadFinding is null)
        {
            return;
        }

        string leftOut = badFindings == 1 ? "the finding was left out" : $"that finding and {badFindings - 1} more like it were left out";
        notifications.Add(new ToolNotification(
            ToolRules.AnalyzerFailure.Id,
            Severity.Error,
            $"The rule {NameOf(analyzer)} {firstBadFinding}, in '{document.Path}'; {leftOut}.",
            document.Path,
            document.Source.Lines.GetPosition(firstBadOffset)));
    }

    private void Report(Diagnostic finding)
    {
        if (FindingCheck.Problem(finding, declared, document.Source.Length) is { } problem)
        {
            if (firstBadFinding is null)
            {
                firstBadFinding = problem;
                firstBadOffset = Math.Clamp(finding.Span.Start, 0, document.Source.Length);
            }

            badFindings++;
            return;
        }

        // A rule turned off for this file (severity none) is not shown; that is configuration, not a bug.
        if (severities[finding.Id] is var severity && severity != Severity.None)
        {
            findings.Add(finding.Severity == severity ? finding : finding with { Severity = severity });
        }
    }
}
