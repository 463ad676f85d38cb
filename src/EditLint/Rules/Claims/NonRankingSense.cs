using EditLint.Documents;

namespace EditLint.Rules.Claims;

/// <summary>
/// Decides whether a superlative, though it could rank, names something else: a class ("the world's richest people",
/// "the hardest-hit areas", "all the best seats"), one of each of a class ("the tallest peak in every state"), a place
/// in a family or a hierarchy ("his eldest son", "the highest position"), a degree ("the greatest care must be
/// exercised"), advice ("the best way to learn"), the far end of a comparison ("than to get into the most selective
/// school") or one person's own experience ("the best I've seen").
/// </summary>
internal static class NonRankingSense
{
    /// <summary>
    /// "the finest team I ever held a rein on", "the best I've seen", "the darkest moments of our lives": ranked
    /// against one person's own experience, which only they can vouch for; not a claim about the world.
    /// </summary>
    internal static bool IsOwnExperience(Document document, TokenList tokens, SuperlativeLexicon lexicon, int end)
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
    internal static bool IsDistributive(Document document, TokenList tokens, int end)
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
    internal static bool IsAdvice(Document document, TokenList tokens, SuperlativeLexicon lexicon, int end) =>
        !RankingFrame.RanksByUse(document, tokens, lexicon, end)
        && HeadNoun(document, tokens, lexicon, end) is int noun and >= 0 && lexicon.AdviceNouns.Contains(document.GetText(tokens[noun]))
        && noun + 1 < tokens.Count && tokens[noun + 1].IsWord && lexicon.AdviceFollowers.Contains(document.GetText(tokens[noun + 1]));

    /// <summary>"The highest position is", "The highest rated non-supervisory engineering title": a place in a hierarchy, not a ranking.</summary>
    internal static bool IsHierarchyPlace(Document document, TokenList tokens, SuperlativeLexicon lexicon, int i, int end) =>
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
    internal static bool IsComparedWith(Document document, TokenList tokens, int superlative)
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
    internal static bool NamesADegree(Document document, TokenList tokens, SuperlativeLexicon lexicon, int i, int end)
    {
        if (end != i + 1 || end >= tokens.Count || !tokens[end].IsWord || !lexicon.DegreeSuperlatives.Contains(document.GetText(tokens[i]))
            || !lexicon.DegreeNouns.Contains(document.GetText(tokens[end])))
        {
            return false;
        }

        int after = end + 1;
        bool closesPhrase = after >= tokens.Count || !tokens[after].IsWord || RankingFrame.HeadPrepositions.Contains(document.GetText(tokens[after]))
            || ClaimText.Modals.Contains(document.GetText(tokens[after])) || lexicon.Copulas.Contains(document.GetText(tokens[after]))
            || ClaimText.IsWord(document, tokens, after, "of") || ClaimText.IsWord(document, tokens, after, "as") || ClaimText.IsWord(document, tokens, after, "and");
        return closesPhrase && !SuperlativeScope.HasScopeInClause(document, tokens, lexicon, end);
    }

    /// <summary>How many words may stand between "of" and the members of a family: "of the Stevens brothers".</summary>
    private const int FamilyOwnerReach = 2;

    /// <summary>"the youngest daughter", "his eldest son", "oldest of the Stevens brothers": a place in a family, not a ranking.</summary>
    internal static bool IsFamilyPosition(Document document, TokenList tokens, SuperlativeLexicon lexicon, int i, int end)
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

    /// <summary>"behind all the worst-ranked cities in the world", "all the best seats": "all" before "the" takes the whole of a class, ranking none of it.</summary>
    internal static bool IsAllOfAClass(Document document, TokenList tokens, int the) =>
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
    internal static bool NamesAClassOfPeople(Document document, TokenList tokens, SuperlativeLexicon lexicon, int i, int end)
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

        if ((before >= 0 && tokens[before].Kind == TokenKind.Punctuation && ClaimText.IsClauseMarkAt(document, tokens, before)) || (before >= 0 && PredicateSuperlative.IsCopula(document, tokens, lexicon, before)))
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
    internal static bool NamesAreasOfAKind(Document document, TokenList tokens, SuperlativeLexicon lexicon, int superlative) =>
        ClaimText.IsWord(document, tokens, superlative - 1, "the") && superlative + 1 < tokens.Count && tokens[superlative + 1].IsWord
        && lexicon.AreaNouns.Contains(document.GetText(tokens[superlative + 1]));
}
