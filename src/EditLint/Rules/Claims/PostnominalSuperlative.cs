using EditLint.Documents;

namespace EditLint.Rules.Claims;

/// <summary>
/// Decides whether "most" and a modifier after a singular noun rank that one subject ("the man most responsible for"),
/// as "the most responsible man" would.
/// </summary>
internal static class PostnominalSuperlative
{
    /// <summary>
    /// "the man most responsible for", "the veteran most friendly to", "The man most firmly at grips": a superlative
    /// after its noun ranks that one subject. After a plural noun it names a class ("the States most heavily
    /// affected"), so the noun must be singular, and a word of <see cref="SuperlativeLexicon.PostnominalFollowers"/>
    /// must close the superlative.
    /// </summary>
    internal static bool TryPostnominal(Document document, TokenList tokens, SuperlativeLexicon lexicon, int most, out SuperlativeMatch match, out int end)
    {
        match = default;
        end = most + 1;
        int noun = ClaimText.PreviousWord(tokens, most);
        int modifier = most + 1;
        if (noun < 1 || !ClaimText.IsWord(document, tokens, noun - 1, "the") || !ClaimText.IsSingularCommonNoun(document.GetText(tokens[noun]))
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
        return RankedSuperlative.Record(tokens, noun - 1, most, end, out match);
    }
}
