using EditLint.Documents;
using EditLint.Text;

namespace EditLint.Rules.Claims;

/// <summary>What EL2001 found: a ranked superlative ("the most important") or a peacock term ("first-ever").</summary>
internal readonly record struct SuperlativeMatch(TextSpan Span, TextSpan Core, int StartToken, int CoreToken, bool IsPeacock);

/// <summary>
/// Finds superlative and peacock claims in a sentence, left to right in one pass. A ranked superlative counts
/// only where it ranks something: after a possessive ("Russia's biggest") or "its"/"their", or after "the" in a
/// ranking frame ("is the best", "one of the largest", "the largest dam in history"), with an optional ordinal
/// in between ("North Korea's second most important"); "one of" joins the span. Set phrases ("at least",
/// "most of") are consumed before any superlative inside them is seen. Whether a word ranks where it stands is decided
/// in <see cref="RankedSuperlative"/>; compounds (<see cref="CompoundSuperlative"/>) and split records
/// (<see cref="SplitRecord"/>) are read by classes of their own, and a claim its clause does not assert
/// (<see cref="UnassertedClaim"/>) is left out.
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

            if (CompoundSuperlative.TryCompound(document, sentence, lexicon, i, out var compound))
            {
                AddAsserted(document, tokens, lexicon, compound, into);
                i++;
                continue;
            }

            if (kind.HasFlag(SuperlativeWordKind.SplitRecord) && SplitRecord.TrySplitRecord(document, tokens, lexicon, i, out var record, out end))
            {
                AddAsserted(document, tokens, lexicon, record, into);
                i = end;
                continue;
            }

            if (RankedSuperlative.TryRanked(document, sentence, lexicon, i, ref lastScope, ref firstComma, out var match, out end))
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
        if (UnassertedClaim.IsWishedFor(document, tokens, lexicon, first) || UnassertedClaim.IsCounterfactual(document, tokens, first))
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

    private static readonly WordSet TimeSuperlatives = new(["latest", "newest", "earliest"]);

    /// <summary>
    /// "the world's tallest, fastest, and longest roller coaster": the first superlative of a list that token
    /// <paramref name="i"/> ends, joined by commas and "and"/"or" ("the most experienced and oldest"); its determiner or
    /// possessive licenses them all.
    /// </summary>
    internal static int FirstOfList(Document document, TokenList tokens, SuperlativeLexicon lexicon, int i)
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

    /// <summary>How many superlatives back a list is followed: a longer one is not a list of one thing's qualities, and the walk stays bounded.</summary>
    private const int ListReach = 6;

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

    internal const int ScopeNotSought = -2;

    /// <summary>A word that may be an '-est' superlative of an adjective; the lexicon decides.</summary>
    private static bool MayBeEstForm(ReadOnlySpan<char> word) =>
        word.Length >= 6 && word[^1] is 't' or 'T' && word[^2] is 's' or 'S' && word[^3] is 'e' or 'E';
}
