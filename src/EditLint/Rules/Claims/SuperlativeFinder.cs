using EditLint.Documents;
using EditLint.Text;

namespace EditLint.Rules.Claims;

/// <summary>What EL2001 found: a ranked superlative ("the most important") or a peacock term ("first-ever").</summary>
internal readonly record struct SuperlativeMatch(TextSpan Span, TextSpan Core, bool IsPeacock);

/// <summary>
/// Finds superlative and peacock claims in a sentence, left to right in one pass. A ranked superlative counts
/// only where it ranks something: after "the", a possessive ("Russia's biggest"), "its"/"their"/"his"/"her",
/// or an ordinal after one of those ("North Korea's second most important"); "one of" joins the span.
/// Set phrases ("at least", "most of") are consumed before any superlative inside them is seen.
/// </summary>
internal static class SuperlativeFinder
{
    private static readonly WordSet ThirdPersonDeterminers = new(["its", "their", "his", "her", "whose"]);

    private static readonly WordSet Ordinals = new(
        ["second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "single",
         "two", "three", "four", "five", "ten"]);

    public static void Find(Document document, Sentence sentence, SuperlativeLexicon lexicon, List<SuperlativeMatch> into)
    {
        var tokens = sentence.Tokens;
        int i = 0;
        while (i < tokens.Count)
        {
            if (!tokens[i].IsWord)
            {
                i++;
                continue;
            }

            if (lexicon.SetPhrases.TryMatch(document, tokens, i, out _, out int end)
                || (ClaimText.StartsUpper(document.GetText(tokens[i])) && lexicon.ProperNames.TryMatch(document, tokens, i, out _, out end)))
            {
                i = end;
                continue;
            }

            if (lexicon.Peacocks.TryMatch(document, tokens, i, out _, out end))
            {
                var span = TextSpan.FromBounds(tokens[i].Start, tokens[end - 1].End);
                into.Add(new SuperlativeMatch(span, span, IsPeacock: true));
                i = end;
                continue;
            }

            if (TryRanked(document, sentence, lexicon, i, out var match, out end))
            {
                into.Add(match);
                i = end;
                continue;
            }

            i++;
        }
    }

    private static bool TryRanked(Document document, Sentence sentence, SuperlativeLexicon lexicon, int i, out SuperlativeMatch match, out int end)
    {
        match = default;
        var tokens = sentence.Tokens;
        var word = document.GetText(tokens[i]);
        bool rankingWord = false;
        if (lexicon.Ranked.Contains(word))
        {
            end = i + 1;
        }
        else if (lexicon.Intensifiers.Contains(word) && i + 1 < tokens.Count && tokens[i + 1].IsWord && lexicon.MostAdjectives.Contains(document.GetText(tokens[i + 1])))
        {
            end = i + 2;
        }
        else if (lexicon.RankingWords.Contains(word))
        {
            end = i + 1;
            rankingWord = true;
        }
        else
        {
            end = i + 1;
            return false;
        }

        // A capital inside a sentence marks a title or a name: "Best Picture", "the Greatest Generation".
        if (ClaimText.StartsUpper(word) && !sentence.IsFirstWord(i))
        {
            return false;
        }

        int spanStart = i;
        int licence = ClaimText.PreviousWord(tokens, i);
        if (licence >= 0 && Ordinals.Contains(document.GetText(tokens[licence])))
        {
            spanStart = licence;
            licence = ClaimText.PreviousWord(tokens, licence);
        }

        if (licence < 0)
        {
            return false;
        }

        var licenceText = document.GetText(tokens[licence]);
        if (lexicon.SpeakerPossessives.Contains(licenceText))
        {
            return false;
        }

        int oneOfFrom;
        if (ClaimText.IsWord(document, tokens, licence, "the"))
        {
            if (rankingWord && !IsOneOf(document, tokens, licence))
            {
                return false;
            }

            spanStart = licence;
            oneOfFrom = licence;
        }
        else if (ClaimText.IsPossessive(licenceText) || ThirdPersonDeterminers.Contains(licenceText))
        {
            oneOfFrom = ClaimText.IsWord(document, tokens, licence - 1, "the") ? licence - 1 : licence;
        }
        else
        {
            return false;
        }

        if (IsOneOf(document, tokens, oneOfFrom))
        {
            spanStart = oneOfFrom - 2;
        }

        var core = TextSpan.FromBounds(tokens[i].Start, tokens[end - 1].End);
        match = new SuperlativeMatch(TextSpan.FromBounds(tokens[spanStart].Start, core.End), core, IsPeacock: false);
        return true;
    }

    /// <summary>True when "one of" stands right before token <paramref name="index"/>.</summary>
    private static bool IsOneOf(Document document, IReadOnlyList<Token> tokens, int index) =>
        ClaimText.IsWord(document, tokens, index - 1, "of") && ClaimText.IsWord(document, tokens, index - 2, "one");
}
