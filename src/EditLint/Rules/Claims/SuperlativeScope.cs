using EditLint.Documents;

namespace EditLint.Rules.Claims;

/// <summary>
/// Decides whether a superlative has a scope that ranks it against all others: a comparison scope ("ever", "in
/// history", "on record"), a named place or group ("the fastest truck in America", "the most popular officer in the
/// regiment") or a bound of time ("in 30 years", "since 1963").
/// </summary>
internal static class SuperlativeScope
{
    /// <summary>
    /// A scope later in the sentence ("in history", "ever", "in 30 years"). The last one is found once per sentence, so a
    /// long sentence full of superlatives is not scanned again for each of them.
    /// </summary>
    internal static bool HasScopeLater(Document document, Sentence sentence, SuperlativeLexicon lexicon, int end, ref int lastScope) =>
        HasScopeAfter(document, sentence, lexicon, end, ref lastScope) || HasSpanScope(document, sentence.Tokens, lexicon, lexicon.SpanScopeUnits, end);

    /// <summary>
    /// A named scope ranks as "in the world" does: "the fastest truck in America", "the youngest member in Hong Kong's
    /// history", "the largest vote in any constituency", "the most famous landmark of the United States"; a month or weekday
    /// after "in" is a time ("in June"), and "of" before an institution is its owner ("the most profound consideration of
    /// Congress"), not a scope. Up to three lower-case words (the noun) may stand between the superlative and "in" or "of".
    /// </summary>
    private static bool HasPlaceScope(Document document, TokenList tokens, SuperlativeLexicon lexicon, int end)
    {
        for (int k = end; k < tokens.Count && k <= end + 3 && tokens[k].IsWord; k++)
        {
            bool of = ClaimText.IsWord(document, tokens, k, "of");
            if ((ClaimText.IsWord(document, tokens, k, "in") || of || ClaimText.IsWord(document, tokens, k, "outside") || ClaimText.IsWord(document, tokens, k, "across"))
                && k + 1 < tokens.Count && tokens[k + 1].IsWord)
            {
                int place = ClaimText.IsWord(document, tokens, k + 1, "the") && k + 2 < tokens.Count && tokens[k + 2].IsWord ? k + 2 : k + 1;
                if (char.IsLower(document.ProseText[tokens[place].Start]) && lexicon.RegionAdjectives.Contains(document.GetText(tokens[place])) && place + 1 < tokens.Count && tokens[place + 1].IsWord)
                {
                    place++; // "in southern Lebanon"; not "of Southern literature", a capitalised name of its own
                }

                var next = document.GetText(tokens[place]);
                if (place == k + 2 && !of && lexicon.GroupScopes.Contains(next) && (place + 1 == tokens.Count || !tokens[place + 1].IsWord))
                {
                    return true; // "the most popular officer in the regiment,"
                }

                return (ClaimText.StartsUpper(next) && !lexicon.NotPlaces.Contains(next) && !(of && lexicon.NotScopesAfterOf.Contains(next)))
                    || ClaimText.IsWord(document, tokens, k + 1, "any");
            }

            if (k > end && !char.IsLower(document.GetText(tokens[k])[0]))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>A comparison scope after the superlative ("its largest increase in nearly half a century") or a named one ("in America").</summary>
    private static bool HasScopeAfter(Document document, Sentence sentence, SuperlativeLexicon lexicon, int end, ref int lastScope)
    {
        if (lastScope == SuperlativeFinder.ScopeNotSought)
        {
            lastScope = LastComparisonScope(document, sentence.Tokens, lexicon);
        }

        return lastScope >= end || HasPlaceScope(document, sentence.Tokens, lexicon, end);
    }

    /// <summary>
    /// "its largest increase since 1980", "their largest air attack on Ukraine, including the capital, since the start of
    /// the war": a comparison scope at most 16 tokens on, past commas and dashes but no other punctuation. In "Israel,
    /// which views Tehran as its biggest security threat, has ... in Syria, where ... since 2012" it is too far; a scope
    /// that near in another clause still counts.
    /// </summary>
    internal static bool HasScopeInClause(Document document, TokenList tokens, SuperlativeLexicon lexicon, int end)
    {
        for (int k = end; k < tokens.Count && k <= end + ClauseScopeReach && (tokens[k].Kind != TokenKind.Punctuation || document.ProseText[tokens[k].Start] == ',' || ClaimText.IsDash(document.ProseText[tokens[k].Start])); k++)
        {
            if (tokens[k].IsWord && lexicon.ComparisonScope.TryMatch(document, tokens, k, out _, out _))
            {
                return true;
            }
        }

        return HasPlaceScope(document, tokens, lexicon, end);
    }

    /// <summary>How many tokens after a superlative its scope may begin.</summary>
    private const int ClauseScopeReach = 16;

    /// <summary>
    /// "in more than three decades", "in 30 years", "the biggest jump in wholesale prices in a dozen years": "in" and a
    /// unit of time a few words on, within its clause, or "since 1963".
    /// </summary>
    internal static bool HasSpanScope(Document document, TokenList tokens, SuperlativeLexicon lexicon, WordSet units, int end)
    {
        for (int at = end; at < tokens.Count && at <= end + (2 * SpanScopeReach) && (tokens[at].IsWord || tokens[at].Kind == TokenKind.Number); at++)
        {
            if (EndOfTimeBound(document, tokens, lexicon, units, at) > at)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How far after a superlative "in" may stand, and how far after "in" its unit of time.</summary>
    private const int SpanScopeReach = 4;

    private static int LastComparisonScope(Document document, TokenList tokens, SuperlativeLexicon lexicon)
    {
        for (int i = tokens.Count - 1; i >= 0; i--)
        {
            if (tokens[i].IsWord && lexicon.ComparisonScope.TryMatch(document, tokens, i, out _, out _))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// "since 2009", "in 21 years", "in decades", "in more than a decade", "in a dozen years": the end of a bound of time
    /// at token <paramref name="k"/> ("since" and a number, or "in" and a unit of <paramref name="units"/> a few words
    /// on, within its clause), or -1.
    /// </summary>
    internal static int EndOfTimeBound(Document document, TokenList tokens, SuperlativeLexicon lexicon, WordSet units, int k)
    {
        if (ClaimText.IsWord(document, tokens, k, "since"))
        {
            // "since 2008"; "since September 21": a month and a day name a date as a year does ("since Monday" is recent).
            bool dated = k + 2 < tokens.Count && tokens[k + 1].IsWord && ClaimText.StartsUpper(document.GetText(tokens[k + 1])) && lexicon.NotPlaces.Contains(document.GetText(tokens[k + 1]))
                && tokens[k + 2].Kind == TokenKind.Number;
            if (dated)
            {
                return k + 3;
            }

            return k + 1 < tokens.Count && tokens[k + 1].Kind == TokenKind.Number ? k + 2 : -1;
        }

        if (!ClaimText.IsWord(document, tokens, k, "in"))
        {
            return -1;
        }

        for (int u = k + 1; u < tokens.Count && u <= k + SpanScopeReach && (tokens[u].IsWord || tokens[u].Kind == TokenKind.Number); u++)
        {
            if (tokens[u].IsWord && units.Contains(document.GetText(tokens[u])))
            {
                return u + 1;
            }
        }

        return -1;
    }
}
