using EditLint.Documents;
using EditLint.Rules.Claims;
using EditLint.Text;

namespace EditLint.Tests.Rules;

/// <summary>
/// The claim rules pass over a sentence whose words cannot make a finding (EL2001: no word that can carry a claim;
/// EL2002: no anchor). Over every sentence of every labelled set, the pass-over must change nothing: the findings of
/// each sentence are the same as those of the full word-by-word reading, so a word list that gains a form the gate
/// does not know fails here, not silently in a user's article.
/// </summary>
public class ClaimGateTests
{
    public static TheoryData<string, string?> Sets => new()
    {
        { UnsupportedSuperlativeAnalyzer.Id, null },
        { UnsupportedSuperlativeAnalyzer.Id, "heldout" },
        { UnsupportedSuperlativeAnalyzer.Id, "brown-dev" },
        { UnsupportedSuperlativeAnalyzer.Id, "brown-test" },
        { UnsupportedSuperlativeAnalyzer.Id, "wikinews-dev" },
        { UnsupportedSuperlativeAnalyzer.Id, "wikinews-test" },
        { UnsupportedSuperlativeAnalyzer.Id, "brown3-dev" },
        { UnsupportedSuperlativeAnalyzer.Id, "brown3-test" },
        { UnsupportedSuperlativeAnalyzer.Id, "brown4-test" },
        { UnsupportedSuperlativeAnalyzer.Id, "amalgum2-dev" },
        { UnsupportedSuperlativeAnalyzer.Id, "amalgum2-test" },
        { UnsupportedSuperlativeAnalyzer.Id, "current-dev" },
        { UnsupportedSuperlativeAnalyzer.Id, "current-test" },
        { UndatedClaimAnalyzer.Id, null },
        { UndatedClaimAnalyzer.Id, "heldout" },
        { UndatedClaimAnalyzer.Id, "brown-dev" },
        { UndatedClaimAnalyzer.Id, "brown-test" },
        { UndatedClaimAnalyzer.Id, "brown2-dev" },
        { UndatedClaimAnalyzer.Id, "brown2-test" },
        { UndatedClaimAnalyzer.Id, "wikinews-dev" },
        { UndatedClaimAnalyzer.Id, "wikinews-test" },
    };

    [Theory]
    [MemberData(nameof(Sets))]
    public void Passing_over_a_sentence_loses_no_finding_of_either_rule(string ruleId, string? part)
    {
        var document = PlainTextReader.Read("labelled.txt", new SourceText(LabelledSet.Load(ruleId, part).Text));
        var superlatives = SuperlativeLexicon.Create(new Dictionary<string, bool>(), [], [], []);
        var temporal = TemporalLexicon.Create(new Dictionary<string, bool>(), []);
        int found = 0;
        foreach (var sentence in document.Sentences)
        {
            List<SuperlativeMatch> gated = [], read = [];
            SuperlativeFinder.Find(document, sentence, superlatives, gated);
            SuperlativeFinder.ReadEveryWord(document, sentence, superlatives, read);
            gated.ShouldBe(read, document.GetText(sentence.Span).ToString());

            List<TemporalMatch> anchored = [], all = [];
            TemporalFinder.Find(document, sentence, temporal, anchored);
            TemporalFinder.ReadEveryWord(document, sentence, temporal, all);
            anchored.ShouldBe(all, document.GetText(sentence.Span).ToString());
            found += read.Count + all.Count;
        }

        found.ShouldBeGreaterThan(0, "a set with no finding at all would test nothing");
    }
}
