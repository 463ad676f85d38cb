using EditLint.Documents;

namespace EditLint.Rules.Claims;

/// <summary>
/// Decides whether a ranking is denied or conceded ("isn't the nation's biggest industry", "even the best of
/// government"), and so ranks nothing.
/// </summary>
internal static class DeniedRanking
{
    /// <summary>
    /// "not the happiest vehicle", "isn't the nation's biggest industry", "even the best of government", "is not one of
    /// his best books", "was not among the best players": a denial or a concession ranks nothing.
    /// </summary>
    internal static bool IsDenied(Document document, TokenList tokens, int determiner)
    {
        int previous = ClaimText.PreviousWord(tokens, determiner);
        if (previous < 0)
        {
            return false;
        }

        // "may not be the largest", "not always the largest"; before "one of" or "among", only a denial stands before the set
        // the superlative is picked from ("even one of the best" concedes nothing).
        return IsNegated(document, tokens, determiner)
            || (ClaimText.IsOneOf(document, tokens, determiner) && IsNegated(document, tokens, determiner - 2)) || (ClaimText.IsAmong(document, tokens, previous) && IsNegated(document, tokens, previous))
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
}
