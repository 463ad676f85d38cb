using EditLint.Analysis;
using EditLint.Rules.Claims;
using Xunit.Abstractions;

namespace EditLint.Tests.Rules;

/// <summary>
/// Runs the claim rules over their labelled sets and holds them to the precision and recall they are meant to have:
/// EL2001 at 0.86/0.82 (its set relabelled under docs/rules/annotation.md), EL2002 at 0.90/0.90. The misses and false alarms are printed for whoever tunes next.
/// </summary>
public class LabelledSetTests(ITestOutputHelper output)
{
    public static TheoryData<string, double, double> Rules => new()
    {
        { UnsupportedSuperlativeAnalyzer.Id, 0.86, 0.82 },
        { UndatedClaimAnalyzer.Id, 0.90, 0.90 },
    };

    [Theory]
    [MemberData(nameof(Rules))]
    public void Meets_the_required_precision_and_recall(string ruleId, double minPrecision, double minRecall)
    {
        var set = LabelledSet.Load(ruleId);
        var score = set.Run(Create(ruleId));
        output.WriteLine($"{ruleId}: {set.SentenceCount} sentences, {set.TrapCount} traps; {score}");
        foreach (string line in score.FalsePositives)
        {
            output.WriteLine("false alarm  " + line);
        }

        foreach (string line in score.Misses)
        {
            output.WriteLine("missed       " + line);
        }

        score.Precision.ShouldBeGreaterThanOrEqualTo(minPrecision, score.ToString());
        score.Recall.ShouldBeGreaterThanOrEqualTo(minRecall, score.ToString());
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void Is_a_set_of_at_least_300_sentences_a_quarter_of_them_traps(string ruleId, double minPrecision, double minRecall)
    {
        _ = (minPrecision, minRecall);
        var set = LabelledSet.Load(ruleId);
        set.SentenceCount.ShouldBeGreaterThanOrEqualTo(300);
        (set.TrapCount * 4).ShouldBeGreaterThanOrEqualTo(set.SentenceCount);
    }

    /// <summary>
    /// The held-out sets were labelled without running the rules and are never tuned on; their score is printed
    /// for the docs and held only to a floor well below the tuned set's, so that it warns of a collapse, not of noise.
    /// </summary>
    [Theory]
    [MemberData(nameof(Rules))]
    public void Scores_the_held_out_set(string ruleId, double minPrecision, double minRecall)
    {
        _ = (minPrecision, minRecall);
        var set = LabelledSet.Load(ruleId, "heldout");
        var score = set.Run(Create(ruleId));
        output.WriteLine($"{ruleId} held out: {set.SentenceCount} sentences, {set.TrapCount} traps; {score}");
        foreach (string line in score.FalsePositives.Select(l => "false alarm  " + l).Concat(score.Misses.Select(l => "missed       " + l)))
        {
            output.WriteLine(line);
        }

        score.Precision.ShouldBeGreaterThanOrEqualTo(0.6, score.ToString());
        score.Recall.ShouldBeGreaterThanOrEqualTo(0.4, score.ToString());
    }

    /// <summary>
    /// The Brown press sample (docs/rules/annotation.md). Both halves are held to floors just under their first
    /// score (EL2001 dev 0.627/0.618, test 0.698/0.638; EL2002 dev 0.947/0.899, test 0.887/0.818), so that a
    /// change that loses ground on unseen text fails; the targets (EL2001 0.88/0.85, EL2002 0.90/0.90) are not
    /// met yet, and tuning belongs on the development half only.
    /// </summary>
    public static TheoryData<string, string, double, double> BrownPress => new()
    {
        { UnsupportedSuperlativeAnalyzer.Id, "brown-dev", 0.80, 0.80 },
        { UnsupportedSuperlativeAnalyzer.Id, "wikinews-dev", 0.64, 0.74 },
        { UndatedClaimAnalyzer.Id, "brown-dev", 0.97, 0.97 },
        { UndatedClaimAnalyzer.Id, "wikinews-dev", 0.97, 0.95 },
        { UnsupportedSuperlativeAnalyzer.Id, "brown-test", TestFloor.EL2001Precision, TestFloor.EL2001Recall },
        { UndatedClaimAnalyzer.Id, "brown-test", TestFloor.EL2002Precision, TestFloor.EL2002Recall },
    };

    [Theory]
    [MemberData(nameof(BrownPress))]
    public void Scores_the_Brown_press_sample(string ruleId, string part, double minPrecision, double minRecall)
    {
        var set = LabelledSet.Load(ruleId, part);
        var score = set.Run(Create(ruleId));
        output.WriteLine($"{ruleId} {part}: {set.SentenceCount} sentences, {set.TrapCount} traps; {score}");
        foreach (string line in score.FalsePositives.Select(l => "false alarm  " + l).Concat(score.Misses.Select(l => "missed       " + l)))
        {
            output.WriteLine(line);
        }

        score.Precision.ShouldBeGreaterThanOrEqualTo(minPrecision, score.ToString());
        score.Recall.ShouldBeGreaterThanOrEqualTo(minRecall, score.ToString());
    }

    /// <summary>The sealed half's floors: its one score, rounded down.</summary>
    private static class TestFloor
    {
        public const double EL2001Precision = 0.68;
        public const double EL2001Recall = 0.62;
        public const double EL2002Precision = 0.86;
        public const double EL2002Recall = 0.80;
    }

    private static Analyzer Create(string ruleId) => ruleId switch
    {
        UnsupportedSuperlativeAnalyzer.Id => new UnsupportedSuperlativeAnalyzer(),
        UndatedClaimAnalyzer.Id => new UndatedClaimAnalyzer(),
        _ => throw new ArgumentOutOfRangeException(nameof(ruleId)),
    };
}
