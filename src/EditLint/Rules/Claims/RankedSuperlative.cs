using EditLint.Documents;
using EditLint.Text;

namespace EditLint.Rules.Claims;

/// <summary>
/// Decides whether a superlative, a ranking word ("leading") or "the most" of a count ranks something where it stands,
/// and where its claim begins: after a possessive or "its"/"their", after "the" in a ranking frame
/// (<see cref="RankingFrame"/>), after an ordinal ("North Korea's second most important"), after "one of" or "among"
/// ("among the countries hardest hit"), or as a predicate (<see cref="PredicateSuperlative"/>). One that names a class,
/// a degree or one's own experience (<see cref="NonRankingSense"/>), or that is denied (<see cref="DeniedRanking"/>),
/// ranks nothing.
/// </summary>
internal static class RankedSuperlative
{
    internal static bool TryRanked(Document document, Sentence sentence, SuperlativeLexicon lexicon, int i, ref int lastScope, ref int firstComma, out SuperlativeMatch match, out int end)
    {
        match = default;
        var tokens = sentence.Tokens;
        var word = document.GetText(tokens[i]);
        if (lexicon.Intensifiers.Contains(word) && PostnominalSuperlative.TryPostnominal(document, tokens, lexicon, i, out match, out end))
        {
            return true;
        }

        bool rankingWord = false, count = false;
        if (lexicon.IsSuperlative(word) || CompoundSuperlative.IsHyphenedSuperlative(word, lexicon))
        {
            end = i + 1;
            count = IsNumberWon(document, tokens, lexicon, i, end);
        }
        else if (lexicon.Intensifiers.Contains(word) && i + 1 < tokens.Count && tokens[i + 1].IsWord && lexicon.IsAdjective(document.GetText(tokens[i + 1])))
        {
            end = i + 2;
        }
        else if (lexicon.Intensifiers.Contains(word) && IsParticipleBeforeNoun(document, tokens, lexicon, i + 1))
        {
            end = i + 2; // "the most visited museum", "the most read newspaper"
        }
        else if (lexicon.Intensifiers.Contains(word) && IsAdverbBeforeAdjective(document, tokens, i + 1, lexicon))
        {
            end = i + 3; // "most heavily traveled", "the most widely used treatment"
        }
        else if (lexicon.RankingWords.Contains(word))
        {
            end = i + 1;
            rankingWord = true;
        }
        else if (IsMostOfACount(document, tokens, lexicon, i))
        {
            end = i + 1;
            count = true;
        }
        else if (ClaimText.IsWord(document, tokens, i, "most") && ClaimText.IsWord(document, tokens, i - 1, "the") && PredicateSuperlative.IsAdverbAfterPassive(document, tokens, lexicon, i))
        {
            end = i + 1;
            count = true; // "Older people are affected the most."
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

        if (NonRankingSense.IsFamilyPosition(document, tokens, lexicon, i, end) || NonRankingSense.NamesADegree(document, tokens, lexicon, i, end) || NonRankingSense.IsOwnExperience(document, tokens, lexicon, end) || NonRankingSense.IsDistributive(document, tokens, end) || NonRankingSense.NamesAClassOfPeople(document, tokens, lexicon, i, end)
            || (NonRankingSense.IsAdvice(document, tokens, lexicon, end) && !Apposition.IsAppositiveAfterDash(document, tokens, i)) || NonRankingSense.IsHierarchyPlace(document, tokens, lexicon, i, end) || NonRankingSense.IsComparedWith(document, tokens, i))
        {
            return false;
        }

        int spanStart = i;
        int firstListed = SuperlativeFinder.FirstOfList(document, tokens, lexicon, i);
        int licence = ClaimText.PreviousWord(tokens, firstListed);
        if (ClaimText.IsWord(document, tokens, licence, "very"))
        {
            licence = ClaimText.PreviousWord(tokens, licence); // "one of the very best"
        }

        bool ordinal = false;
        if (licence >= 0 && (lexicon.Ordinals.Contains(document.GetText(tokens[licence])) || IsNumericOrdinal(document.GetText(tokens[licence]))))
        {
            var ordinalWord = document.GetText(tokens[licence]);
            ordinal = lexicon.RankOrdinals.Contains(ordinalWord) || IsNumericOrdinal(ordinalWord);
            spanStart = licence;
            licence = ClaimText.PreviousWord(tokens, licence);
        }

        if (licence < 0)
        {
            return (ordinal || IsDetachedPossessive(document, tokens, spanStart) || (IsFollowedByOfAll(document, tokens, end) && !IsCommentOnWhatFollows(document, sentence, lexicon, spanStart, end))
                || (!rankingWord && Apposition.IsBareAppositive(document, sentence, lexicon, spanStart, end))
                || (sentence.IsFirstWord(spanStart) && ClaimText.IsAmong(document, tokens, end))) // "Most notable among the opposition is China"
                && Record(tokens, spanStart, i, end, out match);
        }

        var licenceText = document.GetText(tokens[licence]);
        if (lexicon.SpeakerPossessives.Contains(licenceText))
        {
            // "our most important priority" is the speaker's own, and so is what one acts on ("act on one of our most
            // important items"); what something is ("he is truly one of our greatest entertainers") ranks among others.
            if (!ClaimText.IsOneOf(document, tokens, licence))
            {
                return false;
            }

            return PredicateSuperlative.IsPredicate(document, tokens, lexicon, licence - 2) && Record(tokens, licence - 2, i, end, out match);
        }

        int oneOfFrom;
        if (ClaimText.IsWord(document, tokens, licence, "the"))
        {
            if (DeniedRanking.IsDenied(document, tokens, licence) || (!ordinal && NonRankingSense.NamesAreasOfAKind(document, tokens, lexicon, end - 1) && !ClaimText.IsOneOf(document, tokens, licence))
                || NonRankingSense.IsAllOfAClass(document, tokens, licence)
                || (!ordinal && !count && (rankingWord ? !ClaimText.IsOneOf(document, tokens, licence) && !PredicateSuperlative.IsPredicate(document, tokens, lexicon, licence) : !RankingFrame.InRankingFrame(document, sentence, lexicon, licence, end, ref lastScope, ref firstComma)))
                || (document.HasCode && !ordinal && !count && !RankingFrame.RanksInTheWorld(document, sentence, lexicon, licence, end, ref lastScope))
                || (lexicon.PositionSuperlatives.Contains(word) && !ClaimText.IsOneOf(document, tokens, licence) && !SuperlativeScope.HasScopeLater(document, sentence, lexicon, end, ref lastScope)))
            {
                return false; // a denial, a class, no frame, documentation's own terms, or a place: "The closest rescue boat"; not "the closest vote ever"
            }

            spanStart = licence;
            oneOfFrom = licence;
        }
        else if (ClaimText.IsPossessive(licenceText, lexicon.Contractions) || lexicon.PossessiveDeterminers.Contains(licenceText))
        {
            if (lexicon.PossessiveDeterminers.Contains(licenceText) && ClaimText.IsWord(document, tokens, licence - 1, "at") && !SuperlativeScope.HasSpanScope(document, tokens, lexicon, lexicon.TimeUnits, end)
                && !(end < tokens.Count && tokens[end].IsWord && lexicon.SplitRecordClosers.TryMatch(document, tokens, end, out _, out _)))
            {
                return false; // "at its most ecstatic", "at their mightiest": the subject against itself; not "at its closest since 1963", "at their highest ever" (a record's closer right after it)
            }

            oneOfFrom = ClaimText.IsWord(document, tokens, licence - 1, "the") ? licence - 1 : licence;
            if (DeniedRanking.IsDenied(document, tokens, oneOfFrom))
            {
                return false;
            }

            int conferrer = ClaimText.PreviousWord(tokens, oneOfFrom);
            if (conferrer >= 0 && lexicon.ConferringVerbs.Contains(document.GetText(tokens[conferrer])) && IsConferringOwner(document.GetText(tokens[licence]), lexicon))
            {
                return false; // "is named the tournament's best player": an award its owner gives
            }

            if (lexicon.SelfPossessives.Contains(licenceText) && !ClaimText.IsOneOf(document, tokens, oneOfFrom) && !IsCountedSubset(document, sentence, lexicon, oneOfFrom)
                && !SuperlativeScope.HasScopeInClause(document, tokens, lexicon, end) && !word.EndsWith("-ever", StringComparison.OrdinalIgnoreCase)
                && !SuperlativeScope.HasSpanScope(document, tokens, lexicon, lexicon.TimeUnits, end))
            {
                return false; // "their deepest selves", "its greatest loss of the war": the subject's own things, not the world; "their biggest-ever order" has its scope
            }
        }
        else if (ordinal || (IsFollowedByOfAll(document, tokens, end) && !IsCommentOnWhatFollows(document, sentence, lexicon, spanStart, end)) || IsDemonstrativePick(document, tokens, licence, end))
        {
            return Record(tokens, spanStart, i, end, out match); // "and second most powerful man in Washington", "most dangerous of all", "that most specious of prolusions"
        }
        else if (rankingWord && ClaimText.IsIndefiniteArticle(document, tokens, licence) && PredicateSuperlative.IsPredicate(document, tokens, lexicon, licence)
            && !(end < tokens.Count && tokens[end].IsWord && lexicon.RankingWordTerms.Contains(document.GetText(tokens[end]))) && !DeniedRanking.IsDenied(document, tokens, licence))
        {
            return Record(tokens, licence, i, end, out match); // "is a leading cause of child death": one of the leading
        }
        else if (!rankingWord && ClaimText.IsNumber(document, tokens, licence) && ClaimText.IsWord(document, tokens, licence - 1, "the")
            && SuperlativeScope.HasScopeInClause(document, tokens, lexicon, end) && !DeniedRanking.IsDenied(document, tokens, licence - 1))
        {
            return Record(tokens, licence - 1, i, end, out match); // "the six largest providers in Indonesia"; "the three largest bases" names a class
        }
        else if (!rankingWord && AmongAClass(document, tokens, licence) is int among and >= 0 && !DeniedRanking.IsDenied(document, tokens, among))
        {
            return Record(tokens, among, i, end, out match); // "among the countries hardest hit", "one of the cities worst affected"
        }
        else if (firstListed == i && lexicon.Conjunctions.Contains(licenceText) && PredicateSuperlative.HasRankedConjunctBefore(document, tokens, lexicon, licence))
        {
            return Record(tokens, i, i, end, out match); // "the youngest driver to qualify in pole position and youngest race winner"
        }
        else if (firstListed == i && ((end == i + 1 && (PredicateSuperlative.IsBarePredicate(document, tokens, lexicon, i, licence) || PredicateSuperlative.IsAdverbAfterPassive(document, tokens, lexicon, i)))
            || PredicateSuperlative.RanksTheWhere(document, tokens, i, licence) || PredicateSuperlative.IsBareUsagePredicate(document, tokens, lexicon, i, end, licence)))
        {
            return Record(tokens, i, i, end, out match); // "where snow was heaviest,", "has been hardest to provide", "where warming is greatest."
        }
        else
        {
            return false;
        }

        if (ClaimText.IsOneOf(document, tokens, oneOfFrom))
        {
            spanStart = oneOfFrom - 2;
        }

        return Record(tokens, firstListed == i ? spanStart : i, i, end, out match);
    }

    /// <summary>
    /// "world renowned", "world class players": a scope word that modifies what follows it rather than closing the count;
    /// "the most world titles" ranks a count of the plural noun after it.
    /// </summary>
    private static bool IsModifierOfANoun(Document document, TokenList tokens, SuperlativeLexicon lexicon, int scope)
    {
        if (!ClaimText.IsWord(document, tokens, scope, "world") || scope + 1 >= tokens.Count || !tokens[scope + 1].IsWord)
        {
            return false;
        }

        for (int k = scope + 1; k < tokens.Count && k <= scope + 2 && tokens[k].IsWord; k++)
        {
            var word = document.GetText(tokens[k]);
            if (ClaimText.IsPluralNoun(word) && !lexicon.IsAdjective(word))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "wins the most seats", "received the most votes": "the most" before a plural noun ranks a count, in any frame; and
    /// "fell the most in over nine months", "rose the most since 2008": a change ranked within a bound of time.
    /// Not "most" before an adjective (that is "the most important"), nor without "the" ("most people": a quantity).
    /// </summary>
    private static bool IsMostOfACount(Document document, TokenList tokens, SuperlativeLexicon lexicon, int most)
    {
        if (!ClaimText.IsWord(document, tokens, most, "most") || !ClaimText.IsWord(document, tokens, most - 1, "the") || most + 1 >= tokens.Count || !tokens[most + 1].IsWord)
        {
            return false;
        }

        // "since 2008", "in a decade"; a shorter unit only counted ("fell the most in over nine months", not "sell the
        // most in a few days", which says when).
        if (SuperlativeScope.EndOfTimeBound(document, tokens, lexicon, lexicon.SpanScopeUnits, most + 1) > most + 1
            || (SuperlativeScope.EndOfTimeBound(document, tokens, lexicon, lexicon.TimeUnits, most + 1) is int bound && bound > most + 1 && ClaimText.IsNumber(document, tokens, bound - 2)
                && !ClaimText.IsWord(document, tokens, bound - 2, "few") && !ClaimText.IsWord(document, tokens, bound - 2, "several")))
        {
            return true;
        }

        // "the most ever", "the most on record": a count ranked against all others, its noun left out. "since" was read
        // above, as a bound of time.
        if (lexicon.ComparisonScope.TryMatch(document, tokens, most + 1, out _, out _)
            && !ClaimText.IsWord(document, tokens, most + 1, "since") && !IsModifierOfANoun(document, tokens, lexicon, most + 1))
        {
            return true;
        }

        var noun = document.GetText(tokens[most + 1]);
        return ClaimText.IsPluralNoun(noun) && !lexicon.IsAdjective(noun);
    }

    /// <summary>
    /// "won the largest number of seats", "received the largest number of nominations", "the state with the highest number
    /// of cases": after a word of <see cref="SuperlativeLexicon.CountFrames"/>, "the" + superlative + "number of" ranks a
    /// count in any frame, as "the most seats" does. Not an aim or a limit: "to support the greatest number", "specified
    /// the largest number of bytes", "need the largest number of votes".
    /// </summary>
    private static bool IsNumberWon(Document document, TokenList tokens, SuperlativeLexicon lexicon, int superlative, int end) =>
        ClaimText.IsWord(document, tokens, end, "number") && ClaimText.IsWord(document, tokens, end + 1, "of") && ClaimText.IsWord(document, tokens, superlative - 1, "the")
        && ClaimText.PreviousWord(tokens, superlative - 1) is int frame and >= 0 && lexicon.CountFrames.Contains(document.GetText(tokens[frame]));

    /// <summary>"3rd", "17th": an ordinal in digits, which ranks as "third" does ("the 14th and 17th largest airlines").</summary>
    private static bool IsNumericOrdinal(ReadOnlySpan<char> word) =>
        word.Length >= 3 && !word[..^2].ContainsAnyExcept("0123456789") && OrdinalSuffixes.Contains(word[^2..]);

    private static readonly WordSet OrdinalSuffixes = new(["st", "nd", "rd", "th"]);

    internal static bool Record(TokenList tokens, int spanStart, int coreStart, int end, out SuperlativeMatch match)
    {
        var core = TextSpan.FromBounds(tokens[coreStart].Start, tokens[end - 1].End);
        match = new SuperlativeMatch(TextSpan.FromBounds(tokens[spanStart].Start, core.End), core, spanStart, coreStart, IsPeacock: false);
        return true;
    }

    /// <summary>
    /// "among the countries hardest hit", "one of the regions worst affected": a superlative after the plural noun of
    /// "among the" or "one of the" places its subject in the top of that class. Returns where the frame begins, or -1.
    /// </summary>
    private static int AmongAClass(Document document, TokenList tokens, int noun)
    {
        if (noun < 2 || !ClaimText.IsWord(document, tokens, noun - 1, "the") || ClaimText.IsSingularCommonNoun(document.GetText(tokens[noun]))
            || !char.IsLower(document.GetText(tokens[noun])[0]))
        {
            return -1;
        }

        if (ClaimText.IsAmong(document, tokens, noun - 2))
        {
            return noun - 2;
        }

        return ClaimText.IsWord(document, tokens, noun - 2, "of") && ClaimText.IsWord(document, tokens, noun - 3, "one") ? noun - 3 : -1;
    }

    /// <summary>"that most specious of prolusions", "this most English of games": a demonstrative picks the subject out as first of its class.</summary>
    private static bool IsDemonstrativePick(Document document, TokenList tokens, int licence, int end) =>
        (ClaimText.IsWord(document, tokens, licence, "that") || ClaimText.IsWord(document, tokens, licence, "this"))
        && ClaimText.IsWord(document, tokens, end, "of") && end + 1 < tokens.Count && tokens[end + 1].IsWord;

    /// <summary>"most dangerous of all", "Most surprising of all": the comparison with everything, wherever it stands.</summary>
    private static bool IsFollowedByOfAll(Document document, TokenList tokens, int end) =>
        ClaimText.IsWord(document, tokens, end, "of") && ClaimText.IsWord(document, tokens, end + 1, "all");

    /// <summary>
    /// "Best of all, it is free", "And best of all, it is free", "fast and, best of all, free": opening the sentence, perhaps
    /// after "and" or "but" and a comma, and closed by a comma, the superlative comments on what follows, as "Most
    /// importantly," does, and ranks no subject. Not after a noun and a comma, where it is in apposition ("the laboring men
    /// of the land, most defenseless of all, will"), and not when a copula follows the comma, perhaps after a parenthesis:
    /// "Most important of all, of course, is renewed effort" fronts the predicate of its subject.
    /// </summary>
    private static bool IsCommentOnWhatFollows(Document document, Sentence sentence, SuperlativeLexicon lexicon, int spanStart, int end)
    {
        var tokens = sentence.Tokens;
        int before = spanStart - 1;
        if (before >= 0 && tokens[before].IsWord && CommentConjunctions.Contains(document.GetText(tokens[before])))
        {
            before--;
        }

        bool opens = before < 0 || sentence.IsFirstWord(before + 1)
            || (ClaimText.IsCommaAt(document, tokens, before) && before > 0 && tokens[before - 1].IsWord && CommentConjunctions.Contains(document.GetText(tokens[before - 1])));
        int comma = end + 2;
        if (!opens || !ClaimText.IsCommaAt(document, tokens, comma))
        {
            return false;
        }

        int next = comma + 1;
        for (int k = next; k < tokens.Count && k <= next + ParenthesisReach; k++)
        {
            if (ClaimText.IsCommaAt(document, tokens, k))
            {
                next = k + 1; // ", of course,", ", though,"
                break;
            }

            if (!tokens[k].IsWord)
            {
                break;
            }
        }

        return !(next < tokens.Count && tokens[next].IsWord && lexicon.Copulas.Contains(document.GetText(tokens[next])));
    }

    private static readonly WordSet CommentConjunctions = new(["and", "but", "yet"]);

    /// <summary>How many words a parenthesis set off by commas may hold: ", of course,".</summary>
    private const int ParenthesisReach = 3;

    /// <summary>"the terrorists' most powerful": a plural possessive whose apostrophe the tokenizer leaves apart.</summary>
    private static bool IsDetachedPossessive(Document document, TokenList tokens, int index)
    {
        if (index < 2 || tokens[index - 1].Kind != TokenKind.Punctuation || !tokens[index - 2].IsWord)
        {
            return false;
        }

        char mark = document.ProseText[tokens[index - 1].Start];
        var word = document.GetText(tokens[index - 2]);
        return mark is '\'' or '\u2019' && tokens[index - 2].End == tokens[index - 1].Start && word[^1] is 's' or 'S';
    }

    /// <summary>
    /// "including many of their biggest hits": a subset counted out of the owner's things ranks them among others, as
    /// "one of" does. Not "among" ("Among their greatest achievements was the bridge": the owner's own), nor a "Some of"
    /// that opens the sentence ("Some of their best songs were written in a garage"), as for "the".
    /// </summary>
    private static bool IsCountedSubset(Document document, Sentence sentence, SuperlativeLexicon lexicon, int owner) =>
        RankingFrame.PicksASubset(document, sentence, lexicon, owner) is int set and >= 0 && !ClaimText.IsAmong(document, sentence.Tokens, set);

    /// <summary>
    /// "the tournament's", "the league's": an owner that gives awards. Not a place ("the world's", "Europe's") and not
    /// "its" or "their": after those a ranking is a claim ("voted the world's most beautiful city").
    /// </summary>
    private static bool IsConferringOwner(ReadOnlySpan<char> possessive, SuperlativeLexicon lexicon)
    {
        if (!ClaimText.IsPossessive(possessive, lexicon.Contractions) || !char.IsLower(possessive[0]))
        {
            return false;
        }

        int apostrophe = possessive.IndexOfAny('\'', '\u2019');
        return apostrophe > 0 && !lexicon.PlaceOwners.Contains(possessive[..apostrophe]);
    }

    /// <summary>"most heavily traveled", "least widely read": "-ly" adverb and then an adjective or participle.</summary>
    private static bool IsAdverbBeforeAdjective(Document document, TokenList tokens, int adverb, SuperlativeLexicon lexicon)
    {
        if (adverb + 1 >= tokens.Count || !tokens[adverb].IsWord || !tokens[adverb + 1].IsWord)
        {
            return false;
        }

        // "the most frequently discussed subject" says how usual it is; "the most frequently cited paper in the history of
        // physics" ranks it, with its scope.
        var word = document.GetText(tokens[adverb]);
        return ClaimText.IsLyAdverb(word) && (lexicon.IsAdjective(document.GetText(tokens[adverb + 1])) || IsParticipleBeforeNoun(document, tokens, lexicon, adverb + 1))
            && (!lexicon.FrequencyAdverbs.Contains(word) || SuperlativeScope.HasScopeInClause(document, tokens, lexicon, adverb + 2));
    }

    /// <summary>
    /// "visited" in "the most visited museum", "read" in "the most widely read newspaper": a participle at token
    /// <paramref name="k"/> used as an adjective, before the word it describes; not before a preposition or a conjunction
    /// ("the areas most affected by", "those who suffered the most died").
    /// </summary>
    private static bool IsParticipleBeforeNoun(Document document, TokenList tokens, SuperlativeLexicon lexicon, int k)
    {
        if (k + 1 >= tokens.Count || !tokens[k].IsWord || !tokens[k + 1].IsWord || !char.IsLower(document.ProseText[tokens[k].Start]))
        {
            return false;
        }

        var word = document.GetText(tokens[k]);
        var next = document.GetText(tokens[k + 1]);
        return lexicon.IsPastParticiple(word)
            && char.IsLower(next[0]) && !lexicon.PostnominalFollowers.Contains(next) && !lexicon.Conjunctions.Contains(next) && !PredicateSuperlative.IsDeterminer(next, lexicon);
    }
}
