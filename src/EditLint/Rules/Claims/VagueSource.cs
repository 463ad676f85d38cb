using EditLint.Documents;

namespace EditLint.Rules.Claims;

/// <summary>
/// Decides whether an attribution or an opinion names no source: a vague or unnamed subject ("many say", "officials
/// said", "according to media reports."), a passive with no agent or a counted one ("it is said", "was widely reported",
/// "strikes reported in Moscow", "reported by any country"), or an infinitive that reports nothing ("tempted to say").
/// </summary>
internal static class VagueSource
{
    /// <summary>
    /// "the Palazzo Farnese, considered by many to be the finest", "a palace, thought the finest": a participle after a
    /// comma, or with a vague agent after "by", names no holder of the opinion; "considered by Sol Hurok" does.
    /// </summary>
    internal static bool IsVaguePassive(Document document, TokenList tokens, int verb, SuperlativeLexicon lexicon)
    {
        if (ClaimText.IsWord(document, tokens, verb + 1, "by"))
        {
            return !HasNamedAgent(document, tokens, verb, lexicon);
        }

        return verb > 0 && tokens[verb - 1].Kind == TokenKind.Punctuation && document.ProseText[tokens[verb - 1].Start] == ','
            && !document.GetText(tokens[verb]).EndsWith('s'); // "Sol Hurok, ballet booker extraordinary, considers": active
    }

    /// <summary>
    /// "A man thought to be the oldest", "the bridge, said to be the longest": a participle before "to be" is passive,
    /// and names no one who holds the opinion or said it; not after "have" ("what our agencies have determined to be"),
    /// and not a verb in the present ("what NASA and ESA believe to be the largest").
    /// </summary>
    private static bool IsParticipleBeforeToBe(Document document, TokenList tokens, int verb, SuperlativeLexicon lexicon) =>
        ClaimText.IsWord(document, tokens, verb + 1, "to") && ClaimText.IsWord(document, tokens, verb + 2, "be")
        && IsPastParticiple(document.GetText(tokens[verb]))
        && !(ClaimText.PreviousWord(tokens, verb) is int before and >= 0 && lexicon.PossessionVerbs.Contains(document.GetText(tokens[before])));

    /// <summary>"considered", "believed", "thought", "said", "felt", "found": the participles of the verbs of opinion and report.</summary>
    private static bool IsPastParticiple(ReadOnlySpan<char> verb) =>
        verb.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || verb is "thought" or "said" or "felt" or "found" or "held" or "known";

    /// <summary>The token before the verb at <paramref name="verb"/>, past at most <see cref="PassiveAdverbReach"/> adverbs ("was once tentatively estimated"); -1 at the sentence's start.</summary>
    internal static int BeforeAdverbs(Document document, TokenList tokens, int verb, SuperlativeLexicon lexicon)
    {
        int k = verb - 1;
        for (int adverbs = 0; k >= 0 && adverbs < PassiveAdverbReach && tokens[k].IsWord && IsAdverb(document.GetText(tokens[k]), lexicon); adverbs++)
        {
            k--;
        }

        return k;
    }

    /// <summary>"by the historian Samuel Arnold", "by Sol Hurok" after the verb, not "by many": who holds the opinion or spoke.</summary>
    private static bool HasNamedAgent(Document document, TokenList tokens, int verb, SuperlativeLexicon lexicon) =>
        ClaimText.IsWord(document, tokens, verb + 1, "by") && verb + 2 < tokens.Count && tokens[verb + 2].IsWord
        && !lexicon.WeaselSubjects.Contains(document.GetText(tokens[verb + 2]));

    /// <summary>
    /// "Officials say", "although senior officials said": "officials" or "authorities" with nothing before it that says
    /// whose: the sentence's start, a clause mark or quotation mark, or at most two words of
    /// <see cref="SuperlativeLexicon.UnnamedModifiers"/> after one; not "Lebanese officials", "police officials", "U.S.
    /// officials" (an abbreviation's full stop names them), "American and other senior officials".
    /// </summary>
    private static bool IsUnnamedSubject(Document document, TokenList tokens, int subject, SuperlativeLexicon lexicon)
    {
        if (!lexicon.UnnamedSubjects.Contains(document.GetText(tokens[subject])))
        {
            return false;
        }

        for (int k = subject - 1, modifiers = 0; ; k--)
        {
            if (k < 0)
            {
                return true;
            }

            if (!tokens[k].IsWord)
            {
                char mark = document.ProseText[tokens[k].Start];
                return ClaimText.IsClauseMark(mark) || ClaimText.IsQuotationMark(document, tokens, k) || mark == '(';
            }

            if (!lexicon.UnnamedModifiers.Contains(document.GetText(tokens[k])) || ++modifiers > UnnamedModifierReach)
            {
                return false;
            }
        }
    }

    /// <summary>
    /// "according to officials,", "according to media reports.", "..., said a senior official.": after "according to" or a
    /// verb whose subject follows it, at most <see cref="UnnamedModifierReach"/> words of
    /// <see cref="SuperlativeLexicon.UnnamedModifiers"/> and vague subjects in lower case that close the phrase name no
    /// source; "according to officials at the ministry", "according to reports circulated by the Associated Press",
    /// "according to Media Wales", "said a senior official in Kabul" go on to name one.
    /// </summary>
    private static bool NamesNobodyAt(Document document, TokenList tokens, int first, SuperlativeLexicon lexicon)
    {
        int k = first;
        while (k + 1 < tokens.Count && tokens[k].IsWord && tokens[k + 1].IsWord && lexicon.UnnamedModifiers.Contains(document.GetText(tokens[k])) && k - first < UnnamedModifierReach)
        {
            k++; // "according to senior officials"; "according to many." is itself the vague subject
        }

        int subjects = k;
        while (k < tokens.Count && tokens[k].IsWord && char.IsLower(document.ProseText[tokens[k].Start]) && IsVagueSubject(document.GetText(tokens[k]), lexicon))
        {
            k++;
        }

        return k > subjects && (k == tokens.Count || !tokens[k].IsWord);
    }

    /// <summary>"critics", "sources", "officials": a subject that names no one (<see cref="SuperlativeLexicon.WeaselSubjects"/>, <see cref="SuperlativeLexicon.UnnamedSubjects"/>).</summary>
    private static bool IsVagueSubject(ReadOnlySpan<char> word, SuperlativeLexicon lexicon) =>
        lexicon.WeaselSubjects.Contains(word) || lexicon.UnnamedSubjects.Contains(word);

    /// <summary>
    /// "with strikes reported in Moscow", "deaths reported across the region": a participle after a plural noun and
    /// before a preposition describes the noun, in the passive with no agent, and names no source; not "officials reported",
    /// nor a report of what follows ("reported on Monday that").
    /// </summary>
    private static bool IsReducedPassive(Document document, TokenList tokens, int verb, SuperlativeLexicon lexicon)
    {
        var word = document.GetText(tokens[verb]);
        if (!word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || verb + 1 >= tokens.Count || !tokens[verb + 1].IsWord
            || !PlacePrepositions.Contains(document.GetText(tokens[verb + 1])) || ClaimText.PreviousWord(tokens, verb) is not (int noun and >= 0))
        {
            return false;
        }

        var before = document.GetText(tokens[noun]);
        return before.Length > 3 && before[^1] == 's' && char.IsLower(before[0]) && !IsVagueSubject(before, lexicon) && !NamedAttribution.ReportsWhatFollows(document, tokens, verb + 1);
    }

    private static readonly WordSet PlacePrepositions = new(["in", "at", "across", "near", "from", "throughout", "around"]);

    /// <summary>"reported by any country", "announced by every team": an agent counted, not named.</summary>
    private static readonly WordSet AgentQuantifiers = new(["any", "every", "each", "all", "no"]);

    /// <summary>How many words such as "the", "senior" may stand before a vague subject that still names no one.</summary>
    private const int UnnamedModifierReach = 2;

    /// <summary>
    /// An attribution verb that names no source: after a vague subject ("many say", "critics have said") or in the
    /// passive ("it is said", "was widely reported"). "according to" is never vague by its neighbours.
    /// </summary>
    internal static bool IsVague(Document document, TokenList tokens, int verb, SuperlativeLexicon lexicon)
    {
        int previous = ClaimText.PreviousWord(tokens, verb);
        if (ClaimText.IsWord(document, tokens, verb, "according"))
        {
            return NamesNobodyAt(document, tokens, verb + 2, lexicon);
        }

        if (IsParticipleBeforeToBe(document, tokens, verb, lexicon)
            || (ClaimText.IsWord(document, tokens, verb + 1, "by") && verb + 2 < tokens.Count && tokens[verb + 2].IsWord && AgentQuantifiers.Contains(document.GetText(tokens[verb + 2])))
            || IsReducedPassive(document, tokens, verb, lexicon))
        {
            return true; // a passive with no agent or a counted one: "strikes reported in Moscow", "reported by any country"
        }

        if (previous < 0)
        {
            return NamesNobodyAt(document, tokens, verb + 1, lexicon); // "..., said a senior official."
        }

        // "Officials on Monday said", "critics on Tuesday said": the day stands between the subject and its verb.
        if (lexicon.NotPlaces.Contains(document.GetText(tokens[previous])) && ClaimText.PreviousWord(tokens, previous) is int on and >= 0
            && ClaimText.IsWord(document, tokens, on, "on") && ClaimText.PreviousWord(tokens, on) is int subject and >= 0)
        {
            previous = subject;
        }

        var word = document.GetText(tokens[previous]);
        if (lexicon.WeaselSubjects.Contains(word) || IsUnnamedSubject(document, tokens, previous, lexicon) || IsBareInfinitive(document, tokens, previous, lexicon))
        {
            return true;
        }

        if (lexicon.PassiveMarkers.Contains(word))
        {
            return !HasNamedAgent(document, tokens, verb, lexicon); // "it is said", not "was styled by the historian Arnold"
        }

        int before = ClaimText.PreviousWord(tokens, previous);
        if (before < 0)
        {
            return false;
        }

        if (lexicon.WeaselSubjects.Contains(document.GetText(tokens[before])) || IsUnnamedSubject(document, tokens, before, lexicon))
        {
            return true; // "critics have said", "officials have said"
        }

        // "was widely reported", "was once tentatively estimated": the passive with adverbs between.
        int k = BeforeAdverbs(document, tokens, verb, lexicon);
        return k >= 0 && k < verb - 1 && tokens[k].IsWord && lexicon.PassiveMarkers.Contains(document.GetText(tokens[k])) && !HasNamedAgent(document, tokens, verb, lexicon);
    }

    /// <summary>
    /// "One is tempted to say that", "language to describe the attitude": "to" before the verb makes it an infinitive that
    /// reports nothing; "went on to say", "continued to say" report what the subject said.
    /// </summary>
    private static bool IsBareInfinitive(Document document, TokenList tokens, int to, SuperlativeLexicon lexicon) =>
        ClaimText.IsWord(document, tokens, to, "to")
        && !(ClaimText.PreviousWord(tokens, to) is int before and >= 0 && lexicon.ReportContinuers.Contains(document.GetText(tokens[before])));

    private static bool IsAdverb(ReadOnlySpan<char> word, SuperlativeLexicon lexicon) => ClaimText.IsLyAdverb(word) || lexicon.Adverbs.Contains(word);

    /// <summary>How many adverbs may stand between "was" and its participle ("was once tentatively estimated").</summary>
    private const int PassiveAdverbReach = 3;
}
