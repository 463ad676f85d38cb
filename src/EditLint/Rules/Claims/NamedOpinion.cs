using EditLint.Documents;

namespace EditLint.Rules.Claims;

/// <summary>
/// Decides whether a verb of opinion gives a named holder's judgement ("Sol Hurok considers it the finest house") that
/// supports the claims after it: not the writer's ("I think"), not a vague or passive one ("many believe", "is
/// considered"), and not a perception, a search or a decision ("felt the strongest earthquake", "decided to rebuild").
/// </summary>
internal static class NamedOpinion
{
    /// <summary>
    /// The sentence's first named opinion ("the Pontiff believes that ... the best"); none when it is the writer's ("I
    /// think") or vague or passive ("many believe", "is considered"). Returns the verb's token index, or -1.
    /// </summary>
    internal static int SupportingOpinion(Document document, Sentence sentence, SuperlativeLexicon lexicon)
    {
        var tokens = sentence.Tokens;
        for (int i = 0; i < tokens.Count; i++)
        {
            // A verb in lower case and not after "the": "Rates in Greece are the highest", "rose through the ranks" are nouns.
            if (!tokens[i].IsWord || !lexicon.OpinionVerbs.Contains(document.GetText(tokens[i])) || ClaimText.StartsUpper(document.GetText(tokens[i])))
            {
                continue;
            }

            int subject = ClaimText.PreviousWord(tokens, i);
            if (!ClaimText.IsWord(document, tokens, subject, "the") && !VagueSource.IsVague(document, tokens, i, lexicon) && !VagueSource.IsVaguePassive(document, tokens, i, lexicon)
                && !IsRankOfItsSubject(document, tokens, i) && !IsDecisionToAct(document, tokens, i) && OpensAProposition(document, tokens, i, lexicon))
            {
                return subject < 0 || !lexicon.SelfSubjects.Contains(document.GetText(tokens[subject])) ? i : -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// Whether a verb of opinion holds a proposition, the opinion of its subject, rather than a perception, a search or
    /// its subject's own place: "that" or "as" within reach says so ("found after two years of study that", "thinks of
    /// Paris as"); a preposition right after the verb says not ("thought about the biggest problem"); a verb of feeling
    /// holds one only with an object pronoun or a clause after it ("felt it was", "feels like the city is"; not "felt the
    /// strongest earthquake in decades", "feel part of the world's biggest democracy", "felt more comfortable being");
    /// "found" none when a preposition ends its object before any ranking ("found the body near the city's tallest
    /// building"); "ranked" and "rated" none before an ordinal, a number or "the" and a ranking ("ranked fourth in the
    /// world's biggest tournament", "ranked the highest in the state": the subject's own place). Any other verb of
    /// opinion does ("believes Apple makes the best phones", "believes the largest city in Nigeria is Lagos").
    /// </summary>
    private static bool OpensAProposition(Document document, TokenList tokens, int verb, SuperlativeLexicon lexicon)
    {
        int next = verb + 1;
        bool reportsAClause = HasThatOrAsBeforeARanking(document, tokens, verb, lexicon);
        if (next >= tokens.Count || !tokens[next].IsWord)
        {
            return reportsAClause; // "believes, however, that"; not "felt, on Tuesday, the strongest", "After much thought, the"
        }

        var verbText = document.GetText(tokens[verb]);
        var nextText = document.GetText(tokens[next]);
        if (ObjectEnders.Contains(nextText))
        {
            return reportsAClause && !ClaimText.IsWord(document, tokens, next, "about"); // "thinks of Paris as", "found after two years of study that"; not "thought about the fact that"
        }

        if (reportsAClause)
        {
            return true;
        }

        if (FeelingVerbs.Contains(verbText))
        {
            return HoldsAClause(document, tokens, verb, lexicon);
        }

        if (verbText is "found" or "finds")
        {
            return HoldsAClause(document, tokens, verb, lexicon) || !EndsItsObjectBeforeARanking(document, tokens, verb, lexicon); // "found it was one of the most tranquil places"
        }

        // "Forbes ranked Melbourne the most liveable", "ranks it among": a ranker names what it ranks; "The team ranked
        // first", "ranked No. 2", "ranked the highest in the state" give the subject's own place.
        bool ranks = verbText.StartsWith("rank", StringComparison.OrdinalIgnoreCase) || verbText.StartsWith("rate", StringComparison.OrdinalIgnoreCase);
        return !ranks || lexicon.ComplementObjects.Contains(nextText) || (ClaimText.StartsUpper(nextText) && !lexicon.NotPlaces.Contains(nextText) && !nextText.Equals("No", StringComparison.Ordinal)); // "ranked No. 2", not "ranked Nokia"
    }

    /// <summary>
    /// "that" or "as" after a verb of opinion and before any ranking, within <see cref="ThatReach"/> tokens: "found after
    /// two years of study that", "believes, like many economists, that", "thinks of Paris as"; not "felt the strongest
    /// earthquake in decades as they drove home", where the ranking comes first.
    /// </summary>
    private static bool HasThatOrAsBeforeARanking(Document document, TokenList tokens, int verb, SuperlativeLexicon lexicon)
    {
        for (int k = verb + 1; k < tokens.Count && k <= verb + ThatReach; k++)
        {
            if (!tokens[k].IsWord)
            {
                if (document.ProseText[tokens[k].Start] is ';' or ':')
                {
                    return false;
                }

                continue;
            }

            if (ClaimText.IsWord(document, tokens, k, "that") || ClaimText.IsWord(document, tokens, k, "as"))
            {
                return true;
            }

            if (lexicon.MayBeClaimWord(document.GetText(tokens[k])))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"felt it was", "feels like the city is", "felt the film proved": an object pronoun, or a clause's verb within reach.</summary>
    private static bool HoldsAClause(Document document, TokenList tokens, int verb, SuperlativeLexicon lexicon)
    {
        for (int k = verb + 1; k < tokens.Count && k <= verb + PropositionReach && tokens[k].IsWord; k++)
        {
            var word = document.GetText(tokens[k]);
            if ((k == verb + 1 && lexicon.ComplementObjects.Contains(word)) || IsFiniteCopula(word, lexicon) || lexicon.PossessionVerbs.Contains(word)
                || ClaimText.Modals.Contains(word) || lexicon.Contractions.Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"found traces of the drug in the country's biggest river": a preposition before any ranking ends what was found.</summary>
    private static bool EndsItsObjectBeforeARanking(Document document, TokenList tokens, int verb, SuperlativeLexicon lexicon)
    {
        for (int k = verb + 1; k < tokens.Count && k <= verb + PropositionReach && tokens[k].IsWord; k++)
        {
            var word = document.GetText(tokens[k]);
            if (ObjectEnders.Contains(word))
            {
                return true;
            }

            if (lexicon.MayBeClaimWord(word))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "is", "remained", "proved": a copula that can be a clause's verb; not "being" or "been" ("felt more comfortable being
    /// Captain Wales"), nor a participle of naming ("felt a tremor called the strongest in decades").
    /// </summary>
    private static bool IsFiniteCopula(ReadOnlySpan<char> word, SuperlativeLexicon lexicon) =>
        lexicon.Copulas.Contains(word) && (FinitePastCopulas.Contains(word)
            || !(word.EndsWith("ing", StringComparison.OrdinalIgnoreCase) || word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || word.EndsWith("en", StringComparison.OrdinalIgnoreCase)));

    private static readonly WordSet FinitePastCopulas = new(["remained", "seemed", "proved"]);

    /// <summary>How many tokens after a verb of feeling or finding its clause or object may take.</summary>
    private const int PropositionReach = 6;

    /// <summary>How far after a verb of opinion its "that" or "as" may stand ("found after two years of study that").</summary>
    private const int ThatReach = 10;

    /// <summary>
    /// The verbs of opinion that hold one only with a clause: first verbs of perception ("felt the strongest earthquake"
    /// is no opinion) and "decided" ("Voters decided the closest race in the state's history" settles, it does not judge).
    /// </summary>
    private static readonly WordSet FeelingVerbs = new(["feel", "feels", "felt", "feeling", "decided", "decides"]);

    /// <summary>Prepositions that end a verb's object: what follows them says where, when or about what.</summary>
    private static readonly WordSet ObjectEnders = new(
        ["in", "on", "at", "near", "of", "for", "with", "from", "into", "through", "about", "over", "under", "across", "around", "during", "after", "before", "between", "among"]);

    /// <summary>"has decided to rebuild one of the most valuable sites": a verb of opinion before an infinitive tells what its subject will do, not what it holds true.</summary>
    private static bool IsDecisionToAct(Document document, TokenList tokens, int verb) =>
        ClaimText.IsWord(document, tokens, verb + 1, "to") && verb + 2 < tokens.Count && tokens[verb + 2].IsWord
        && !ClaimText.IsWord(document, tokens, verb + 2, "be") && !ClaimText.IsWord(document, tokens, verb + 2, "have");

    /// <summary>"The school ranks among the best", "ranks as one of the safest": the subject is ranked, by nobody named; "Forbes ranks it" names the ranker, and "He felt as I felt" is no ranking.</summary>
    private static bool IsRankOfItsSubject(Document document, TokenList tokens, int verb) =>
        ClaimText.IsWord(document, tokens, verb, "ranks") && (ClaimText.IsAmong(document, tokens, verb + 1) || ClaimText.IsWord(document, tokens, verb + 1, "as"));
}
