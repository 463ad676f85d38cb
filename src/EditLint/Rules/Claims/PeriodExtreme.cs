using EditLint.Documents;
using EditLint.Text;

namespace EditLint.Rules.Claims;

/// <summary>
/// "a 50-year low", "a three-month high", "multi-year highs": a stretch of time in one word and then an extreme
/// (<c>periodExtremes</c> of <c>rules/EL2001.superlatives.json</c>). Like "record high" it ranks a figure above or
/// below every other of that stretch; the stretch is the claim's scope, not its support (docs/rules/annotation.md).
/// </summary>
internal static class PeriodExtreme
{
    /// <summary>"50-year", "three-month", "twenty-five-year", "multi-decade": a count and a unit of time in one word.</summary>
    public static bool IsStretchOfTime(ReadOnlySpan<char> word, WordSet timeUnits)
    {
        int hyphen = word.LastIndexOf('-');
        if (hyphen <= 0 || !timeUnits.Contains(word[(hyphen + 1)..]))
        {
            return false;
        }

        var count = word[..hyphen];
        return !count.ContainsAnyExceptInRange('0', '9') || ClaimText.IsNumberWord(count) || ClaimText.IsCompoundNumber(count)
            || count.Equals("multi", StringComparison.OrdinalIgnoreCase);
    }

    public static bool TryMatch(Document document, TokenList tokens, SuperlativeLexicon lexicon, int i, out SuperlativeMatch match)
    {
        match = default;
        int extreme = i + 1;
        if (extreme >= tokens.Count || !tokens[extreme].IsWord || !lexicon.PeriodExtremes.Contains(document.GetText(tokens[extreme]))
            || !IsStretchOfTime(document.GetText(tokens[i]), lexicon.TimeUnits) || !EndsThePhrase(document, tokens, lexicon, extreme + 1))
        {
            return false;
        }

        var span = TextSpan.FromBounds(tokens[i].Start, tokens[extreme].End);
        match = new SuperlativeMatch(span, span, i, i, IsPeacock: true);
        return true;
    }

    /// <summary>"a 50-year low." / "low Friday" / "low in March": the extreme is a noun; "a four-year high school" it is not.</summary>
    private static bool EndsThePhrase(Document document, TokenList tokens, SuperlativeLexicon lexicon, int next)
    {
        if (next >= tokens.Count || !tokens[next].IsWord)
        {
            return true;
        }

        var text = document.GetText(tokens[next]);
        return ClaimText.StartsUpper(text) || lexicon.PeriodExtremeFollowers.Contains(text);
    }
}
