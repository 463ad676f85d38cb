using System.Buffers;
using EditLint.Documents;
using EditLint.Names;
using EditLint.Text;

namespace EditLint.Rules.Claims;

/// <summary>What EL2001 found: a ranked superlative ("the most important") or a peacock term ("first-ever").</summary>
internal readonly record struct SuperlativeMatch(TextSpan Span, TextSpan Core, int StartToken, int CoreToken, bool IsPeacock);

/// <summary>
/// Finds superlative and peacock claims in a sentence, left to right in one pass. A ranked superlative counts
/// only where it ranks something: after a possessive ("Russia's biggest") or "its"/"their", or after "the" in a
/// ranking frame ("is the best", "one of the largest", "the largest dam in history"), with an optional ordinal
/// in between ("North Korea's second most important"); "one of" joins the span. Set phrases ("at least",
/// "most of") are consumed before any superlative inside them is seen.
/// </summary>
internal static class SuperlativeFinder
{
    public static void Find(Document document, Sentence sentence, SuperlativeLexicon lexicon, List<SuperlativeMatch> into)
    {
        if (MayHoldAClaim(document, sentence.Tokens, lexicon))
        {
            ReadEveryWord(document, sentence, lexicon, into);
        }
    }

    /// <summary>The reading of a sentence word by word, which <see cref="Find"/> spares the sentences that cannot hold a claim.</summary>
    internal static void ReadEveryWord(Document document, Sentence sentence, SuperlativeLexicon lexicon, List<SuperlativeMatch> into)
    {
        var tokens = sentence.Tokens;
        int lastScope = ScopeNotSought;
        int firstComma = ScopeNotSought;
        int i = 0;
        while (i < tokens.Count)
        {
            if (!tokens[i].IsWord)
            {
                i++;
                continue;
            }

            var text = document.GetText(tokens[i]);
            var kind = lexicon.KindOf(text);
            bool hyphenated = ClaimText.HasHyphen(tokens[i], text);
            if (kind == SuperlativeWordKind.None && !hyphenated && !MayBeEstForm(text))
            {
                i++;
                continue;
            }

            int end;
            if ((kind.HasFlag(SuperlativeWordKind.SetPhrase) && lexicon.SetPhrases.TryMatch(document, tokens, i, out var setPhrase, out end) && !AfterRankOrdinal(document, tokens, lexicon, i) && !(setPhrase!.Value && RanksAfterThe(document, tokens, i, end)))
                || (kind.HasFlag(SuperlativeWordKind.ProperName) && ClaimText.StartsUpper(text) && lexicon.ProperNames.TryMatch(document, tokens, i, out _, out end)))
            {
                i = end;
                continue;
            }

            if (kind.HasFlag(SuperlativeWordKind.Peacock) && lexicon.Peacocks.TryMatch(document, tokens, i, out _, out end))
            {
                if ((ClaimText.StartsUpper(text) && !sentence.IsFirstWord(i)) || IsOnANamedList(document, sentence, lexicon, i, text))
                {
                    i = end; // a title: "a New York Times Best-Selling Author"; a list's: "a New York Times best-seller"
                    continue;
                }

                var span = TextSpan.FromBounds(tokens[i].Start, tokens[end - 1].End);
                AddAsserted(document, tokens, lexicon, new SuperlativeMatch(span, span, i, i, IsPeacock: true), into);
                i = end;
                continue;
            }

            if (hyphenated && PeriodExtreme.TryMatch(document, tokens, lexicon, i, out var extreme))
            {
                AddAsserted(document, tokens, lexicon, extreme, into);
                i += 2;
                continue;
            }

            if (TryCompound(document, sentence, lexicon, i, out var compound))
            {
                AddAsserted(document, tokens, lexicon, compound, into);
                i++;
                continue;
            }

            if (kind.HasFlag(SuperlativeWordKind.SplitRecord) && TrySplitRecord(document, tokens, lexicon, i, out var record, out end))
            {
                AddAsserted(document, tokens, lexicon, record, into);
                i = end;
                continue;
            }

            if (TryRanked(document, sentence, lexicon, i, ref lastScope, ref firstComma, out var match, out end))
            {
                AddAsserted(document, tokens, lexicon, match, into);
                i = end;
                continue;
            }

            i++;
        }
    }

    /// <summary>
    /// Whether any word of the sentence can carry a claim: a superlative, a ranking or peacock word, an '-est' form, a
    /// compound headed by one of those, by an ordinal or by a compound head ("top-selling"). Most sentences hold none,
    /// and are then not read for set phrases, whose first words ("the", "to") are in nearly every sentence.
    /// </summary>
    private static bool MayHoldAClaim(Document document, TokenList tokens, SuperlativeLexicon lexicon)
    {
        for (int i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].IsWord && MayCarryAClaim(document.GetText(tokens[i]), tokens[i].HasNoHyphen, lexicon))
            {
                return true;
            }
        }

        return false;
    }

    private static bool MayCarryAClaim(ReadOnlySpan<char> word, bool noHyphen, SuperlativeLexicon lexicon)
    {
        if (lexicon.MayBeClaimWord(word) || MayBeEstForm(word))
        {
            return true;
        }

        int hyphen = noHyphen ? -1 : word.IndexOf('-');
        if (hyphen <= 0)
        {
            return false;
        }

        var head = word[..hyphen];
        return lexicon.MayBeClaimWord(head) || MayBeEstForm(head) || lexicon.CompoundHeads.Contains(head) || lexicon.Ordinals.Contains(head)
            || PeriodExtreme.IsStretchOfTime(word, lexicon.TimeUnits);
    }

    private static void AddAsserted(Document document, TokenList tokens, SuperlativeLexicon lexicon, SuperlativeMatch match, List<SuperlativeMatch> into)
    {
        int first = FirstOfList(document, tokens, lexicon, match.CoreToken);
        if (IsWishedFor(document, tokens, lexicon, first) || IsCounterfactual(document, tokens, first))
        {
            return;
        }

        // "the world's tallest, fastest, and longest": one claim about one thing, one finding over the list.
        if (first < match.CoreToken && into.Count > 0 && into[^1].CoreToken >= first && into[^1].Span.End <= match.Span.Start)
        {
            var head = into[^1];
            into[^1] = head with { Span = TextSpan.FromBounds(head.Span.Start, match.Span.End) };
            return;
        }

        into.Add(match);
    }

    /// <summary>
    /// "aims to build the world's largest", "in a bid to become the first-ever": a ranking the clause wishes for,
    /// which asserts nothing. A word of <see cref="SuperlativeLexicon.Aspirations"/> and "to" before the claim, in its clause.
    /// </summary>
    private static bool IsWishedFor(Document document, TokenList tokens, SuperlativeLexicon lexicon, int claim)
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
    private static bool IsCounterfactual(Document document, TokenList tokens, int claim)
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

    private static bool TryRanked(Document document, Sentence sentence, SuperlativeLexicon lexicon, int i, ref int lastScope, ref int firstComma, out SuperlativeMatch match, out int end)
    {
        match = default;
        var tokens = sentence.Tokens;
        var word = document.GetText(tokens[i]);
        if (lexicon.Intensifiers.Contains(word) && TryPostnominal(document, tokens, lexicon, i, out match, out end))
        {
            return true;
        }

        bool rankingWord = false, count = false;
        if (lexicon.IsSuperlative(word) || IsHyphenedSuperlative(word, lexicon))
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
        else if (ClaimText.IsWord(document, tokens, i, "most") && ClaimText.IsWord(document, tokens, i - 1, "the") && IsAdverbAfterPassive(document, tokens, lexicon, i))
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

        if (IsFamilyPosition(document, tokens, lexicon, i, end) || NamesADegree(document, tokens, lexicon, i, end) || IsOwnExperience(document, tokens, lexicon, end) || IsDistributive(document, tokens, end) || NamesAClassOfPeople(document, tokens, lexicon, i, end)
            || (IsAdvice(document, tokens, lexicon, end) && !IsAppositiveAfterDash(document, tokens, i)) || IsHierarchyPlace(document, tokens, lexicon, i, end) || IsComparedWith(document, tokens, i))
        {
            return false;
        }

        int spanStart = i;
        int firstListed = FirstOfList(document, tokens, lexicon, i);
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
                || (!rankingWord && IsBareAppositive(document, sentence, lexicon, spanStart, end))
                || (sentence.IsFirstWord(spanStart) && ClaimText.IsAmong(document, tokens, end))) // "Most notable among the opposition is China"
                && Record(tokens, spanStart, i, end, out match);
        }

        var licenceText = document.GetText(tokens[licence]);
        if (lexicon.SpeakerPossessives.Contains(licenceText))
        {
            // "our most important priority" is the speaker's own, and so is what one acts on ("act on one of our most
            // important items"); what something is ("he is truly one of our greatest entertainers") ranks among others.
            if (!IsOneOf(document, tokens, licence))
            {
                return false;
            }

            return IsPredicate(document, tokens, lexicon, licence - 2) && Record(tokens, licence - 2, i, end, out match);
        }

        int oneOfFrom;
        if (ClaimText.IsWord(document, tokens, licence, "the"))
        {
            if (IsDenied(document, tokens, licence) || (!ordinal && NamesAreasOfAKind(document, tokens, lexicon, end - 1) && !IsOneOf(document, tokens, licence))
                || IsAllOfAClass(document, tokens, licence)
                || (!ordinal && !count && (rankingWord ? !IsOneOf(document, tokens, licence) && !IsPredicate(document, tokens, lexicon, licence) : !InRankingFrame(document, sentence, lexicon, licence, end, ref lastScope, ref firstComma)))
                || (document.HasCode && !ordinal && !count && !RanksInTheWorld(document, sentence, lexicon, licence, end, ref lastScope))
                || (lexicon.PositionSuperlatives.Contains(word) && !IsOneOf(document, tokens, licence) && !HasScopeLater(document, sentence, lexicon, end, ref lastScope)))
            {
                return false; // a denial, a class, no frame, documentation's own terms, or a place: "The closest rescue boat"; not "the closest vote ever"
            }

            spanStart = licence;
            oneOfFrom = licence;
        }
        else if (ClaimText.IsPossessive(licenceText, lexicon.Contractions) || lexicon.PossessiveDeterminers.Contains(licenceText))
        {
            if (lexicon.PossessiveDeterminers.Contains(licenceText) && ClaimText.IsWord(document, tokens, licence - 1, "at") && !HasSpanScope(document, tokens, lexicon, lexicon.TimeUnits, end)
                && !(end < tokens.Count && tokens[end].IsWord && lexicon.SplitRecordClosers.TryMatch(document, tokens, end, out _, out _)))
            {
                return false; // "at its most ecstatic", "at their mightiest": the subject against itself; not "at its closest since 1963", "at their highest ever" (a record's closer right after it)
            }

            oneOfFrom = ClaimText.IsWord(document, tokens, licence - 1, "the") ? licence - 1 : licence;
            if (IsDenied(document, tokens, oneOfFrom))
            {
                return false;
            }

            int conferrer = ClaimText.PreviousWord(tokens, oneOfFrom);
            if (conferrer >= 0 && lexicon.ConferringVerbs.Contains(document.GetText(tokens[conferrer])) && IsConferringOwner(document.GetText(tokens[licence]), lexicon))
            {
                return false; // "is named the tournament's best player": an award its owner gives
            }

            if (lexicon.SelfPossessives.Contains(licenceText) && !IsOneOf(document, tokens, oneOfFrom) && !IsCountedSubset(document, sentence, lexicon, oneOfFrom)
                && !HasScopeInClause(document, tokens, lexicon, end) && !word.EndsWith("-ever", StringComparison.OrdinalIgnoreCase)
                && !HasSpanScope(document, tokens, lexicon, lexicon.TimeUnits, end))
            {
                return false; // "their deepest selves", "its greatest loss of the war": the subject's own things, not the world; "their biggest-ever order" has its scope
            }
        }
        else if (ordinal || (IsFollowedByOfAll(document, tokens, end) && !IsCommentOnWhatFollows(document, sentence, lexicon, spanStart, end)) || IsDemonstrativePick(document, tokens, licence, end))
        {
            return Record(tokens, spanStart, i, end, out match); // "and second most powerful man in Washington", "most dangerous of all", "that most specious of prolusions"
        }
        else if (rankingWord && ClaimText.IsIndefiniteArticle(document, tokens, licence) && IsPredicate(document, tokens, lexicon, licence)
            && !(end < tokens.Count && tokens[end].IsWord && lexicon.RankingWordTerms.Contains(document.GetText(tokens[end]))) && !IsDenied(document, tokens, licence))
        {
            return Record(tokens, licence, i, end, out match); // "is a leading cause of child death": one of the leading
        }
        else if (!rankingWord && ClaimText.IsNumber(document, tokens, licence) && ClaimText.IsWord(document, tokens, licence - 1, "the")
            && HasScopeInClause(document, tokens, lexicon, end) && !IsDenied(document, tokens, licence - 1))
        {
            return Record(tokens, licence - 1, i, end, out match); // "the six largest providers in Indonesia"; "the three largest bases" names a class
        }
        else if (!rankingWord && AmongAClass(document, tokens, licence) is int among and >= 0 && !IsDenied(document, tokens, among))
        {
            return Record(tokens, among, i, end, out match); // "among the countries hardest hit", "one of the cities worst affected"
        }
        else if (firstListed == i && lexicon.Conjunctions.Contains(licenceText) && HasRankedConjunctBefore(document, tokens, lexicon, licence))
        {
            return Record(tokens, i, i, end, out match); // "the youngest driver to qualify in pole position and youngest race winner"
        }
        else if (firstListed == i && ((end == i + 1 && (IsBarePredicate(document, tokens, lexicon, i, licence) || IsAdverbAfterPassive(document, tokens, lexicon, i)))
            || RanksTheWhere(document, tokens, i, licence) || IsBareUsagePredicate(document, tokens, lexicon, i, end, licence)))
        {
            return Record(tokens, i, i, end, out match); // "where snow was heaviest,", "has been hardest to provide", "where warming is greatest."
        }
        else
        {
            return false;
        }

        if (IsOneOf(document, tokens, oneOfFrom))
        {
            spanStart = oneOfFrom - 2;
        }

        return Record(tokens, firstListed == i ? spanStart : i, i, end, out match);
    }

    private static readonly WordSet TimeSuperlatives = new(["latest", "newest", "earliest"]);

    /// <summary>
    /// "the world's tallest, fastest, and longest roller coaster": the first superlative of a list that token
    /// <paramref name="i"/> ends, joined by commas and "and"/"or" ("the most experienced and oldest"); its determiner or
    /// possessive licenses them all.
    /// </summary>
    private static int FirstOfList(Document document, TokenList tokens, SuperlativeLexicon lexicon, int i)
    {
        int first = i;
        for (int items = 0; items < ListReach; items++)
        {
            int k = first - 1;
            bool joined = false;
            if (k >= 0 && tokens[k].Kind == TokenKind.Punctuation && document.ProseText[tokens[k].Start] == ',')
            {
                k--;
                joined = true;
            }

            if (k >= 0 && tokens[k].IsWord && lexicon.Conjunctions.Contains(document.GetText(tokens[k])))
            {
                k--;
                joined = true;
                if (k >= 0 && tokens[k].Kind == TokenKind.Punctuation && document.ProseText[tokens[k].Start] == ',')
                {
                    k--; // "tallest, fastest, and longest"
                }
            }

            if (!joined || k < 0 || !tokens[k].IsWord)
            {
                return first;
            }

            if (!lexicon.IsSuperlative(document.GetText(tokens[k])))
            {
                // "the most experienced and oldest surviving shuttle": "most" and an adjective are one item of the list;
                // "the sixth and largest state": an ordinal is one too.
                bool mostAdjective = k >= 1 && lexicon.IsAdjective(document.GetText(tokens[k])) && tokens[k - 1].IsWord && lexicon.Intensifiers.Contains(document.GetText(tokens[k - 1]));
                if (mostAdjective)
                {
                    k--;
                }
                else if (!lexicon.RankOrdinals.Contains(document.GetText(tokens[k])) && !TimeSuperlatives.Contains(document.GetText(tokens[k])))
                {
                    return first; // "the latest and largest of a series" shares its determiner as "the sixth and largest" does
                }
            }

            first = k;
        }

        return first;
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
            if (IsPluralNoun(word) && !lexicon.IsAdjective(word))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>How many superlatives back a list is followed: a longer one is not a list of one thing's qualities, and the walk stays bounded.</summary>
    private const int ListReach = 6;

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
        if (EndOfTimeBound(document, tokens, lexicon, lexicon.SpanScopeUnits, most + 1) > most + 1
            || (EndOfTimeBound(document, tokens, lexicon, lexicon.TimeUnits, most + 1) is int bound && bound > most + 1 && ClaimText.IsNumber(document, tokens, bound - 2)
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
        return IsPluralNoun(noun) && !lexicon.IsAdjective(noun);
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

    private static bool Record(TokenList tokens, int spanStart, int coreStart, int end, out SuperlativeMatch match)
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
        if (noun < 2 || !ClaimText.IsWord(document, tokens, noun - 1, "the") || IsSingularCommonNoun(document.GetText(tokens[noun]))
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

    /// <summary>
    /// "the man most responsible for", "the veteran most friendly to", "The man most firmly at grips": a superlative
    /// after its noun ranks that one subject. After a plural noun it names a class ("the States most heavily
    /// affected"), so the noun must be singular, and a word of <see cref="SuperlativeLexicon.PostnominalFollowers"/>
    /// must close the superlative.
    /// </summary>
    private static bool TryPostnominal(Document document, TokenList tokens, SuperlativeLexicon lexicon, int most, out SuperlativeMatch match, out int end)
    {
        match = default;
        end = most + 1;
        int noun = ClaimText.PreviousWord(tokens, most);
        int modifier = most + 1;
        if (noun < 1 || !ClaimText.IsWord(document, tokens, noun - 1, "the") || !IsSingularCommonNoun(document.GetText(tokens[noun]))
            || modifier + 1 >= tokens.Count || !tokens[modifier].IsWord || !tokens[modifier + 1].IsWord)
        {
            return false;
        }

        var text = document.GetText(tokens[modifier]);
        if (!ClaimText.IsLyAdverb(text) && !lexicon.IsAdjective(text))
        {
            return false;
        }

        if (!lexicon.PostnominalFollowers.Contains(document.GetText(tokens[modifier + 1])))
        {
            return false;
        }

        end = modifier + 1;
        return Record(tokens, noun - 1, most, end, out match);
    }

    /// <summary>A lower-case word that does not end in a plural "s": "man", "veteran", "one", "process".</summary>
    private static bool IsSingularCommonNoun(ReadOnlySpan<char> word) =>
        word.Length >= 3 && char.IsLower(word[0]) && !word.ContainsAnyExcept(LowerLetters) && (word[^1] != 's' || word[^2] == 's');

    private static readonly SearchValues<char> LowerLetters = SearchValues.Create("abcdefghijklmnopqrstuvwxyz");

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
    /// After a plain "the", a superlative often names a class ("the lowest income groups"); it ranks only after
    /// "one of"/"among", after a copula, a verb and its object pronoun ("consider it the most likely cause") or a verb of a
    /// recorded result ("suffered the worst defeat"), at the head of the sentence, or with a comparison scope after it.
    /// </summary>
    private static bool InRankingFrame(Document document, Sentence sentence, SuperlativeLexicon lexicon, int the, int end, ref int lastScope, ref int firstComma)
    {
        var tokens = sentence.Tokens;
        if (PicksASubset(document, sentence, lexicon, the) >= 0)
        {
            return true;
        }

        if (IsPartitive(document, tokens, lexicon, end) || IsOneOf(document, tokens, the))
        {
            return true; // "the best of the latter", "several of the biggest artists" (a count in words; "100 of the most important items" is a class)
        }

        if (ClaimText.IsWord(document, tokens, the - 1, "of") && the >= 2 && tokens[the - 2].Kind == TokenKind.Number)
        {
            return false; // "About 100 of the most important items": a count in digits takes part of a class
        }

        bool quoted = the >= 2 && ClaimText.PreviousWord(tokens, the) < 0 && ClaimText.IsQuotationMark(document, tokens, the - 1); // 'has been called "the finest pianist"'
        int previous = WordBefore(document, tokens, lexicon, quoted ? the - 1 : the);

        if (previous >= 0 && (IsCopula(document, tokens, lexicon, previous) || IsAssertedPossession(document, tokens, lexicon, previous) || IsObjectComplement(document, tokens, lexicon, previous)
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
                || (!(end < tokens.Count && tokens[end].IsWord && IsPluralNoun(document.GetText(tokens[end]))) && FollowsAnOvertaking(document, tokens, lexicon, previous))))
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

        if (IsAppositive(document, tokens, lexicon, the, end) || IsAdverbAfterPassive(document, tokens, lexicon, end - 1) || IsNamedAfter(document, tokens, lexicon, end))
        {
            return true;
        }

        // "the oldest known fossil", "the largest known prime": ranked against all that is known, as "ever" ranks; not
        // "the best known", which is fame.
        if (ClaimText.IsWord(document, tokens, end, "known") && !ClaimText.IsWord(document, tokens, end - 1, "best"))
        {
            return true;
        }

        return HasScopeLater(document, sentence, lexicon, end, ref lastScope);
    }

    /// <summary>
    /// In documentation (a Markdown document with code) a superlative after "the" ranks in the world only among others
    /// ("one of the most important new features", "several of the largest"), with a scope ("the fastest parser in the
    /// world", "the oldest known"), by use ("the most common way to call it", "the most popular language") or as what a
    /// named thing is ("V8 is the fastest engine", "Perl is the most portable language"); as a predicate of anything else
    /// or the head of a sentence it explains the system or advises the reader ("the lowest minimum is used", "the most
    /// important options are", "this is the hardest choice"), which annotation.md's part on technical documentation leaves.
    /// </summary>
    private static bool RanksInTheWorld(Document document, Sentence sentence, SuperlativeLexicon lexicon, int the, int end, ref int lastScope)
    {
        var tokens = sentence.Tokens;
        return IsOneOf(document, tokens, the) || PicksASubset(document, sentence, lexicon, the) >= 0 || ClaimText.IsWord(document, tokens, end, "known")
            || HasScopeLater(document, sentence, lexicon, end, ref lastScope) || IsPredicateOfAName(document, sentence, lexicon, the) || RanksByUse(document, tokens, lexicon, end);
    }

    /// <summary>"the most popular", "most widely used": the superlative, ending at <paramref name="end"/>, ranks by how much a thing is used (<see cref="SuperlativeLexicon.AdviceUsage"/>).</summary>
    private static bool RanksByUse(Document document, TokenList tokens, SuperlativeLexicon lexicon, int end) =>
        lexicon.AdviceUsage.Contains(document.GetText(tokens[end - 1]));

    /// <summary>
    /// "V8 is the fastest engine", "Perl is by far the most portable language": "the" after a copula whose subject, right
    /// before it, is a name: a capitalised word inside the sentence, or one that opens it and is no English word.
    /// </summary>
    private static bool IsPredicateOfAName(Document document, Sentence sentence, SuperlativeLexicon lexicon, int the)
    {
        var tokens = sentence.Tokens;
        int copula = WordBefore(document, tokens, lexicon, the);
        int subject = copula >= 0 ? ClaimText.PreviousWord(tokens, copula) : -1;
        if (subject < 0 || !lexicon.Copulas.Contains(document.GetText(tokens[copula])))
        {
            return false;
        }

        var word = document.GetText(tokens[subject]);
        return ClaimText.StartsUpper(word) && (!sentence.IsFirstWord(subject) || !EnglishWords.Default.Contains(word));
    }

    /// <summary>
    /// A scope later in the sentence ("in history", "ever", "in 30 years"). The last one is found once per sentence, so a
    /// long sentence full of superlatives is not scanned again for each of them.
    /// </summary>
    private static bool HasScopeLater(Document document, Sentence sentence, SuperlativeLexicon lexicon, int end, ref int lastScope) =>
        HasScopeAfter(document, sentence, lexicon, end, ref lastScope) || HasSpanScope(document, sentence.Tokens, lexicon, lexicon.SpanScopeUnits, end);

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
    /// "including many of their biggest hits": a subset counted out of the owner's things ranks them among others, as
    /// "one of" does. Not "among" ("Among their greatest achievements was the bridge": the owner's own), nor a "Some of"
    /// that opens the sentence ("Some of their best songs were written in a garage"), as for "the".
    /// </summary>
    private static bool IsCountedSubset(Document document, Sentence sentence, SuperlativeLexicon lexicon, int owner) =>
        PicksASubset(document, sentence, lexicon, owner) is int set and >= 0 && !ClaimText.IsAmong(document, sentence.Tokens, set);

    /// <summary>
    /// Where words of <c>setWords</c> ("one of", "many of", "among") that end right before token <paramref name="index"/>
    /// start; -1 when none do, or when "Some of" opens the sentence: "Some of the greatest poetry has been born out of
    /// failure", a subset heading a general statement, ranks only with a scope ("Some of the finest wines in France are").
    /// </summary>
    private static int PicksASubset(Document document, Sentence sentence, SuperlativeLexicon lexicon, int index)
    {
        int start = ClaimText.SequenceBefore(document, sentence.Tokens, lexicon.SetWords, index);
        return start >= 0 && ClaimText.IsWord(document, sentence.Tokens, start, "some") && sentence.IsFirstWord(start) ? -1 : start;
    }

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

    /// <summary>"seats", "players": a lower-case word ending in a single "s" (not "boss", "gas").</summary>
    private static bool IsPluralNoun(ReadOnlySpan<char> word) =>
        word.Length > 3 && word[^1] == 's' && word[^2] != 's' && !word.ContainsAnyExcept(LowerLetters);

    /// <summary>How many tokens an overtaking verb may stand before its "as" ("overtakes the Liberal–National Coalition as").</summary>
    private const int OvertakeReach = 7;

    /// <summary>
    /// "the Al Udeid Air Base in Qatar, the largest U.S. military base in the region": after a comma that closes a name,
    /// the superlative says what the named thing is. Not after an opening phrase ("Turning to Broadway, the most widely
    /// acclaimed plays were revived": the subject of the main clause), and not a bare place in a family ("and Max, the
    /// youngest."). A frame adverb may stand between the comma and "the" ("Oxford Street, arguably the most famous").
    /// </summary>
    private static bool IsAppositive(Document document, TokenList tokens, SuperlativeLexicon lexicon, int the, int end)
    {
        int comma = the - 1;
        if (comma > 0 && tokens[comma].IsWord && lexicon.Adverbs.Contains(document.GetText(tokens[comma])))
        {
            comma--; // "Oxford Street, arguably the most famous shopping row"
        }

        if (comma < 1 || tokens[comma].Kind != TokenKind.Punctuation || document.ProseText[tokens[comma].Start] != ',' || !tokens[comma - 1].IsWord
            || !ClaimText.StartsUpper(document.GetText(tokens[comma - 1])))
        {
            return false;
        }

        if (end == the + 2 && lexicon.FamilyPositions.Contains(document.GetText(tokens[the + 1])) && (end >= tokens.Count || !tokens[end].IsWord))
        {
            return false;
        }

        return !ClosesAnOpeningPhrase(document, tokens, lexicon, comma);
    }

    /// <summary>
    /// "Calcutta, largest city of Bengal", "Hamilton, poorest of the seven": a superlative with no determiner set off after
    /// a name says what the named one is, as "the largest city" would. Not "most" or "least" ("Jones, most famous for his
    /// novels"), not a ranking word ("at the Rigolets, leading to Lake Pontchartrain"), not without a word after it or
    /// before a participle ("Smith, best remembered for"), not after a month or weekday, and not after an ordinary word
    /// that opens the sentence ("However, highest temperatures", "Sadly, worst fears").
    /// </summary>
    private static bool IsBareAppositive(Document document, Sentence sentence, SuperlativeLexicon lexicon, int superlative, int end)
    {
        var tokens = sentence.Tokens;
        if (end >= tokens.Count || !tokens[end].IsWord || superlative < 2 || ClaimText.IsParticiple(document.GetText(tokens[end]))
            || ClaimText.IsWord(document, tokens, superlative, "most") || ClaimText.IsWord(document, tokens, superlative, "least"))
        {
            return false;
        }

        int name = superlative - 2;
        var nameText = document.GetText(tokens[name]);
        return !lexicon.NotPlaces.Contains(nameText) && !(sentence.IsFirstWord(name) && EnglishWords.Default.Contains(nameText))
            && IsAppositive(document, tokens, lexicon, superlative, end);
    }

    /// <summary>
    /// The first comma of a sentence that opens with a preposition, a subordinator, a participle, a number or a word of
    /// <see cref="SuperlativeLexicon.Openers"/>: "Turning to Broadway,", "In June,", "Last week in Paris,", "Two weeks
    /// after the vote,". Only the sentence's first <see cref="OpeningReach"/> tokens are read.
    /// </summary>
    private static bool ClosesAnOpeningPhrase(Document document, TokenList tokens, SuperlativeLexicon lexicon, int comma)
    {
        int first = 0;
        while (first < comma && !tokens[first].IsWord)
        {
            first++;
        }

        if (comma - first > OpeningReach)
        {
            return false;
        }

        for (int k = first; k < comma; k++)
        {
            if (tokens[k].Kind == TokenKind.Punctuation && document.ProseText[tokens[k].Start] == ',')
            {
                return false;
            }
        }

        var opener = document.GetText(tokens[first]);
        return lexicon.Subordinators.Contains(opener) || lexicon.Openers.Contains(opener) || ClaimText.IsNumber(document, tokens, first)
            || ClaimText.IsPresentParticiple(opener);
    }

    /// <summary>How long an opening phrase may be: "In the first week of the campaign in the north of the country,".</summary>
    private const int OpeningReach = 14;

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

    /// <summary>
    /// "a New York Times best-seller", "a Sunday Times bestseller": a sales rank read from the list a capitalised name
    /// gives, the list's word rather than the writer's; not after a possessive ("Britain's best-seller") or at the sentence's start.
    /// </summary>
    private static bool IsOnANamedList(Document document, Sentence sentence, SuperlativeLexicon lexicon, int i, ReadOnlySpan<char> text)
    {
        if (!lexicon.ListWords.Contains(text))
        {
            return false;
        }

        int owner = ClaimText.PreviousWord(sentence.Tokens, i);
        if (owner < 0 || sentence.IsFirstWord(owner))
        {
            return false;
        }

        var name = document.GetText(sentence.Tokens[owner]);
        return ClaimText.StartsUpper(name) && !ClaimText.IsPossessive(name, lexicon.Contractions);
    }

    /// <summary>"the most likely cause": a set phrase marked to rank there (<c>rankedAfterThe</c>) stands between "the" and a lower-case word.</summary>
    private static bool RanksAfterThe(Document document, TokenList tokens, int i, int end) =>
        ClaimText.PreviousWord(tokens, i) is int the and >= 0 && ClaimText.IsWord(document, tokens, the, "the")
        && end < tokens.Count && tokens[end].IsWord && char.IsLower(document.ProseText[tokens[end].Start]);

    /// <summary>"the second most likely country": a rank ordinal makes a set phrase ("most likely") a ranking.</summary>
    private static bool AfterRankOrdinal(Document document, TokenList tokens, SuperlativeLexicon lexicon, int i) =>
        ClaimText.PreviousWord(tokens, i) is int before and >= 0 && lexicon.RankOrdinals.Contains(document.GetText(tokens[before]));

    private const int ScopeNotSought = -2;

    /// <summary>A comparison scope after the superlative ("its largest increase in nearly half a century") or a named one ("in America").</summary>
    private static bool HasScopeAfter(Document document, Sentence sentence, SuperlativeLexicon lexicon, int end, ref int lastScope)
    {
        if (lastScope == ScopeNotSought)
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
    private static bool HasScopeInClause(Document document, TokenList tokens, SuperlativeLexicon lexicon, int end)
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

    /// <summary>"is the leading", "who's the leading", "is truly one of": a word right after a copula (and an adverb), a predicate that ranks its subject.</summary>
    private static bool IsPredicate(Document document, TokenList tokens, SuperlativeLexicon lexicon, int the) =>
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
    private static bool IsBarePredicate(Document document, TokenList tokens, SuperlativeLexicon lexicon, int i, int licence)
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
    private static bool IsBareUsagePredicate(Document document, TokenList tokens, SuperlativeLexicon lexicon, int i, int end, int licence)
    {
        if (end - i is not (2 or 3) || !ClaimText.IsWord(document, tokens, i, "most") || !RanksByUse(document, tokens, lexicon, end)
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
    private static bool RanksTheWhere(Document document, TokenList tokens, int i, int licence)
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
    private static bool IsAdverbAfterPassive(Document document, TokenList tokens, SuperlativeLexicon lexicon, int superlative)
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
        return ((verb.Length > 3 && verb.EndsWith("ed", StringComparison.OrdinalIgnoreCase)) || lexicon.IrregularParticiples.Contains(verb))
            && !lexicon.ConferringVerbs.Contains(verb) && !ClaimText.HasHyphen(tokens[superlative], document.GetText(tokens[superlative])) // "is voted best-on-ground": an award
            && (next >= tokens.Count || !tokens[next].IsWord || ClaimText.IsWord(document, tokens, next, "by"));
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

            if (k > end && IsCopula(document, tokens, lexicon, k) && !ClaimText.IsWord(document, tokens, k, "be")) // not "can be"
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

    /// <summary>"it's", "it is", "this was": the copula at token <paramref name="copula"/> has "it" or "this" for its subject, a placeholder ("that are" is a relative clause's).</summary>
    private static bool IsAfterIt(Document document, TokenList tokens, int copula)
    {
        var verb = document.GetText(tokens[copula]);
        int subject = ClaimText.PreviousWord(tokens, copula);
        return (verb.Length > 3 && verb[..2].Equals("it", StringComparison.OrdinalIgnoreCase) && verb[2] is '\'' or '\u2019')
            || ClaimText.IsWord(document, tokens, subject, "it") || ClaimText.IsWord(document, tokens, subject, "this");
    }

    /// <summary>"a", "an", or a word of <c>partitiveDeterminers</c> ("the", "this", "its", "them"): it opens a noun phrase, not a verb.</summary>
    private static bool IsDeterminer(ReadOnlySpan<char> word, SuperlativeLexicon lexicon) =>
        word is "a" or "an" || lexicon.PartitiveDeterminers.Contains(word);

    /// <summary>The word before token <paramref name="index"/>, past one adverb ("is now the worst", "remains by far"); -1 when punctuation intervenes.</summary>
    private static int WordBefore(Document document, TokenList tokens, SuperlativeLexicon lexicon, int index) =>
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

    /// <summary>
    /// "in more than three decades", "in 30 years", "the biggest jump in wholesale prices in a dozen years": "in" and a
    /// unit of time a few words on, within its clause, or "since 1963".
    /// </summary>
    private static bool HasSpanScope(Document document, TokenList tokens, SuperlativeLexicon lexicon, WordSet units, int end)
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
    /// "not the happiest vehicle", "isn't the nation's biggest industry", "even the best of government", "is not one of
    /// his best books", "was not among the best players": a denial or a concession ranks nothing.
    /// </summary>
    private static bool IsDenied(Document document, TokenList tokens, int determiner)
    {
        int previous = ClaimText.PreviousWord(tokens, determiner);
        if (previous < 0)
        {
            return false;
        }

        // "may not be the largest", "not always the largest"; before "one of" or "among", only a denial stands before the set
        // the superlative is picked from ("even one of the best" concedes nothing).
        return IsNegated(document, tokens, determiner)
            || (IsOneOf(document, tokens, determiner) && IsNegated(document, tokens, determiner - 2)) || (ClaimText.IsAmong(document, tokens, previous) && IsNegated(document, tokens, previous))
            || ClaimText.IsWord(document, tokens, previous, "even")
            || (ConcessivePrepositions.Contains(document.GetText(tokens[previous])) && ClaimText.IsWord(document, tokens, ClaimText.PreviousWord(tokens, previous), "even")); // "even of the most serious offenders"
    }

    /// <summary>"not one of", "may not be among": a negation, perhaps before "be" or "always", right before token <paramref name="word"/>.</summary>
    private static bool IsNegated(Document document, TokenList tokens, int word)
    {
        int previous = ClaimText.PreviousWord(tokens, word);
        if (ClaimText.IsWord(document, tokens, previous, "be") || ClaimText.IsWord(document, tokens, previous, "always"))
        {
            previous = ClaimText.PreviousWord(tokens, previous);
        }

        return previous >= 0 && ClaimText.IsNegation(document, tokens, previous);
    }

    private static readonly WordSet ConcessivePrepositions = new(["of", "for", "to", "among", "with", "in", "at", "by"]);

    /// <summary>
    /// "the finest team I ever held a rein on", "the best I've seen", "the darkest moments of our lives": ranked
    /// against one person's own experience, which only they can vouch for; not a claim about the world.
    /// </summary>
    private static bool IsOwnExperience(Document document, TokenList tokens, SuperlativeLexicon lexicon, int end)
    {
        for (int k = end; k < tokens.Count && k <= end + OwnExperienceReach && (tokens[k].IsWord || document.ProseText[tokens[k].Start] == ','); k++)
        {
            if (tokens[k].IsWord && (lexicon.ExperienceSubjects.Contains(document.GetText(tokens[k])) || IsLifeScope(document, tokens, lexicon, k) || IsEverExperienced(document, tokens, lexicon, k)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"he had ever seen", "she has ever commanded", "they ever made": a pronoun and "ever" at token <paramref name="k"/>.</summary>
    private static bool IsEverExperienced(Document document, TokenList tokens, SuperlativeLexicon lexicon, int k)
    {
        if (!lexicon.ExperiencePronouns.Contains(document.GetText(tokens[k])))
        {
            return false;
        }

        int next = k + 1;
        if (next < tokens.Count && tokens[next].IsWord && lexicon.ExperienceAuxiliaries.Contains(document.GetText(tokens[next])))
        {
            next++;
        }

        return ClaimText.IsWord(document, tokens, next, "ever");
    }

    /// <summary>"of our lives", "in his life" at token <paramref name="k"/>.</summary>
    private static bool IsLifeScope(Document document, TokenList tokens, SuperlativeLexicon lexicon, int k) =>
        k + 2 < tokens.Count && tokens[k + 1].IsWord && tokens[k + 2].IsWord
        && (ClaimText.IsWord(document, tokens, k, "of") || ClaimText.IsWord(document, tokens, k, "in"))
        && lexicon.LifeOwners.Contains(document.GetText(tokens[k + 1])) && lexicon.LifeWords.Contains(document.GetText(tokens[k + 2]));

    /// <summary>"the tallest peak in every state": one of each of a class, not a ranking of one subject.</summary>
    private static bool IsDistributive(Document document, TokenList tokens, int end)
    {
        for (int k = end; k + 1 < tokens.Count && k <= end + DistributiveReach && tokens[k].IsWord; k++)
        {
            if ((ClaimText.IsWord(document, tokens, k, "in") || ClaimText.IsWord(document, tokens, k, "of") || ClaimText.IsWord(document, tokens, k, "for"))
                && (ClaimText.IsWord(document, tokens, k + 1, "every") || ClaimText.IsWord(document, tokens, k + 1, "each")))
            {
                return true;
            }
        }

        return false;
    }

    private const int DistributiveReach = 3;

    /// <summary>How many words may stand between a superlative and the "I" of a relative clause after it ("we" is as often the nation as the writer).</summary>
    private const int OwnExperienceReach = 3;

    /// <summary>
    /// "the best way to learn", "The safest procedure is to", "the easiest and most economical way to": a superlative
    /// whose noun is one of <see cref="SuperlativeLexicon.AdviceNouns"/> and is followed by a word of
    /// <see cref="SuperlativeLexicon.AdviceFollowers"/>; "the best procedure on the market" ranks, and so does a superlative
    /// of <see cref="SuperlativeLexicon.AdviceUsage"/> ("the most popular method of storing music").
    /// </summary>
    private static bool IsAdvice(Document document, TokenList tokens, SuperlativeLexicon lexicon, int end) =>
        !RanksByUse(document, tokens, lexicon, end)
        && HeadNoun(document, tokens, lexicon, end) is int noun and >= 0 && lexicon.AdviceNouns.Contains(document.GetText(tokens[noun]))
        && noun + 1 < tokens.Count && tokens[noun + 1].IsWord && lexicon.AdviceFollowers.Contains(document.GetText(tokens[noun + 1]));

    /// <summary>"The highest position is", "The highest rated non-supervisory engineering title": a place in a hierarchy, not a ranking.</summary>
    private static bool IsHierarchyPlace(Document document, TokenList tokens, SuperlativeLexicon lexicon, int i, int end) =>
        end == i + 1 && lexicon.HierarchyWords.Contains(document.GetText(tokens[i]))
        && HeadNoun(document, tokens, lexicon, end) is int noun and >= 0 && lexicon.HierarchyNouns.Contains(document.GetText(tokens[noun]));

    /// <summary>
    /// The noun a superlative ending before token <paramref name="end"/> modifies: the first word after it, within
    /// <see cref="NounReach"/>, that is not an adjective, a superlative, "most"/"least", a conjunction or a hyphened
    /// modifier ("easiest and most economical way", "highest rated non-supervisory engineering title"); -1 when a
    /// capitalised word or punctuation comes first.
    /// </summary>
    private static int HeadNoun(Document document, TokenList tokens, SuperlativeLexicon lexicon, int end)
    {
        for (int k = end; k < tokens.Count && k <= end + NounReach && tokens[k].IsWord; k++)
        {
            var word = document.GetText(tokens[k]);
            if (!char.IsLower(word[0]))
            {
                return -1;
            }

            if (!lexicon.Conjunctions.Contains(word) && !lexicon.Intensifiers.Contains(word) && !lexicon.IsAdjective(word)
                && !lexicon.IsSuperlative(word) && !word.Contains('-') && !ClaimText.IsNumberWord(word))
            {
                return k; // past a count in words: "the highest two divisions"
            }
        }

        return -1;
    }

    /// <summary>
    /// "more difficult ... than to get into the most selective school in the nation": the superlative is the far end of a
    /// comparison, not a ranking of one subject. "than" within <see cref="ComparisonReach"/> words before it, in its clause
    /// and its phrase (no comma between), unless a number follows it ("more than 40 aircraft, the largest order").
    /// </summary>
    private static bool IsComparedWith(Document document, TokenList tokens, int superlative)
    {
        for (int k = superlative - 1, words = 0; k >= 0 && words < ComparisonReach; k--)
        {
            if (!tokens[k].IsWord)
            {
                if (document.ProseText[tokens[k].Start] is ';' or ':' or '.' or ',')
                {
                    return false;
                }

                continue;
            }

            if (ClaimText.IsWord(document, tokens, k, "than"))
            {
                return !ClaimText.IsNumber(document, tokens, k + 1); // "more than 40 aircraft" is a quantity
            }

            words++;
        }

        return false;
    }

    /// <summary>How many words before a superlative a "than" still makes it the far end of a comparison.</summary>
    private const int ComparisonReach = 5;

    /// <summary>How many words may stand between a superlative and the noun it modifies ("easiest and most economical way", "highest rated engineering title").</summary>
    private const int NounReach = 3;

    /// <summary>
    /// "the greatest care must be exercised", "the closest scrutiny as a test", "The fullest cooperation by": a superlative
    /// of degree (<c>degreeNouns.superlatives</c>) right before a noun of <see cref="SuperlativeLexicon.DegreeNouns"/> that
    /// closes its phrase states a degree. Not "the best care" (a quality), "the largest care home operator" (the noun
    /// goes on), nor with a scope after it ("the highest regard for the law of any court").
    /// </summary>
    private static bool NamesADegree(Document document, TokenList tokens, SuperlativeLexicon lexicon, int i, int end)
    {
        if (end != i + 1 || end >= tokens.Count || !tokens[end].IsWord || !lexicon.DegreeSuperlatives.Contains(document.GetText(tokens[i]))
            || !lexicon.DegreeNouns.Contains(document.GetText(tokens[end])))
        {
            return false;
        }

        int after = end + 1;
        bool closesPhrase = after >= tokens.Count || !tokens[after].IsWord || HeadPrepositions.Contains(document.GetText(tokens[after]))
            || ClaimText.Modals.Contains(document.GetText(tokens[after])) || lexicon.Copulas.Contains(document.GetText(tokens[after]))
            || ClaimText.IsWord(document, tokens, after, "of") || ClaimText.IsWord(document, tokens, after, "as") || ClaimText.IsWord(document, tokens, after, "and");
        return closesPhrase && !HasScopeInClause(document, tokens, lexicon, end);
    }

    /// <summary>How many words may stand between "of" and the members of a family: "of the Stevens brothers".</summary>
    private const int FamilyOwnerReach = 2;

    /// <summary>"the youngest daughter", "his eldest son", "oldest of the Stevens brothers": a place in a family, not a ranking.</summary>
    private static bool IsFamilyPosition(Document document, TokenList tokens, SuperlativeLexicon lexicon, int i, int end)
    {
        if (end != i + 1 || end >= tokens.Count || !tokens[end].IsWord || !lexicon.FamilyPositions.Contains(document.GetText(tokens[i])))
        {
            return false;
        }

        if (!ClaimText.IsWord(document, tokens, end, "of"))
        {
            return lexicon.FamilyMembers.Contains(document.GetText(tokens[end]));
        }

        // "the youngest of their thirteen children", "oldest of the Stevens brothers": the owner, then perhaps how many or
        // whose, then the members.
        for (int member = end + 2; member < tokens.Count && member <= end + FamilyOwnerReach + 1 && tokens[member].IsWord; member++)
        {
            if (lexicon.FamilyMembers.Contains(document.GetText(tokens[member])))
            {
                return true;
            }
        }

        return false;
    }

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

    /// <summary>"best-educated", "worst-hit", "most-important": a compound that ranks, unless the lexicon lists it (as "best-selling").</summary>
    private static bool IsHyphenedSuperlative(ReadOnlySpan<char> word, SuperlativeLexicon lexicon)
    {
        int hyphen = word.IndexOf('-');
        return hyphen > 0 && hyphen < word.Length - 1 && !lexicon.KnownTerms.Contains(word)
            && (lexicon.IsSuperlative(word[..hyphen]) || (lexicon.Intensifiers.Contains(word[..hyphen]) && lexicon.IsAdjective(word[(hyphen + 1)..])));
    }

    /// <summary>A word that may be an '-est' superlative of an adjective; the lexicon decides.</summary>
    private static bool MayBeEstForm(ReadOnlySpan<char> word) =>
        word.Length >= 6 && word[^1] is 't' or 'T' && word[^2] is 's' or 'S' && word[^3] is 'e' or 'E';

    /// <summary>
    /// A compound that ranks by its form wherever it is asserted, like a peacock term: a superlative or a head
    /// such as "top" before a participle ("best-selling", "top-selling", "most-viewed", "fastest-growing",
    /// "world-leading"), or an ordinal or a word of <see cref="SuperlativeLexicon.CompoundOrdinalHeads"/> before a
    /// superlative ("second-largest", "next-highest").
    /// </summary>
    private static bool TryCompound(Document document, Sentence sentence, SuperlativeLexicon lexicon, int i, out SuperlativeMatch match)
    {
        match = default;
        var word = document.GetText(sentence.Tokens[i]);
        int hyphen = word.IndexOf('-');
        if (hyphen <= 0 || hyphen >= word.Length - 1 || lexicon.NotSuperlatives.Contains(word) || (ClaimText.StartsUpper(word) && !sentence.IsFirstWord(i)))
        {
            return false;
        }

        var head = word[..hyphen];
        var tail = word[(hyphen + 1)..];
        if (tail.Contains('-'))
        {
            return false;
        }

        bool ordinal = (lexicon.Ordinals.Contains(head) || lexicon.CompoundOrdinalHeads.Contains(head)) && lexicon.IsSuperlative(tail);
        bool participle = (lexicon.IsSuperlative(head) || lexicon.CompoundHeads.Contains(head)) && (ClaimText.IsParticiple(tail) || lexicon.IrregularParticiples.Contains(tail))
            && lexicon.AllowsTail(head, tail);
        if ((!ordinal && !participle) || NamesAreasOfAKind(document, sentence.Tokens, lexicon, i) || IsAllOfAClass(document, sentence.Tokens, i - 1)
            || NamesAList(document, sentence.Tokens, i))
        {
            return false;
        }

        var span = sentence.Tokens[i].Span;
        match = new SuperlativeMatch(span, span, i, i, IsPeacock: false);
        return true;
    }

    /// <summary>"Prostitution – the easiest way of financing drug addiction – has skyrocketed": after a dash that follows a noun, "the" and a superlative say what that noun is, a claim, not advice.</summary>
    private static bool IsAppositiveAfterDash(Document document, TokenList tokens, int superlative)
    {
        int the = superlative - 1;
        return ClaimText.IsWord(document, tokens, the, "the") && the >= 2 && tokens[the - 1].Kind == TokenKind.Punctuation
            && ClaimText.IsDash(document.ProseText[tokens[the - 1].Start]) && tokens[the - 2].IsWord;
    }

    /// <summary>"on the UN's list of least-developed countries": right after "list of", the superlative is the list's name for its members.</summary>
    private static bool NamesAList(Document document, TokenList tokens, int superlative) =>
        ClaimText.IsWord(document, tokens, superlative - 1, "of")
        && (ClaimText.IsWord(document, tokens, superlative - 2, "list") || ClaimText.IsWord(document, tokens, superlative - 2, "lists"));

    /// <summary>"behind all the worst-ranked cities in the world", "all the best seats": "all" before "the" takes the whole of a class, ranking none of it.</summary>
    private static bool IsAllOfAClass(Document document, TokenList tokens, int the) =>
        ClaimText.IsWord(document, tokens, the, "the") && ClaimText.IsWord(document, tokens, the - 1, "all") && !ClaimText.IsWord(document, tokens, the - 2, "of");

    /// <summary>
    /// "the world's richest people", "the richest 1%", "India's wealthiest will quadruple", "the list of the world's
    /// richest.": a superlative of <see cref="SuperlativeLexicon.ClassSuperlatives"/> from token <paramref name="i"/> to
    /// <paramref name="end"/> names a class before a plural of <see cref="SuperlativeLexicon.ClassNouns"/>, a number or a
    /// verb of <see cref="SuperlativeLexicon.ClassVerbs"/> or a modal; before nothing it does with no owner ("will be the poorest.") and,
    /// with one, after a preposition. Otherwise it ranks after a copula
    /// ("Musk is now the world's richest", "are the richest countries in the world"), in apposition ("Musk, the world's
    /// richest, spoke"), when a count or "among" picks from the class ("one of the world's poorest countries", "Two of the
    /// world's richest men") and before a singular noun ("the world's richest man").
    /// </summary>
    private static bool NamesAClassOfPeople(Document document, TokenList tokens, SuperlativeLexicon lexicon, int i, int end)
    {
        if (!lexicon.ClassSuperlatives.TryMatch(document, tokens, i, out _, out int phraseEnd) || phraseEnd != end)
        {
            return false;
        }

        int opener = i;
        bool owned = false;
        for (int words = 0; opener > 0 && words < ClassPickReach && tokens[opener - 1].IsWord; words++)
        {
            var word = document.GetText(tokens[opener - 1]);
            bool the = word.Equals("the", StringComparison.OrdinalIgnoreCase);
            bool partOfAName = ClaimText.StartsUpper(word) && opener < i && ClaimText.StartsUpper(document.GetText(tokens[opener])); // "New" of "New York's"
            if (!the && !ClaimText.IsPossessive(word, lexicon.Contractions) && !partOfAName)
            {
                break;
            }

            owned |= !the;
            opener--; // back over "the world's", "New York's"
        }

        int before = opener - 1;
        if (before >= 0 && (ClaimText.IsAmong(document, tokens, before) || (ClaimText.IsWord(document, tokens, before, "of") && before >= 1 && ClaimText.IsNumber(document, tokens, before - 1))))
        {
            return false; // "one of the poorest", "Two of the world's richest men"
        }

        bool nothingAfter = end >= tokens.Count || (!tokens[end].IsWord && tokens[end].Kind != TokenKind.Number);
        if (!owned && nothingAfter)
        {
            return true; // "will be the poorest.", "help the neediest": the poor, whatever the frame
        }

        if ((before >= 0 && tokens[before].Kind == TokenKind.Punctuation && ClaimText.IsClauseMarkAt(document, tokens, before)) || (before >= 0 && IsCopula(document, tokens, lexicon, before)))
        {
            return false; // in apposition or after a copula: "Musk, the world's richest, spoke", "Musk is now the world's richest"
        }

        if (nothingAfter)
        {
            return before >= 0 && lexicon.ClassPrepositions.Contains(document.GetText(tokens[before])); // "the list of the world's richest."
        }

        var next = document.GetText(tokens[end]);
        return tokens[end].Kind == TokenKind.Number || ClaimText.IsNumber(document, tokens, end) || lexicon.ClassNouns.Contains(next) || lexicon.ClassVerbs.Contains(next) || ClaimText.Modals.Contains(next);
    }

    /// <summary>How many words of an owner ("the world's", "New York's") may stand between the class and what comes before it.</summary>
    private const int ClassPickReach = 4;

    /// <summary>"debris was strewn throughout the hardest-hit areas", "the poorest parts of the EU": a superlative (one word) after "the" and before a vague plural of places names a class of the worst placed.</summary>
    private static bool NamesAreasOfAKind(Document document, TokenList tokens, SuperlativeLexicon lexicon, int superlative) =>
        ClaimText.IsWord(document, tokens, superlative - 1, "the") && superlative + 1 < tokens.Count && tokens[superlative + 1].IsWord
        && lexicon.AreaNouns.Contains(document.GetText(tokens[superlative + 1]));

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
            && (!lexicon.FrequencyAdverbs.Contains(word) || HasScopeInClause(document, tokens, lexicon, adverb + 2));
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
        return ((word.Length > 3 && word.EndsWith("ed", StringComparison.OrdinalIgnoreCase)) || lexicon.IrregularParticiples.Contains(word))
            && char.IsLower(next[0]) && !lexicon.PostnominalFollowers.Contains(next) && !lexicon.Conjunctions.Contains(next) && !IsDeterminer(next, lexicon);
    }

    /// <summary>"the first pope ever", "its first ever visit", "the first time in history": a record claim split around its noun.</summary>
    private static bool TrySplitRecord(Document document, TokenList tokens, SuperlativeLexicon lexicon, int i, out SuperlativeMatch match, out int end)
    {
        match = default;
        end = i + 1;
        int licence = ClaimText.PreviousWord(tokens, i);
        if (licence < 0)
        {
            return false;
        }

        var licenceText = document.GetText(tokens[licence]);
        if (!ClaimText.IsWord(document, tokens, licence, "the") && !ClaimText.IsPossessive(licenceText, lexicon.Contractions) && !lexicon.PossessiveDeterminers.Contains(licenceText))
        {
            return false;
        }

        // "the second ever champion"; "the third largest city in the world" is a ranked superlative, not a record.
        int window = lexicon.RankOrdinals.Contains(document.GetText(tokens[i])) ? 0 : lexicon.SplitRecordWindow;
        for (int k = i + 1; k < tokens.Count && k <= i + window + 1 && tokens[k].IsWord; k++)
        {
            if (window == 0 && !ClaimText.IsWord(document, tokens, k, "ever"))
            {
                break;
            }

            if (lexicon.SplitRecordClosers.TryMatch(document, tokens, k, out _, out int closerEnd))
            {
                end = closerEnd;
                var span = TextSpan.FromBounds(tokens[licence].Start, tokens[end - 1].End);
                match = new SuperlativeMatch(span, TextSpan.FromBounds(tokens[i].Start, tokens[end - 1].End), licence, i, IsPeacock: true);
                return true;
            }
        }

        if (TryTimeBound(document, tokens, lexicon, licence, i, out end))
        {
            var span = TextSpan.FromBounds(tokens[licence].Start, tokens[end - 1].End);
            match = new SuperlativeMatch(span, TextSpan.FromBounds(tokens[i].Start, tokens[end - 1].End), licence, i, IsPeacock: true);
            return true;
        }

        return false;
    }

    /// <summary>
    /// "the first official visit by a Pakistani president to the country in 21 years": "the first" with a bound of time
    /// further on in its clause, which ranks the event against every other of that stretch (<c>splitRecord.timeBound</c>).
    /// </summary>
    private static bool TryTimeBound(Document document, TokenList tokens, SuperlativeLexicon lexicon, int the, int first, out int end)
    {
        end = first + 1;
        int before = ClaimText.PreviousWord(tokens, the);
        if (!ClaimText.IsWord(document, tokens, the, "the") || !lexicon.TimeBoundRecordWords.Contains(document.GetText(tokens[first])) || IsDenied(document, tokens, the)
            || (before >= 0 && lexicon.TimeBoundNotAfter.Contains(document.GetText(tokens[before])))
            || (first + 1 < tokens.Count && tokens[first + 1].IsWord && IsOrderedPart(document.GetText(tokens[first + 1]), lexicon))
            || (ClaimText.IsWord(document, tokens, first + 1, "of") && first + 2 < tokens.Count && tokens[first + 2].IsWord && lexicon.NotPlaces.Contains(document.GetText(tokens[first + 2]))))
        {
            return false; // "the first quarter", "the first of July": a part or a date, not a record
        }

        for (int k = first + 1, words = 0; k < tokens.Count && tokens[k].IsWord && words < lexicon.TimeBoundReach; k++, words++)
        {
            var text = document.GetText(tokens[k]);
            if (lexicon.TimeBoundStops.Contains(text))
            {
                return false;
            }

            end = Math.Max(EndOfTimeBound(document, tokens, lexicon, lexicon.TimeUnits, k), EndOfNamedHistory(document, tokens, lexicon, k));
            if (end > k)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "in American history", "in modern Japanese history", "in the club's history": the end of a history named after "in"
    /// at token <paramref name="k"/>, or -1. Not "in art history", a subject.
    /// </summary>
    private static int EndOfNamedHistory(Document document, TokenList tokens, SuperlativeLexicon lexicon, int k)
    {
        if (!ClaimText.IsWord(document, tokens, k, "in"))
        {
            return -1;
        }

        for (int u = k + 1; u < tokens.Count && u <= k + 4 && tokens[u].IsWord; u++)
        {
            var word = document.GetText(tokens[u]);
            if (word.Equals("history", StringComparison.OrdinalIgnoreCase))
            {
                return u > k + 1 ? u + 1 : -1;
            }

            if (!ClaimText.StartsUpper(word) && !ClaimText.IsPossessive(word, lexicon.Contractions) && !word.Equals("the", StringComparison.OrdinalIgnoreCase)
                && !lexicon.PossessiveDeterminers.Contains(word) && !lexicon.HistoryQualifiers.Contains(word))
            {
                return -1;
            }
        }

        return -1;
    }

    private static bool IsOrderedPart(ReadOnlySpan<char> word, SuperlativeLexicon lexicon) =>
        lexicon.OrderedParts.Contains(word) || lexicon.TimeUnits.Contains(word);

    /// <summary>
    /// "since 2009", "in 21 years", "in decades", "in more than a decade", "in a dozen years": the end of a bound of time
    /// at token <paramref name="k"/> ("since" and a number, or "in" and a unit of <paramref name="units"/> a few words
    /// on, within its clause), or -1.
    /// </summary>
    private static int EndOfTimeBound(Document document, TokenList tokens, SuperlativeLexicon lexicon, WordSet units, int k)
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

    /// <summary>
    /// "consider it the most likely cause", "making it the deadliest": an object pronoun at <paramref name="index"/> after a
    /// verb of <see cref="SuperlativeLexicon.ComplementVerbs"/>; not a denied one ("would not make it the largest", "didn't
    /// make it the biggest").
    /// </summary>
    private static bool IsObjectComplement(Document document, TokenList tokens, SuperlativeLexicon lexicon, int index) =>
        lexicon.ComplementObjects.Contains(document.GetText(tokens[index])) && ClaimText.PreviousWord(tokens, index) is int verb and >= 0
        && lexicon.ComplementVerbs.Contains(document.GetText(tokens[verb]))
        && !(ClaimText.PreviousWord(tokens, verb) is int before and >= 0 && ClaimText.IsNegation(document, tokens, before));

    private static bool IsCopula(Document document, TokenList tokens, SuperlativeLexicon lexicon, int index) =>
        lexicon.Copulas.Contains(document.GetText(tokens[index])) || IsContractedCopula(document.GetText(tokens[index]), lexicon.Contractions);

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

            if (IsCopula(document, tokens, lexicon, i))
            {
                return true;
            }

            words++;
        }

        return false;
    }

    /// <summary>
    /// "he became the youngest driver to qualify in pole position and youngest race winner": a superlative after "and"
    /// without a determiner of its own shares the predicate "the" of a superlative in the conjunct right before it, with
    /// no punctuation between ("the lowest income groups, and poorest families" names classes).
    /// </summary>
    private static bool HasRankedConjunctBefore(Document document, TokenList tokens, SuperlativeLexicon lexicon, int conjunction)
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

        if (firstComma == ScopeNotSought)
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

    /// <summary>"it's the best", "that's the biggest".</summary>
    private static bool IsContractedCopula(ReadOnlySpan<char> word, WordSet contractions) =>
        word.Length > 2 && (word[^1] is 's' or 'S') && word[^2] is '\'' or '\u2019' && !ClaimText.IsPossessive(word, contractions);

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

    private static readonly WordSet HeadPrepositions = new(["in", "on", "at", "for", "with", "from", "by", "to", "under", "during", "after", "before", "into", "through", "without"]);

    /// <summary>True when "one of" stands right before token <paramref name="index"/>.</summary>
    private static bool IsOneOf(Document document, TokenList tokens, int index) =>
        ClaimText.IsWord(document, tokens, index - 1, "of") && index >= 2 && tokens[index - 2].IsWord && ClaimText.IsNumber(document, tokens, index - 2);
}
