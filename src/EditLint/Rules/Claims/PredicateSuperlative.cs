using EditLint.Documents;

namespace EditLint.Rules.Claims;

/// <summary>
/// Decides whether a superlative is a predicate that ranks its subject: after a copula ("is the leading", "is truly one
/// of"), bare after one ("where snow was heaviest,", "Relief has been hardest to provide", "Denver Mud was most
/// popular"), after a passive participle ("were hit the hardest."), in a clause that "where" opens, or in a conjunct
/// that shares the predicate before it. With "it" or "this" for subject ("it's easiest to use") it advises instead.
/// </summary>
internal static class PredicateSuperlative
{
    /// <summary>"is the leading", "who's the leading", "is truly one of": a word right after a copula (and an adverb), a predicate that ranks its subject.</summary>
    internal static bool IsPredicate(Document document, TokenList tokens, SuperlativeLexicon lexicon, int the) =>
        WordBefore(document, tokens, lexicon, the) is int verb and >= 0 && IsCopula(document, tokens, lexicon, verb);

    /// <summary>
    /// "where snow was heaviest,", "Relief has been hardest to provide", "this month has been deadliest for the US": an
    /// -est form right after a copula (past one adverb), without "the", ranks its subject where a comma or semicolon
    /// closes the clause on it or it goes on with an infinitive or "for". Not before "when", "in" or "on" ("America is
    /// strongest when it works with its allies", "the council is weakest in areas that ..."), nor at the end of the
    /// sentence ("It is in the matter of death that his failure is plainest."), where it compares the subject with itself
    /// in some respect; not "best" and "least", set phrases after a copula ("was best known", "is least likely"); not
    /// after "it" ("it's easiest to use"), which gives advice.
    /// </summary>
    internal static bool IsBarePredicate(Document document, TokenList tokens, SuperlativeLexicon lexicon, int i, int licence)
    {
        var word = document.GetText(tokens[i]);
        if (!word.EndsWith("est", StringComparison.OrdinalIgnoreCase) || word.Equals("best", StringComparison.OrdinalIgnoreCase)
            || word.Equals("least", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (!IsPredicateOfASubject(document, tokens, lexicon, licence))
        {
            return false;
        }

        int next = i + 1;
        if (next >= tokens.Count || !tokens[next].IsWord)
        {
            return next < tokens.Count && document.ProseText[tokens[next].Start] is ',' or ';';
        }

        // "to provide", not "closest to the border": an infinitive opens with a lower-case verb, not a determiner.
        return ClaimText.IsWord(document, tokens, next, "for")
            || (ClaimText.IsWord(document, tokens, next, "to") && next + 1 < tokens.Count && tokens[next + 1].IsWord && char.IsLower(document.ProseText[tokens[next + 1].Start])
                && !IsDeterminer(document.GetText(tokens[next + 1]), lexicon));
    }

    /// <summary>
    /// "Denver Mud was most popular", "the warning types that are most common", "was most widely used": "most" and a word
    /// of use (<see cref="SuperlativeLexicon.AdviceUsage"/>) after a copula rank a thing above all others by how much it is
    /// used, with or without "the"; not after "it" or "this" (<see cref="IsPredicateOfASubject"/>), nor "most famous for",
    /// what a thing is known for ("was most famous for his role in Brassed Off"). A frequency adverb ("is most commonly
    /// used": how usual, annotation.md) never reaches here.
    /// </summary>
    internal static bool IsBareUsagePredicate(Document document, TokenList tokens, SuperlativeLexicon lexicon, int i, int end, int licence)
    {
        if (end - i is not (2 or 3) || !ClaimText.IsWord(document, tokens, i, "most") || !RankingFrame.RanksByUse(document, tokens, lexicon, end)
            || (ClaimText.IsWord(document, tokens, end - 1, "famous") && ClaimText.IsWord(document, tokens, end, "for")))
        {
            return false;
        }

        return IsPredicateOfASubject(document, tokens, lexicon, licence);
    }

    /// <summary>
    /// Whether token <paramref name="licence"/> is a copula, perhaps before an adverb, whose subject is not "it" or "this":
    /// "it's easiest to use", "It's probably safest to assume", "This is most common when the cache is cold" advise
    /// or explain, with a placeholder for a subject.
    /// </summary>
    private static bool IsPredicateOfASubject(Document document, TokenList tokens, SuperlativeLexicon lexicon, int licence)
    {
        int copula = PastAdverb(document, tokens, lexicon, licence);
        return copula >= 0 && IsCopula(document, tokens, lexicon, copula) && !IsAfterIt(document, tokens, copula);
    }

    /// <summary>
    /// "where warming is greatest.", "where the crisis runs deepest", "the continent where the Church is growing fastest",
    /// "where resistant organisms are most prevalent": a bare superlative after the verb of a clause that "where" opens
    /// ranks that place above all others. Not "best" or "least" ("where it is best placed", "where it is least likely"), not
    /// after "a", where "most" means "very" ("where they were questioned by a most unfriendly clerk"), nor after the
    /// "where" clause has closed.
    /// </summary>
    internal static bool RanksTheWhere(Document document, TokenList tokens, int i, int licence)
    {
        var word = document.GetText(tokens[i]);
        if (licence < 0 || word.Equals("best", StringComparison.OrdinalIgnoreCase) || word.Equals("least", StringComparison.OrdinalIgnoreCase)
            || !char.IsLower(document.ProseText[tokens[licence].Start]) || ClaimText.IsIndefiniteArticle(document, tokens, licence))
        {
            return false;
        }

        for (int k = licence - 1; k >= 0 && k >= licence - WhereReach; k--)
        {
            if (!tokens[k].IsWord || ClaimText.Modals.Contains(document.GetText(tokens[k])))
            {
                return false; // "Action located where the evil is concentrated will prove most decisive": a main clause's verb
            }

            if (ClaimText.IsWord(document, tokens, k, "where"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// How many tokens before the superlative's verb the "where" of its clause may stand: room for a subject of up to four
    /// words and an auxiliary ("where the Roman Catholic Church is growing fastest").
    /// </summary>
    private const int WhereReach = 6;

    /// <summary>
    /// "were hit the hardest.", "Older people are affected the most.", "was hit hardest by the storm": a superlative adverb
    /// at token <paramref name="superlative"/> (after an optional "the") right after a passive participle ranks the subject
    /// among all who underwent it, where it closes its clause or "by" follows. Not in the active ("those who need it the
    /// most") nor in a relative clause ("the countries that were hit hardest"), which name a class.
    /// </summary>
    internal static bool IsAdverbAfterPassive(Document document, TokenList tokens, SuperlativeLexicon lexicon, int superlative)
    {
        int participle = ClaimText.PreviousWord(tokens, superlative);
        if (participle >= 0 && ClaimText.IsWord(document, tokens, participle, "the"))
        {
            participle = ClaimText.PreviousWord(tokens, participle);
        }

        int marker = participle >= 0 ? PastAdverb(document, tokens, lexicon, ClaimText.PreviousWord(tokens, participle)) : -1;
        if (marker < 0 || !lexicon.PassiveMarkers.Contains(document.GetText(tokens[marker])))
        {
            return false;
        }

        int subject = ClaimText.PreviousWord(tokens, marker);
        if (subject >= 0 && document.GetText(tokens[subject]) is "that" or "which" or "who")
        {
            return false; // "among the countries that were hit hardest": a relative clause names a class
        }

        var verb = document.GetText(tokens[participle]);
        int next = superlative + 1;
        return lexicon.IsPastParticiple(verb)
            && !lexicon.ConferringVerbs.Contains(verb) && !ClaimText.HasHyphen(tokens[superlative], document.GetText(tokens[superlative])) // "is voted best-on-ground": an award
            && (next >= tokens.Count || !tokens[next].IsWord || ClaimText.IsWord(document, tokens, next, "by"));
    }

    /// <summary>"it's", "it is", "this was": the copula at token <paramref name="copula"/> has "it" or "this" for its subject, a placeholder ("that are" is a relative clause's).</summary>
    private static bool IsAfterIt(Document document, TokenList tokens, int copula)
    {
        var verb = document.GetText(tokens[copula]);
        int subject = ClaimText.PreviousWord(tokens, copula);
        return (verb.Length > 3 && verb[..2].Equals("it", StringComparison.OrdinalIgnoreCase) && verb[2] is '\'' or '\u2019')
            || ClaimText.IsWord(document, tokens, subject, "it") || ClaimText.IsWord(document, tokens, subject, "this");
    }

    /// <summary>"a", "an", or a word of <c>partitiveDeterminers</c> ("the", "this", "its", "them"): it opens a noun phrase, not a verb.</summary>
    internal static bool IsDeterminer(ReadOnlySpan<char> word, SuperlativeLexicon lexicon) =>
        word is "a" or "an" || lexicon.PartitiveDeterminers.Contains(word);

    /// <summary>The word before token <paramref name="index"/>, past one adverb ("is now the worst", "remains by far"); -1 when punctuation intervenes.</summary>
    internal static int WordBefore(Document document, TokenList tokens, SuperlativeLexicon lexicon, int index) =>
        PastAdverb(document, tokens, lexicon, ClaimText.PreviousWord(tokens, index));

    /// <summary>
    /// Token <paramref name="word"/>, or the word before it when it is an adverb ("now" in "is now the worst") or ends "by
    /// far" ("is by far the most popular"); -1 when there is none.
    /// </summary>
    private static int PastAdverb(Document document, TokenList tokens, SuperlativeLexicon lexicon, int word)
    {
        if (word < 0)
        {
            return word;
        }

        if (ClaimText.IsWord(document, tokens, word, "far") && ClaimText.PreviousWord(tokens, word) is int by and >= 0 && ClaimText.IsWord(document, tokens, by, "by"))
        {
            return ClaimText.PreviousWord(tokens, by);
        }

        var text = document.GetText(tokens[word]);
        return lexicon.Adverbs.Contains(text) || (ClaimText.IsLyAdverb(text) && char.IsLower(text[0]) && !lexicon.FrequencyAdverbs.Contains(text))
            ? ClaimText.PreviousWord(tokens, word) : word; // not "is usually the easiest route": a habit, not a rank
    }

    internal static bool IsCopula(Document document, TokenList tokens, SuperlativeLexicon lexicon, int index) =>
        lexicon.Copulas.Contains(document.GetText(tokens[index])) || IsContractedCopula(document.GetText(tokens[index]), lexicon.Contractions);

    /// <summary>
    /// "he became the youngest driver to qualify in pole position and youngest race winner": a superlative after "and"
    /// without a determiner of its own shares the predicate "the" of a superlative in the conjunct right before it, with
    /// no punctuation between ("the lowest income groups, and poorest families" names classes).
    /// </summary>
    internal static bool HasRankedConjunctBefore(Document document, TokenList tokens, SuperlativeLexicon lexicon, int conjunction)
    {
        for (int i = conjunction - 1, words = 0; i > 0 && words < ConjunctReach; i--)
        {
            if (!tokens[i].IsWord)
            {
                return false;
            }

            if (lexicon.IsSuperlative(document.GetText(tokens[i])) && ClaimText.IsWord(document, tokens, i - 1, "the"))
            {
                return IsPredicate(document, tokens, lexicon, i - 1);
            }

            words++;
        }

        return false;
    }

    /// <summary>How many words the conjunct before "and" may hold after its superlative.</summary>
    private const int ConjunctReach = 8;

    /// <summary>"it's the best", "that's the biggest".</summary>
    private static bool IsContractedCopula(ReadOnlySpan<char> word, WordSet contractions) =>
        word.Length > 2 && (word[^1] is 's' or 'S') && word[^2] is '\'' or '\u2019' && !ClaimText.IsPossessive(word, contractions);
}
