using EditLint.Documents;
using EditLint.Names;

namespace EditLint.Rules.Claims;

/// <summary>
/// Decides whether a superlative set off after a name or a noun says what the named thing is: "the Al Udeid Air Base in
/// Qatar, the largest U.S. military base in the region", "Calcutta, largest city of Bengal", "Prostitution – the
/// easiest way of financing drug addiction – has skyrocketed". Not after a phrase that opens the sentence ("Turning to
/// Broadway, the most widely acclaimed plays were revived").
/// </summary>
internal static class Apposition
{
    /// <summary>
    /// "the Al Udeid Air Base in Qatar, the largest U.S. military base in the region": after a comma that closes a name,
    /// the superlative says what the named thing is. Not after an opening phrase ("Turning to Broadway, the most widely
    /// acclaimed plays were revived": the subject of the main clause), and not a bare place in a family ("and Max, the
    /// youngest."). A frame adverb may stand between the comma and "the" ("Oxford Street, arguably the most famous").
    /// </summary>
    internal static bool IsAppositive(Document document, TokenList tokens, SuperlativeLexicon lexicon, int the, int end)
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
    internal static bool IsBareAppositive(Document document, Sentence sentence, SuperlativeLexicon lexicon, int superlative, int end)
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

    /// <summary>"Prostitution – the easiest way of financing drug addiction – has skyrocketed": after a dash that follows a noun, "the" and a superlative say what that noun is, a claim, not advice.</summary>
    internal static bool IsAppositiveAfterDash(Document document, TokenList tokens, int superlative)
    {
        int the = superlative - 1;
        return ClaimText.IsWord(document, tokens, the, "the") && the >= 2 && tokens[the - 1].Kind == TokenKind.Punctuation
            && ClaimText.IsDash(document.ProseText[tokens[the - 1].Start]) && tokens[the - 2].IsWord;
    }
}
