using EditLint.Documents;

namespace EditLint.Rules.Claims;

/// <summary>
/// Decides whether a claim is a rank conferred on its subject by a named agent: "was declared the oldest dog in the
/// world by the Guinness Book of Records", "was listed by Forbes as the 35th most powerful woman"; the agent, not the
/// writer, vouches for it.
/// </summary>
internal static class ConferredRank
{
    /// <summary>
    /// "was declared the oldest dog in the world by the Guinness Book of Records", "was named as the best restaurant in
    /// Europe by Restaurant magazine": a verb of <see cref="SuperlativeLexicon.ConferringVerbs"/> in the passive right
    /// before the claim (past "as"), and, in the claim's clause after it, "by" and a capitalised agent ("the" may come
    /// first). Not "by far", "by population", "by a wide margin", "directed by a woman".
    /// </summary>
    public static bool IsConferredByNamedAgent(Document document, TokenList tokens, SuperlativeLexicon lexicon, int claimStart, int claimCore)
    {
        int verb = ClaimText.PreviousWord(tokens, claimStart);
        if (verb >= 0 && ClaimText.IsPossessive(document.GetText(tokens[verb]), lexicon.Contractions))
        {
            verb = ClaimText.PreviousWord(tokens, verb); // "has been named the world's best restaurant by Restaurant magazine"
            if (ClaimText.IsWord(document, tokens, verb, "the"))
            {
                verb = ClaimText.PreviousWord(tokens, verb);
            }
        }

        if (verb >= 0 && ClaimText.IsWord(document, tokens, verb, "as"))
        {
            verb = ClaimText.PreviousWord(tokens, verb);
            if (AgentBefore(document, tokens, verb, lexicon) is int by and >= 0 && ClaimText.PreviousWord(tokens, by) is int conferrer and >= 0
                && lexicon.ConferringVerbs.Contains(document.GetText(tokens[conferrer])) && IsPassive(document, tokens, conferrer, lexicon))
            {
                return true; // "was recently listed by Forbes as the 35th most powerful woman in the world"
            }
        }

        if (verb < 0 || !lexicon.ConferringVerbs.Contains(document.GetText(tokens[verb])) || !IsPassive(document, tokens, verb, lexicon))
        {
            return false;
        }

        int end = ClaimText.PhraseEnd(document, tokens, claimCore);
        for (int k = claimCore + 1; k < end; k++)
        {
            if (ClaimText.IsWord(document, tokens, k, "by"))
            {
                return NamesAnAgentAfter(document, tokens, k, lexicon);
            }
        }

        return false;
    }

    /// <summary>
    /// "listed by Forbes as", "named by the Guinness Book as": the "by" before one to three capitalised words that end at
    /// token <paramref name="last"/> and name an agent (<see cref="NamesAnAgentAfter"/>); -1 when there is none.
    /// </summary>
    private static int AgentBefore(Document document, TokenList tokens, int last, SuperlativeLexicon lexicon)
    {
        int k = last;
        while (k >= 0 && k > last - 3 && tokens[k].IsWord && ClaimText.StartsUpper(document.GetText(tokens[k])))
        {
            k--;
        }

        if (ClaimText.IsWord(document, tokens, k, "the"))
        {
            k--;
        }

        return k < last && NamesAnAgentAfter(document, tokens, k, lexicon) ? k : -1;
    }

    /// <summary>
    /// "by Forbes", "by the Guinness Book of Records", "by Theresa May": "by" at token <paramref name="by"/>, perhaps "the", and
    /// a capitalised name that is not a month or weekday alone ("by March", "by Monday" say when).
    /// </summary>
    private static bool NamesAnAgentAfter(Document document, TokenList tokens, int by, SuperlativeLexicon lexicon)
    {
        int name = ClaimText.IsWord(document, tokens, by + 1, "the") ? by + 2 : by + 1;
        if (!ClaimText.IsWord(document, tokens, by, "by") || name >= tokens.Count || !tokens[name].IsWord || !ClaimText.StartsUpper(document.GetText(tokens[name])))
        {
            return false;
        }

        return !lexicon.NotPlaces.Contains(document.GetText(tokens[name]))
            || (name + 1 < tokens.Count && tokens[name + 1].IsWord && ClaimText.StartsUpper(document.GetText(tokens[name + 1])));
    }

    /// <summary>"was officially declared", "has been named", "Otto, declared": a participle after a form of "be" (past -ly adverbs) or a comma.</summary>
    private static bool IsPassive(Document document, TokenList tokens, int verb, SuperlativeLexicon lexicon) =>
        VagueSource.BeforeAdverbs(document, tokens, verb, lexicon) is int k and >= 0
        && (tokens[k].IsWord ? lexicon.PassiveMarkers.Contains(document.GetText(tokens[k])) : document.ProseText[tokens[k].Start] == ',');
}
