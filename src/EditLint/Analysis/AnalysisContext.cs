namespace EditLint.Analysis;

/// <summary>Where an analyzer reads its options and registers its actions, once per engine.</summary>
public sealed class AnalysisContext(AnalyzerOptions options)
{
    public AnalyzerOptions Options { get; } = options;

    internal List<Action<DocumentStartContext>> DocumentStartActions { get; } = [];

    internal List<Action<SentenceContext>> SentenceActions { get; } = [];

    internal List<Action<DocumentContext>> DocumentEndActions { get; } = [];

    internal List<ToolNotification> Notifications { get; } = [];

    internal List<Task> BackgroundWork { get; } = [];

    public void RegisterDocumentStartAction(Action<DocumentStartContext> action) => DocumentStartActions.Add(action);

    public void RegisterSentenceAction(Action<SentenceContext> action) => SentenceActions.Add(action);

    public void RegisterDocumentEndAction(Action<DocumentContext> action) => DocumentEndActions.Add(action);

    /// <summary>
    /// Work the analyzer started while initialising that goes on after it, such as the near-miss look-up of a large
    /// name list; the analyzer works meanwhile, only more slowly. A host may wait for it (see <see cref="AnalyzerEngine.BackgroundWork"/>).
    /// </summary>
    public void RegisterBackgroundWork(Task work)
    {
        lock (BackgroundWork)
        {
            BackgroundWork.Add(work);
        }
    }

    /// <summary>Reports a problem with the analyzer's own data (for example a bad name list).</summary>
    public void ReportNotification(ToolNotification notification)
    {
        lock (Notifications)
        {
            Notifications.Add(notification);
        }
    }
}
