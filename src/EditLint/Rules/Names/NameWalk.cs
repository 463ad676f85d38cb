using EditLint.Analysis;
using EditLint.Names;

namespace EditLint.Rules.Names;

/// <summary>
/// The name rules' one walk: the name mentions of each sentence are found and matched against the name list once, and
/// handed to each rule asked for. Separate analyzers sharing this work through a static per-sentence cache would be right
/// only while they walked the same sentences in the same order; so <see cref="NameAnalyzer"/> reports all three from
/// one walk, and what a document needs lives in its start action's closure.
/// </summary>
internal static class NameWalk
{
    [Flags]
    public enum Rules
    {
        Mismatch = 1,
        Inconsistent = 2,
        Role = 4,
        All = Mismatch | Inconsistent | Role,
    }

    public static void Register(AnalysisContext context, Rules rules)
    {
        // The English word list and the name lists each take a good part of start-up: load them side by side.
        var englishWords = Task.Run(() => EnglishWords.Default);
        var lists = NameLists.Load(context.Options.NameListPaths);
        context.RegisterBackgroundWork(lists.Index.NearMissesReady);
        if (rules.HasFlag(Rules.Mismatch))
        {
            NameMismatchAnalyzer.ReportListErrors(context, lists);
        }

        var roles = rules.HasFlag(Rules.Role) ? RoleMismatchAnalyzer.CreateChecker(context, lists) : null;
        var index = lists.Index;
        var words = englishWords.GetAwaiter().GetResult();
        bool mismatch = rules.HasFlag(Rules.Mismatch);
        bool inconsistent = rules.HasFlag(Rules.Inconsistent);
        context.RegisterDocumentStartAction(start =>
        {
            // Who has been named so far in this document, for surname-only near misses.
            var mentioned = new HashSet<int>();
            var unlisted = inconsistent ? new InconsistentNameAnalyzer.Collector() : null;
            start.RegisterSentenceAction(sentence =>
            {
                foreach (var item in SentenceNames.Get(sentence.Document, sentence.Sentence, index, words, mentioned))
                {
                    if (mismatch)
                    {
                        NameMismatchAnalyzer.Check(sentence, item.Match);
                    }

                    unlisted?.Add(sentence, item);
                    roles?.Check(sentence, item.Match);
                }
            });

            if (unlisted is not null)
            {
                start.RegisterDocumentEndAction(unlisted.Report);
            }
        });
    }
}
