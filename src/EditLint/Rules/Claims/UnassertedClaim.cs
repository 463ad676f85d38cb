using EditLint.Documents;

namespace EditLint.Rules.Claims;

/// <summary>
/// Decides whether a claim is one its clause does not assert: a ranking it wishes for ("aims to build the world's
/// largest", "in a bid to become the first-ever") or one under a condition contrary to fact ("if food waste were a
/// country, it would rank as the third highest emitter"). Every claim the finder records is asked, peacock terms and
/// compounds too.
/// </summary>
internal static class UnassertedClaim
{
    /// <summary>
    /// "aims to build the world's largest", "in a bid to become the first-ever": a ranking the clause wishes for,
    /// which asserts nothing. A word of <see cref="SuperlativeLexicon.Aspirations"/> and "to" before the claim, in its clause.
    /// </summary>
    internal static bool IsWishedFor(Document document, TokenList tokens, SuperlativeLexicon lexicon, int claim)
    {
        for (int k = claim - 1, words = 0; k > 0 && words < AspirationReach; k--)
        {
            if (!tokens[k].IsWord)
            {
                if (document.ProseText[tokens[k].Start] is ',' or ';' or ':' or '(' or ')')
                {
                    return false;
                }

                continue;
            }

            words++;
            if (ClaimText.IsWord(document, tokens, k, "to") && tokens[k - 1].IsWord && lexicon.Aspirations.Contains(document.GetText(tokens[k - 1])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "if food waste were a country, it would rank as the third highest emitter": a ranking under a condition contrary to
    /// fact, which asserts nothing. "would" within <see cref="AspirationReach"/> words before the claim, and "if ... were"
    /// within as many before that; the look-back is bounded, so a long sentence of claims is read in linear time.
    /// </summary>
    internal static bool IsCounterfactual(Document document, TokenList tokens, int claim)
    {
        int would = WordBack(document, tokens, "would", claim, AspirationReach);
        int were = would < 0 ? -1 : WordBack(document, tokens, "were", would, AspirationReach);
        return were >= 0 && WordBack(document, tokens, "if", were, AspirationReach) >= 0;
    }

    /// <summary>The nearest <paramref name="word"/> among the <paramref name="reach"/> words before token <paramref name="from"/>, or -1.</summary>
    private static int WordBack(Document document, TokenList tokens, string word, int from, int reach)
    {
        for (int k = from - 1, words = 0; k >= 0 && words < reach; k--)
        {
            if (!tokens[k].IsWord)
            {
                continue;
            }

            if (ClaimText.IsWord(document, tokens, k, word))
            {
                return k;
            }

            words++;
        }

        return -1;
    }

    /// <summary>How many words may stand between "hopes to" and the claim it wishes for ("hopes to make it the largest").</summary>
    private const int AspirationReach = 8;
}
