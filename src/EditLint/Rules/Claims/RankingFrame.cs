using EditLint.Documents;
using EditLint.Names;

namespace EditLint.Rules.Claims;

/// <summary>
/// Decides whether "the" and a superlative stand in a frame that ranks: "one of the largest", "is the best", "consider
/// it the most likely cause", "suffered the worst defeat", the head of a sentence or of its main clause, in apposition
/// to a name, named after it ("the most tragic loss: the sinful waste") or with a scope later on. Elsewhere a
/// superlative after a plain "the" names a class ("the lowest income groups"); in documentation only a ranking in the
/// world counts (<see cref="RanksInTheWorld"/>).
/// </summary>
internal static class RankingFrame
{
    /// <summary>
    /// After a plain "the", a superlative often names a class ("the lowest income groups"); it ranks only after
    /// "one of"/"among", after a copula, a verb and its object pronoun ("consider it the most likely cause") or a verb of a
    /// recorded result ("suffered the worst defeat"), at the head of the sentence, or with a comparison scope after it.
    /// </summary>
    internal static bool InRankingFrame(Document document, Sentence sentence, SuperlativeLexicon lexicon, int the, int end, ref int lastScope, ref int firstComma)
    {
        var tokens = sentence.Tokens;
        if (PicksASubset(document, sentence, lexicon, the) >= 0)
        {
            return true;
        }

        if (IsPartitive(document, tokens, lexicon, end) || ClaimText.IsOneOf(document, tokens, the))
        {
            return true; // "the best of the latter", "several of the biggest artists" (a count in words; "100 of the most important items" is a class)
        }

        if (ClaimText.IsWord(document, tokens, the - 1, "of") && the >= 2 && tokens[the - 2].Kind == TokenKind.Number)
        {
            return false; // "About 100 of the most important items": a count in digits takes part of a class
        }

        bool quoted = the >= 2 && ClaimText.PreviousWord(tokens, the) < 0 && ClaimText.IsQuotationMark(document, tokens, the - 1); // 'has been called "the finest pianist"'
        int previous = PredicateSuperlative.WordBefore(document, tokens, lexicon, quoted ? the - 1 : the);

        if (previous >= 0 && (PredicateSuperlative.IsCopula(document, tokens, lexicon, previous) || IsAssertedPossession(document, tokens, lexicon, previous) || IsObjectComplement(document, tokens, lexicon, previous)
            || lexicon.OutcomeVerbs.Contains(document.GetText(tokens[previous])) || (lexicon.Conjunctions.Contains(document.GetText(tokens[previous])) && HasCopulaBefore(document, tokens, lexicon, previous))))
        {
            return true;
        }

        // "is widely regarded as the best", "is seen as the strongest": the praise is asserted, and nobody named.
        // "surpassed the United States as the biggest market": the subject takes the rank; not after a comma, nor before a
        // plural noun, where "as" opens a clause of its own ("Sales eclipsed forecasts, as the biggest retailers cut prices",
        // "replaced the captain as the best players rested").
        if (previous > 0 && ClaimText.IsWord(document, tokens, previous, "as") && tokens[previous - 1].IsWord
            && (lexicon.AsVerbs.Contains(document.GetText(tokens[previous - 1])) || IsAsVerbByWeasel(document, tokens, lexicon, previous - 1)
                || (!(end < tokens.Count && tokens[end].IsWord && ClaimText.IsPluralNoun(document.GetText(tokens[end]))) && FollowsAnOvertaking(document, tokens, lexicon, previous))))
        {
            return true;
        }

        // The head of the sentence, of a clause after a colon or semicolon, of the main clause after an opening
        // subordinate clause, or of a "that" clause: a subject.
        if (AtMostOneWordBeforeInClause(document, tokens, lexicon, the) || ModifiesTheSubjectsHead(document, sentence, the) || HeadsMainClause(document, tokens, lexicon, the, ref firstComma)
            || (previous >= 0 && ClaimText.IsWord(document, tokens, previous, "that")))
        {
            return true;
        }

        if (Apposition.IsAppositive(document, tokens, lexicon, the, end) || PredicateSuperlative.IsAdverbAfterPassive(document, tokens, lexicon, end - 1) || IsNamedAfter(document, tokens, lexicon, end))
        {
            return true;
        }

        // "the oldest known fossil", "the largest known prime": ranked against all that is known, as "ever" ranks; not
        // "the best known", which is fame.
        if (ClaimText.IsWord(document, tokens, end, "known") && !ClaimText.IsWord(document, tokens, end - 1, "best"))
        {
            return true;
        }

        return SuperlativeScope.HasScopeLater(document, sentence, lexicon, end, ref lastScope);
    }

    /// <summary>
    /// In documentation (a Markdown document with code) a superlative after "the" ranks in the world only among others
    /// ("one of the most important new features", "several of the largest"), with a scope ("the fastest parser in the
    /// world", "the oldest known"), by use ("the most common way to call it", "the most popular language") or as what a
    /// named thing is ("V8 is the fastest engine", "Perl is the most portable language"); as a predicate of anything else
    /// or the head of a sentence it explains the system or advises the reader ("the lowest minimum is used", "the most
    /// important options are", "this is the hardest choice"), which annotation.md's part on technical documentation leaves.
    /// </summary>
    internal static bool RanksInTheWorld(Document document, Sentence sentence, SuperlativeLexicon lexicon, int the, int end, ref int lastScope)
    {
        var tokens = sentence.Tokens;
        return ClaimText.IsOneOf(document, tokens, the) || PicksASubset(document, sentence, lexicon, the) >= 0 || ClaimText.IsWord(document, tokens, end, "known")
            || SuperlativeScope.HasScopeLater(document, sentence, lexicon, end, ref lastScope) || IsPredicateOfAName(document, sentence, lexicon, the) || RanksByUse(document, tokens, lexicon, end);
    }

    /// <summary>"the most popular", "most widely used": the superlative, ending at <paramref name="end"/>, ranks by how much a thing is used (<see cref="SuperlativeLexicon.AdviceUsage"/>).</summary>
    internal static bool RanksByUse(Document document, TokenList tokens, SuperlativeLexicon lexicon, int end) =>
        lexicon.AdviceUsage.Contains(document.GetText(tokens[end - 1]));

    /// <summary>
    /// "V8 is the fastest engine", "Perl is by far the most portable language": "the" after a copula whose subject, right
    /// before it, is a name: a capitalised word inside the sentence, or one that opens it and is no English word.
    /// </summary>
    private static bool IsPredicateOfAName(Document document, Sentence sentence, SuperlativeLexicon lexicon, int the)
    {
        var tokens = sentence.Tokens;
        int copula = PredicateSuperlative.WordBefore(document, tokens, lexicon, the);
        int subject = copula >= 0 ? ClaimText.PreviousWord(tokens, copula) : -1;
        if (subject < 0 || !lexicon.Copulas.Contains(document.GetText(tokens[copula])))
        {
            return false;
        }

        var word = document.GetText(tokens[subject]);
        return ClaimText.StartsUpper(word) && (!sentence.IsFirstWord(subject) || !EnglishWords.Default.Contains(word));
    }

    /// <summary>"regarded by many as the finest", "seen by some critics as": a verb of 'asVerbs' whose agent, ending at token <paramref name="agent"/>, is a weasel.</summary>
    private static bool IsAsVerbByWeasel(Document document, TokenList tokens, SuperlativeLexicon lexicon, int agent)
    {
        if (!lexicon.WeaselSubjects.Contains(document.GetText(tokens[agent])))
        {
            return false;
        }

        int by = ClaimText.PreviousWord(tokens, agent);
        if (by >= 0 && lexicon.WeaselSubjects.Contains(document.GetText(tokens[by])))
        {
            by = ClaimText.PreviousWord(tokens, by); // "by some critics"
        }

        return by >= 0 && ClaimText.IsWord(document, tokens, by, "by") && ClaimText.PreviousWord(tokens, by) is int verb and >= 0
            && lexicon.AsVerbs.Contains(document.GetText(tokens[verb]));
    }

    /// <summary>
    /// Where words of <c>setWords</c> ("one of", "many of", "among") that end right before token <paramref name="index"/>
    /// start; -1 when none do, or when "Some of" opens the sentence: "Some of the greatest poetry has been born out of
    /// failure", a subset heading a general statement, ranks only with a scope ("Some of the finest wines in France are").
    /// </summary>
    internal static int PicksASubset(Document document, Sentence sentence, SuperlativeLexicon lexicon, int index)
    {
        int start = ClaimText.SequenceBefore(document, sentence.Tokens, lexicon.SetWords, index);
        return start >= 0 && ClaimText.IsWord(document, sentence.Tokens, start, "some") && sentence.IsFirstWord(start) ? -1 : start;
    }

    /// <summary>
    /// A word of <see cref="SuperlativeLexicon.OvertakeVerbs"/> at most <see cref="OvertakeReach"/> tokens before "as",
    /// past its object and the commas inside it ("surpassed Tokyo, Japan, as"), but no other punctuation.
    /// </summary>
    private static bool FollowsAnOvertaking(Document document, TokenList tokens, SuperlativeLexicon lexicon, int @as)
    {
        for (int k = @as - 1; k >= 0 && @as - k <= OvertakeReach; k--)
        {
            if (!tokens[k].IsWord)
            {
                if (document.ProseText[tokens[k].Start] != ',')
                {
                    return false;
                }

                continue;
            }

            if (lexicon.OvertakeVerbs.Contains(document.GetText(tokens[k])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How many tokens an overtaking verb may stand before its "as" ("overtakes the Liberal–National Coalition as").</summary>
    private const int OvertakeReach = 7;

    /// <summary>
    /// "has the smoothest gait", "had the poorest showing": the subject holds the ranked quality. Not after a word of
    /// <see cref="SuperlativeLexicon.PossessionBlockers"/>: a modal or "to" (a wish: "must have the best education"), a
    /// relative pronoun (a class: "goals which have the greatest bearing"), a personal pronoun (one's own lot: "I have the
    /// strangest feeling", "we have the firmest reliance") or "have"/"has" (the perfect: "have had the happiest effect").
    /// </summary>
    private static bool IsAssertedPossession(Document document, TokenList tokens, SuperlativeLexicon lexicon, int verb)
    {
        if (!lexicon.PossessionVerbs.Contains(document.GetText(tokens[verb])))
        {
            return false;
        }

        int subject = ClaimText.PreviousWord(tokens, verb);
        return subject < 0 || !lexicon.PossessionBlockers.Contains(document.GetText(tokens[subject]));
    }

    /// <summary>
    /// "the most tragic loss: the sinful waste", "the largest contributor to that inflation: skyrocketing hospital costs",
    /// "the best antipoverty program around is a world-class education": after "the", a superlative's noun phrase (up to
    /// <see cref="NamedAfterReach"/> words after it) that a colon or a copula and a noun phrase then names ranks what it
    /// names. Not a copula before a place or a participle ("the most visible action is in Afghanistan", "the most widely
    /// acclaimed plays were revived"). After a speaker's possessive ("our most precious resource: our children") it is not
    /// asked: that frame ranks only with "one of".
    /// </summary>
    private static bool IsNamedAfter(Document document, TokenList tokens, SuperlativeLexicon lexicon, int end)
    {
        for (int k = end; k < tokens.Count && k <= end + NamedAfterReach; k++)
        {
            if (!tokens[k].IsWord)
            {
                char mark = tokens[k].Kind == TokenKind.Punctuation ? document.ProseText[tokens[k].Start] : '\0';
                return k > end && ((mark == ':' && k + 1 < tokens.Count && tokens[k + 1].IsWord && !lexicon.PostnominalFollowers.Contains(document.GetText(tokens[k + 1]))) // not ": in fact", ": in addition to"
                    || (mark == ',' && IsNameClosingItsPhrase(document, tokens, k + 1)));
            }

            if (k > end && PredicateSuperlative.IsCopula(document, tokens, lexicon, k) && !ClaimText.IsWord(document, tokens, k, "be")) // not "can be"
            {
                return k + 1 < tokens.Count && tokens[k + 1].IsWord && (document.GetText(tokens[k + 1]) is "a" or "an" || ClaimText.IsWord(document, tokens, k + 1, "the"));
            }

            if (lexicon.SpeakerSubjectBreakers.Contains(document.GetText(tokens[k])) && !ClaimText.IsWord(document, tokens, k, "that"))
            {
                return false; // "under the best conditions it is a work": a subject of its own
            }
        }

        return false;
    }

    /// <summary>
    /// "including the largest city, Funchal.": capitalised words from token <paramref name="start"/> that close their
    /// phrase (a mark or the sentence's end follows), a name in apposition. Not the subject of a clause of its own ("At
    /// the biggest rally, Trump said"), where a verb follows the name.
    /// </summary>
    private static bool IsNameClosingItsPhrase(Document document, TokenList tokens, int start)
    {
        int k = start;
        while (k < tokens.Count && k < start + NameReach && tokens[k].IsWord && ClaimText.StartsUpper(document.GetText(tokens[k])))
        {
            k++;
        }

        return k > start && (k == tokens.Count || (!tokens[k].IsWord && tokens[k].Kind == TokenKind.Punctuation && document.ProseText[tokens[k].Start] is ',' or '.' or ';' or ')'));
    }

    /// <summary>How many capitalised words a name in apposition may have.</summary>
    private const int NameReach = 4;

    /// <summary>How many words of a superlative's noun phrase may stand before the colon or copula that names it.</summary>
    private const int NamedAfterReach = 5;

    /// <summary>"the best of the latter", "the most widely acclaimed of the new arrivals": a superlative that picks one out of a named set.</summary>
    private static bool IsPartitive(Document document, TokenList tokens, SuperlativeLexicon lexicon, int end) =>
        ClaimText.IsWord(document, tokens, end, "of") && end + 1 < tokens.Count && tokens[end + 1].IsWord
        && lexicon.PartitiveDeterminers.Contains(document.GetText(tokens[end + 1])) && !PicksFromItsOwnClass(document, tokens, end);

    /// <summary>
    /// "the richest of the rich", "the poorest of the poor", "the best of the best": the set is named by the superlative's
    /// own adjective, an idiom for the extreme of a class rather than a ranking of one subject.
    /// </summary>
    private static bool PicksFromItsOwnClass(Document document, TokenList tokens, int of)
    {
        if (!ClaimText.IsWord(document, tokens, of + 1, "the") || of + 2 >= tokens.Count || !tokens[of + 2].IsWord || of < 1)
        {
            return false;
        }

        var superlative = document.GetText(tokens[of - 1]);
        var set = document.GetText(tokens[of + 2]);
        if (set.Length >= 3 && set[^1] is 'y' or 'Y' && superlative.EndsWith("iest", StringComparison.OrdinalIgnoreCase))
        {
            set = set[..^1]; // "the happiest of the happy"
        }

        return superlative.Equals(set, StringComparison.OrdinalIgnoreCase)
            || (set.Length >= 3 && superlative.Length - set.Length is > 0 and <= MaxSuperlativeEnding && superlative.StartsWith(set, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>"-gest" of "biggest": the most letters a superlative adds to its adjective.</summary>
    private const int MaxSuperlativeEnding = 4;

    /// <summary>
    /// "consider it the most likely cause", "making it the deadliest": an object pronoun at <paramref name="index"/> after a
    /// verb of <see cref="SuperlativeLexicon.ComplementVerbs"/>; not a denied one ("would not make it the largest", "didn't
    /// make it the biggest").
    /// </summary>
    private static bool IsObjectComplement(Document document, TokenList tokens, SuperlativeLexicon lexicon, int index) =>
        lexicon.ComplementObjects.Contains(document.GetText(tokens[index])) && ClaimText.PreviousWord(tokens, index) is int verb and >= 0
        && lexicon.ComplementVerbs.Contains(document.GetText(tokens[verb]))
        && !(ClaimText.PreviousWord(tokens, verb) is int before and >= 0 && ClaimText.IsNegation(document, tokens, before));

    /// <summary>"is a fine actor and probably the busiest": a copula earlier in the clause, within a few words of the conjunction.</summary>
    private static bool HasCopulaBefore(Document document, TokenList tokens, SuperlativeLexicon lexicon, int conjunction)
    {
        for (int i = conjunction - 1, words = 0; i >= 0 && words < CoordinationReach && i >= conjunction - (2 * CoordinationReach); i--)
        {
            if (!tokens[i].IsWord)
            {
                if (document.ProseText[tokens[i].Start] is not ',')
                {
                    return false;
                }

                continue;
            }

            if (PredicateSuperlative.IsCopula(document, tokens, lexicon, i))
            {
                return true;
            }

            words++;
        }

        return false;
    }

    /// <summary>How many words a conjunction may stand after the copula whose frame it shares.</summary>
    private const int CoordinationReach = 6;

    /// <summary>
    /// "Although they argued, the most important element is ...": "the" right after the sentence's first comma, when
    /// the sentence opens with a subordinator. The first comma is found once per sentence.
    /// </summary>
    private static bool HeadsMainClause(Document document, TokenList tokens, SuperlativeLexicon lexicon, int the, ref int firstComma)
    {
        if (the < 2 || tokens[the - 1].IsWord || document.ProseText[tokens[the - 1].Start] != ',')
        {
            return false;
        }

        if (firstComma == SuperlativeFinder.ScopeNotSought)
        {
            firstComma = FirstCommaAfterSubordinator(document, tokens, lexicon);
        }

        return firstComma == the - 1;
    }

    /// <summary>The sentence's first comma when its first word is a subordinator ("Although", "When"), else -1.</summary>
    private static int FirstCommaAfterSubordinator(Document document, TokenList tokens, SuperlativeLexicon lexicon)
    {
        int first = 0;
        while (first < tokens.Count && !tokens[first].IsWord)
        {
            first++;
        }

        if (first >= tokens.Count || !lexicon.Subordinators.Contains(document.GetText(tokens[first])))
        {
            return -1;
        }

        for (int i = first + 1; i < tokens.Count; i++)
        {
            if (!tokens[i].IsWord && document.ProseText[tokens[i].Start] == ',')
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>"The chief of the largest local monitoring group said": the subject's head noun, then "of", opening the sentence.</summary>
    private static bool ModifiesTheSubjectsHead(Document document, Sentence sentence, int the) =>
        the >= 3 && sentence.IsFirstWord(the - 3) && sentence.Tokens[the - 2].IsWord && ClaimText.IsWord(document, sentence.Tokens, the - 1, "of")
        && (ClaimText.IsWord(document, sentence.Tokens, the - 3, "the") || ClaimText.IsWord(document, sentence.Tokens, the - 3, "a") || ClaimText.IsWord(document, sentence.Tokens, the - 3, "an"));

    /// <summary>
    /// True when at most one word stands between the start of the clause (the sentence, a colon, a semicolon or a dash) and
    /// <paramref name="index"/>, not counting hedges of <see cref="SuperlativeLexicon.Adverbs"/> ("Just about the most
    /// enthralling example is", "Perhaps the best answer").
    /// </summary>
    private static bool AtMostOneWordBeforeInClause(Document document, TokenList tokens, SuperlativeLexicon lexicon, int index)
    {
        int count = 0;
        for (int i = index - 1; i >= 0 && count <= 1; i--)
        {
            if (tokens[i].IsWord)
            {
                if (HeadPrepositions.Contains(document.GetText(tokens[i])))
                {
                    return false; // "In the most confidential whispers ambassadors told": a phrase before the subject, not the subject
                }

                if (!lexicon.Adverbs.Contains(document.GetText(tokens[i])))
                {
                    count++;
                }
            }
            else if (tokens[i].Kind == TokenKind.Punctuation && (document.ProseText[tokens[i].Start] is ':' or ';' || ClaimText.IsDash(document.ProseText[tokens[i].Start])))
            {
                break; // a dash opens an aside: "-- and perhaps the most interesting one,"
            }
        }

        return count <= 1;
    }

    internal static readonly WordSet HeadPrepositions = new(["in", "on", "at", "for", "with", "from", "by", "to", "under", "during", "after", "before", "into", "through", "without"]);
}
