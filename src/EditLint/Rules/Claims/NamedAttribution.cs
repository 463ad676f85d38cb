using EditLint.Documents;

namespace EditLint.Rules.Claims;

/// <summary>
/// Decides where a sentence attributes what it says to someone named ("the minister said", "according to the IMF"), not
/// to "many" or to nobody; whether the attribution reports what follows it ("said that"), and so supports only the
/// claims after it; and which attribution the claim itself describes ("The country's largest union said"), whose
/// speaker vouches for what is said, not for the description.
/// </summary>
internal static class NamedAttribution
{
    /// <summary>
    /// The first support of the sentence for the claims after it, not for those before it: a named opinion ("Sol Hurok
    /// considers it the finest house"; not "Lankov, one of the world's leading experts, believes that trade will grow") or,
    /// with <paramref name="withReports"/>, an attribution that reports what follows it ("the chief of the largest group
    /// said that a winner could not be announced"). Returns its token index, or -1. Asked once per sentence, so a long
    /// sentence of many claims is read once.
    /// </summary>
    public static int SupportForWhatFollows(Document document, Sentence sentence, SuperlativeLexicon lexicon, bool withReports)
    {
        int opinion = NamedOpinion.SupportingOpinion(document, sentence, lexicon);
        if (!withReports)
        {
            return opinion;
        }

        var tokens = sentence.Tokens;
        int end = opinion >= 0 ? opinion : tokens.Count;
        for (int i = 0; i < end; i++)
        {
            if (tokens[i].IsWord && IsNamedAttribution(document, tokens, i, lexicon, out int after) && ReportsWhatFollows(document, tokens, after))
            {
                return i;
            }
        }

        return opinion;
    }

    /// <summary>
    /// An attribution phrase at token <paramref name="i"/> with someone named to say it: not "many say", not "he tells of",
    /// not a participle after an article ("an estimated 2,000"), and not a word of a title ("The Gospel According to Jesus
    /// Christ": capitalised after the sentence's first word).
    /// </summary>
    internal static bool IsNamedAttribution(Document document, TokenList tokens, int i, SuperlativeLexicon lexicon, out int after) =>
        lexicon.Attribution.TryMatch(document, tokens, i, out _, out after) && !VagueSource.IsVague(document, tokens, i, lexicon) && !IsNarration(document, tokens, i, after)
        && !AnnouncesAThing(document, tokens, lexicon, i, after) && !IsParticipleAfterArticle(document, tokens, i)
        && !(ClaimText.StartsUpper(document.GetText(tokens[i])) && ClaimText.PreviousWord(tokens, i) >= 0);

    /// <summary>"an estimated 2,000 people", "a calculated move", "the reported figure": a participle after an article describes a noun; nobody says anything.</summary>
    private static bool IsParticipleAfterArticle(Document document, TokenList tokens, int verb) =>
        document.GetText(tokens[verb]).EndsWith("ed", StringComparison.OrdinalIgnoreCase) && ClaimText.PreviousWord(tokens, verb) is int article and >= 0
        && (ClaimText.IsIndefiniteArticle(document, tokens, article) || ClaimText.IsWord(document, tokens, article, "the"));

    /// <summary>
    /// "announced a plan to replace the president", "reported a loss": a verb of 'reportedObjectVerbs' with an indefinite
    /// object makes a thing known, not a statement, and vouches for nothing else in the sentence; a figure it reports
    /// ("reported a 4.1% increase, the largest since April 2023") is still the source's.
    /// </summary>
    private static bool AnnouncesAThing(Document document, TokenList tokens, SuperlativeLexicon lexicon, int verb, int after) =>
        after == verb + 1 && lexicon.ReportedObjectVerbs.Contains(document.GetText(tokens[verb]))
        && (ClaimText.IsWord(document, tokens, after, "a") || ClaimText.IsWord(document, tokens, after, "an"))
        && after + 1 < tokens.Count && tokens[after + 1].IsWord && !ClaimText.IsNumber(document, tokens, after + 1); // not "reported a 4.1% increase"

    /// <summary>
    /// The speech verb of a speaker whom the claim at token <paramref name="claim"/> describes: its subject holds the claim
    /// ("The country's largest union said") or the claim stands in a phrase set off before the verb ("The mayor, who runs
    /// the most dangerous city, said"); -1 when there is none. Returns where the attribution ends in <paramref name="after"/>.
    /// </summary>
    public static int SpeakerDescribedByTheClaim(Document document, TokenList tokens, SuperlativeLexicon lexicon, int claim, out int after)
    {
        int verb = SpeakerVerbAfter(document, tokens, lexicon, claim + 1, out after);
        if (verb < 0)
        {
            verb = SpeakerVerbAfterInterruption(document, tokens, lexicon, claim, out after);
        }

        if (verb < 0)
        {
            verb = SpeakerVerbBeforeItsDescription(document, tokens, lexicon, claim, out after);
        }

        return verb >= 0 ? verb : SpeakerVerbAfterOpeningDescription(document, tokens, lexicon, claim, out after);
    }

    /// <summary>
    /// "A commander of the army's most sophisticated attack helicopter, the prince said": a phrase opening the sentence
    /// with "A", "An" or "As" describes the speaker named after its comma; the speech verb within
    /// <see cref="SpeakerSubjectReach"/> words of that comma, or -1.
    /// </summary>
    private static int SpeakerVerbAfterOpeningDescription(Document document, TokenList tokens, SuperlativeLexicon lexicon, int claim, out int after)
    {
        after = -1;
        if (tokens.Count == 0 || !(ClaimText.IsWord(document, tokens, 0, "a") || ClaimText.IsWord(document, tokens, 0, "an") || ClaimText.IsWord(document, tokens, 0, "as")))
        {
            return -1;
        }

        // The opening phrase is short: past OpeningPhraseReach tokens, or past a clause mark, the claim is not in it.
        int comma = 1;
        while (comma < tokens.Count && comma <= OpeningPhraseReach && !ClaimText.IsClauseMarkAt(document, tokens, comma))
        {
            comma++;
        }

        return comma > claim && ClaimText.IsCommaAt(document, tokens, comma)
            ? SpeakerVerbAfter(document, tokens, lexicon, comma + 1, out after)
            : -1;
    }

    /// <summary>How many tokens a phrase opening the sentence and describing its speaker may run ("A commander of the army's most sophisticated attack helicopter,").</summary>
    private const int OpeningPhraseReach = 16;

    /// <summary>
    /// '"It's a source of frustration," admitted Abdullah, who has been in charge of India's most sensitive state': the
    /// speech verb before its named speaker (one to three capitalised words), which a relative clause holding the claim
    /// describes; -1 when there is none.
    /// </summary>
    private static int SpeakerVerbBeforeItsDescription(Document document, TokenList tokens, SuperlativeLexicon lexicon, int claim, out int after)
    {
        after = -1;
        int open = ClaimText.OpenerAfterComma(document, tokens, claim);
        if (open < 2 || !ClaimText.IsRelativeOpener(document, tokens, open))
        {
            return -1;
        }

        int k = open - 2;
        int names = 0;
        while (k >= 0 && names < 3 && tokens[k].IsWord && ClaimText.StartsUpper(document.GetText(tokens[k])))
        {
            k--;
            names++;
        }

        if (names == 0 || k < 0 || !tokens[k].IsWord || !lexicon.SpeechVerbs.Contains(document.GetText(tokens[k])))
        {
            return -1;
        }

        after = ClaimText.PhraseEnd(document, tokens, claim) + 1;
        return k;
    }

    /// <summary>
    /// "The country's largest union said it would strike": the speech verb whose subject holds the claim ending before
    /// token <paramref name="from"/>, within <see cref="SpeakerSubjectReach"/> words and no punctuation; -1 when there is
    /// none. Returns where the attribution ends in <paramref name="after"/>.
    /// </summary>
    private static int SpeakerVerbAfter(Document document, TokenList tokens, SuperlativeLexicon lexicon, int from, out int after)
    {
        after = -1;
        for (int k = from; k < tokens.Count && k < from + SpeakerSubjectReach && tokens[k].IsWord; k++)
        {
            var word = document.GetText(tokens[k]);
            if (lexicon.SpeakerSubjectBreakers.Contains(word))
            {
                return -1;
            }

            if (lexicon.SpeechVerbs.Contains(word) && IsNamedAttribution(document, tokens, k, lexicon, out after))
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>
    /// "according to the world's leading authority on energy economics": a claim inside the phrase that names the source
    /// describes the source, which vouches for what it reports, not for itself. Returns the index of "according", or -1,
    /// and in <paramref name="after"/> the token after the source's phrase.
    /// </summary>
    public static int AccordingToTheClaim(Document document, TokenList tokens, int start, int claim, out int after)
    {
        after = -1;
        for (int k = start - 1; k >= 1 && k >= start - AccordingReach; k--)
        {
            if (!tokens[k].IsWord)
            {
                return -1;
            }

            if (ClaimText.IsWord(document, tokens, k, "to") && ClaimText.IsWord(document, tokens, k - 1, "according"))
            {
                after = ClaimText.PhraseEnd(document, tokens, claim) + 1;
                return k - 1;
            }
        }

        return -1;
    }

    /// <summary>How many words after "according to" a claim may begin and still be part of the source's name ("according to the world's").</summary>
    private const int AccordingReach = 3;

    /// <summary>
    /// "PSOE reports its worst result ever", "India has reported the highest number of infections": the verb of
    /// 'reportedObjectVerbs' whose object is the claim starting at token <paramref name="start"/> (only a determiner or a
    /// possessive between them); -1 when there is none, or when a verb follows the claim in its phrase ("announced the
    /// largest outbreak had ended": the claim heads what is reported). Returns where the attribution ends in
    /// <paramref name="after"/>.
    /// </summary>
    public static int ReporterOfTheClaim(Document document, TokenList tokens, SuperlativeLexicon lexicon, int start, int claim, out int after)
    {
        after = -1;
        int verb = start - 1;
        if (verb >= 0 && tokens[verb].IsWord && ObjectDeterminers.Contains(document.GetText(tokens[verb])))
        {
            verb--;
        }

        if (verb < 0 || !tokens[verb].IsWord || !lexicon.ReportedObjectVerbs.Contains(document.GetText(tokens[verb])) || !IsNamedAttribution(document, tokens, verb, lexicon, out after))
        {
            return -1;
        }

        int end = ClaimText.PhraseEnd(document, tokens, claim);
        for (int k = claim + 1; k <= end && k < tokens.Count; k++)
        {
            if (tokens[k].IsWord && ClaimText.FiniteVerbs.Contains(document.GetText(tokens[k])))
            {
                return -1;
            }
        }

        return verb;
    }

    private static readonly WordSet ObjectDeterminers = new(["the", "its", "their", "his", "her", "a", "an"]);

    /// <summary>How many words may stand between a claim and the verb it is the subject of ("the largest union in the country said").</summary>
    private const int SpeakerSubjectReach = 6;

    /// <summary>
    /// "The mayor, who runs the most dangerous city in the country, said he would resign", "The minister, speaking at the
    /// biggest trade fair in Asia, said": the claim at token <paramref name="claim"/> stands in a phrase set off between a
    /// subject and its speech verb, opened by "who", "which" or a participle in -ing; the writer describes the speaker, who
    /// vouches only for what is said. Returns the speech verb's token index, or -1, and where the attribution ends in
    /// <paramref name="after"/>.
    /// </summary>
    private static int SpeakerVerbAfterInterruption(Document document, TokenList tokens, SuperlativeLexicon lexicon, int claim, out int after)
    {
        after = -1;
        int open = ClaimText.OpenerAfterComma(document, tokens, claim);
        if (open < 0 || (!ClaimText.IsRelativeOpener(document, tokens, open) && !ClaimText.IsPresentParticiple(document.GetText(tokens[open]))))
        {
            return -1;
        }

        int close = ClaimText.PhraseEnd(document, tokens, claim) + 1;
        int verb = close + 1;
        return close < tokens.Count && document.ProseText[tokens[close].Start] == ',' && verb < tokens.Count && tokens[verb].IsWord
            && lexicon.SpeechVerbs.Contains(document.GetText(tokens[verb])) && IsNamedAttribution(document, tokens, verb, lexicon, out after)
            ? verb
            : -1;
    }

    /// <summary>
    /// "said that ...", "said in a statement that ...", "told reporters on Monday that ...", 'says "..."': the report is the
    /// clause after the verb, when "that" follows within <see cref="ReportReach"/> words and no punctuation, or a quotation.
    /// </summary>
    internal static bool ReportsWhatFollows(Document document, TokenList tokens, int after)
    {
        if (ClaimText.IsWord(document, tokens, after - 1, "that"))
        {
            return true; // "found that"
        }

        if (ClaimText.IsQuotationMark(document, tokens, after) || (after < tokens.Count && tokens[after].Kind == TokenKind.Punctuation && document.ProseText[tokens[after].Start] == ':'))
        {
            return true; // 'says "The equation is false"', 'said: "We won"': the quotation is the report
        }

        for (int k = after; k < tokens.Count && k < after + ReportReach && tokens[k].IsWord; k++)
        {
            if (ClaimText.IsWord(document, tokens, k, "that"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How many words may stand between an attribution verb and the "that" of its report ("said in a statement that").</summary>
    private const int ReportReach = 4;

    /// <summary>"he tells of a college girl", "tells the story of Holden Caulfield": a story told, not a source for the sentence's claim.</summary>
    private static bool IsNarration(Document document, TokenList tokens, int verb, int after) =>
        (ClaimText.IsWord(document, tokens, verb, "tells") || ClaimText.IsWord(document, tokens, verb, "told"))
        && (ClaimText.IsWord(document, tokens, after, "of")
            || ((ClaimText.IsWord(document, tokens, after + 1, "story") || ClaimText.IsWord(document, tokens, after + 1, "tale")) && ClaimText.IsWord(document, tokens, after + 2, "of")));
}
