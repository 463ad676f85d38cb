using EditLint.Documents;
using EditLint.Text;

namespace EditLint.Rules.Claims;

/// <summary>
/// Decides whether a record claim is split around its noun: "the first pope ever", "its first ever visit", "the first
/// time in history", or "the first" and a bound of time further on in its clause ("the first official visit by a
/// Pakistani president to the country in 21 years"). Not a part or a date ("the first quarter", "the first of July").
/// </summary>
internal static class SplitRecord
{
    /// <summary>"the first pope ever", "its first ever visit", "the first time in history": a record claim split around its noun.</summary>
    internal static bool TrySplitRecord(Document document, TokenList tokens, SuperlativeLexicon lexicon, int i, out SuperlativeMatch match, out int end)
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
        if (!ClaimText.IsWord(document, tokens, the, "the") || !lexicon.TimeBoundRecordWords.Contains(document.GetText(tokens[first])) || DeniedRanking.IsDenied(document, tokens, the)
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

            end = Math.Max(SuperlativeScope.EndOfTimeBound(document, tokens, lexicon, lexicon.TimeUnits, k), EndOfNamedHistory(document, tokens, lexicon, k));
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
}
