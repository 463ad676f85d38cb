using EditLint.Documents;

namespace EditLint.Rules.Claims;

/// <summary>
/// Decides whether a hyphened compound ranks: by its form wherever it is asserted, as a peacock term does
/// ("best-selling", "fastest-growing", "second-largest"), or as a superlative the lexicon does not list
/// ("best-educated", "worst-hit"). Not one that names a class ("the hardest-hit areas") or a list's members ("the UN's
/// list of least-developed countries").
/// </summary>
internal static class CompoundSuperlative
{
    /// <summary>"best-educated", "worst-hit", "most-important": a compound that ranks, unless the lexicon lists it (as "best-selling").</summary>
    internal static bool IsHyphenedSuperlative(ReadOnlySpan<char> word, SuperlativeLexicon lexicon)
    {
        int hyphen = word.IndexOf('-');
        return hyphen > 0 && hyphen < word.Length - 1 && !lexicon.KnownTerms.Contains(word)
            && (lexicon.IsSuperlative(word[..hyphen]) || (lexicon.Intensifiers.Contains(word[..hyphen]) && lexicon.IsAdjective(word[(hyphen + 1)..])));
    }

    /// <summary>
    /// A compound that ranks by its form wherever it is asserted, like a peacock term: a superlative or a head
    /// such as "top" before a participle ("best-selling", "top-selling", "most-viewed", "fastest-growing",
    /// "world-leading"), or an ordinal or a word of <see cref="SuperlativeLexicon.CompoundOrdinalHeads"/> before a
    /// superlative ("second-largest", "next-highest").
    /// </summary>
    internal static bool TryCompound(Document document, Sentence sentence, SuperlativeLexicon lexicon, int i, out SuperlativeMatch match)
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
        if ((!ordinal && !participle) || NonRankingSense.NamesAreasOfAKind(document, sentence.Tokens, lexicon, i) || NonRankingSense.IsAllOfAClass(document, sentence.Tokens, i - 1)
            || NamesAList(document, sentence.Tokens, i))
        {
            return false;
        }

        var span = sentence.Tokens[i].Span;
        match = new SuperlativeMatch(span, span, i, i, IsPeacock: false);
        return true;
    }

    /// <summary>"on the UN's list of least-developed countries": right after "list of", the superlative is the list's name for its members.</summary>
    private static bool NamesAList(Document document, TokenList tokens, int superlative) =>
        ClaimText.IsWord(document, tokens, superlative - 1, "of")
        && (ClaimText.IsWord(document, tokens, superlative - 2, "list") || ClaimText.IsWord(document, tokens, superlative - 2, "lists"));
}
