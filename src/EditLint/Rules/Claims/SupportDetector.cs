using EditLint.Documents;
using EditLint.Text;

namespace EditLint.Rules.Claims;

/// <summary>
/// Decides whether a sentence supports a claim: attribution ("according to", "said") or a citation (a link, a
/// footnote, a bracketed reference like [3], a parenthetical source) anywhere in it, or a figure near the claim
/// (a number that is not a year or an ordinal; "percent", "million"). A bound of time ("since 1999", "the lowest in 30
/// years") is the claim's scope, not its support.
/// </summary>
internal static class SupportDetector
{
    /// <summary>How near after a superlative a figure must stand to be about it: "the largest city, with 8.8 million people".</summary>
    public const int FigureWindow = 15;

    /// <summary>
    /// How near before it: a figure that comes first belongs to its own clause more often than not ("poured over
    /// $1 million into it and in time it became one of the most popular weeklies").
    /// </summary>
    public const int FigureWindowBefore = 8;

    /// <summary>
    /// Attribution or a citation anywhere in the sentence. With <paramref name="reportsCount"/> false, an attribution that
    /// reports what follows it ("said that") is left out: <see cref="SupportForWhatFollows"/> places it in its sentence.
    /// </summary>
    public static bool HasSource(Document document, Sentence sentence, SuperlativeLexicon lexicon, bool reportsCount) =>
        HasSource(document, sentence, lexicon, reportsCount, withAttribution: true);

    /// <summary>An attribution or reference among tokens [<paramref name="from"/>, <paramref name="to"/>), or a link or footnote anywhere in the sentence.</summary>
    public static bool HasSourceBetween(Document document, Sentence sentence, SuperlativeLexicon lexicon, int from, int to) =>
        HasSource(document, sentence, lexicon, reportsCount: false, withAttribution: true, from, to);

    /// <summary>
    /// An attribution, a bracketed reference or a parenthetical source among tokens [<paramref name="from"/>,
    /// <paramref name="to"/>) only, for a caller that has asked about the sentence's links and footnotes already.
    /// </summary>
    public static bool HasSourceAmong(Document document, Sentence sentence, SuperlativeLexicon lexicon, int from, int to) =>
        HasSourceAmong(document, sentence.Tokens, lexicon, reportsCount: false, withAttribution: true, from, to);

    /// <summary>
    /// A citation in the sentence (a link, a bracketed reference, a parenthetical source, a credit after a dash), but not
    /// an attribution in words: what a gloss on a name needs ("Turner said Houston, the fourth-largest U.S. city, was
    /// ..." attributes what Turner said, not the writer's description of Houston).
    /// </summary>
    public static bool HasCitation(Document document, Sentence sentence, SuperlativeLexicon lexicon) =>
        HasSource(document, sentence, lexicon, reportsCount: false, withAttribution: false);

    private static bool HasSource(Document document, Sentence sentence, SuperlativeLexicon lexicon, bool reportsCount, bool withAttribution, int from = 0, int to = int.MaxValue)
    {
        return document.HasLinkWithin(sentence.Span) || HasTrailingReference(document, sentence) || IsCreditedByDash(document, sentence)
            || HasSourceAmong(document, sentence.Tokens, lexicon, reportsCount, withAttribution, from, to);
    }

    private static bool HasSourceAmong(Document document, TokenList tokens, SuperlativeLexicon lexicon, bool reportsCount, bool withAttribution, int from, int to)
    {
        for (int i = from; i < tokens.Count && i < to; i++)
        {
            var token = tokens[i];
            switch (token.Kind)
            {
                case TokenKind.Word when withAttribution && IsNamedAttribution(document, tokens, i, lexicon, out int after) && (reportsCount || !ReportsWhatFollows(document, tokens, after)):
                    return true;
                case TokenKind.Punctuation when document.ProseText[token.Start] == '[' && IsBracketReference(document, tokens, i):
                    return true;
                case TokenKind.Punctuation when document.ProseText[token.Start] == '(' && IsParentheticalSource(document, tokens, i, lexicon):
                    return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A pull quote or an epigraph credited after a dash: "The world has lost one of the most inspiring defenders. — Jerzy
    /// Buzek, President of the European Parliament", the credit in the same sentence or in a short one of its own after it.
    /// </summary>
    private static bool IsCreditedByDash(Document document, Sentence sentence)
    {
        var tokens = sentence.Tokens;
        for (int i = Math.Max(1, tokens.Count - CreditLength); i + 1 < tokens.Count; i++)
        {
            if (IsCreditDash(document, tokens, i) && EndsASentence(document, tokens, i - 1))
            {
                return true;
            }
        }

        var sentences = document.Sentences;
        if (sentence.Index + 1 >= sentences.Count)
        {
            return false;
        }

        var next = sentences[sentence.Index + 1];
        return ReferenceEquals(next.Block, sentence.Block) && next.Tokens.Count <= CreditLength && IsCreditDash(document, next.Tokens, 0);
    }

    /// <summary>A full stop, question or exclamation mark, or a closing quotation mark right after one.</summary>
    private static bool EndsASentence(Document document, TokenList tokens, int index)
    {
        if (index < 0 || tokens[index].Kind != TokenKind.Punctuation)
        {
            return false;
        }

        char mark = document.ProseText[tokens[index].Start];
        return mark is '.' or '!' or '?' || (mark is '"' or '\u201D' && EndsASentence(document, tokens, index - 1));
    }

    /// <summary>How many tokens a credit line may hold: a name and a title, not another sentence.</summary>
    private const int CreditLength = 16;

    private static bool IsCreditDash(Document document, TokenList tokens, int index) =>
        index + 1 < tokens.Count && tokens[index].Kind == TokenKind.Punctuation && document.ProseText[tokens[index].Start] is '\u2014' or '\u2015'
        && tokens[index + 1].IsWord && ClaimText.StartsUpper(document.GetText(tokens[index + 1]));

    /// <summary>
    /// The first support of the sentence for the claims after it, not for those before it: a named opinion ("Sol Hurok
    /// considers it the finest house"; not "Lankov, one of the world's leading experts, believes that trade will grow") or,
    /// with <paramref name="withReports"/>, an attribution that reports what follows it ("the chief of the largest group
    /// said that a winner could not be announced"). Returns its token index, or -1. Asked once per sentence, so a long
    /// sentence of many claims is read once.
    /// </summary>
    public static int SupportForWhatFollows(Document document, Sentence sentence, SuperlativeLexicon lexicon, bool withReports)
    {
        int opinion = SupportingOpinion(document, sentence, lexicon);
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
    private static bool IsNamedAttribution(Document document, TokenList tokens, int i, SuperlativeLexicon lexicon, out int after) =>
        lexicon.Attribution.TryMatch(document, tokens, i, out _, out after) && !IsVague(document, tokens, i, lexicon) && !IsNarration(document, tokens, i, after)
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
        int open = OpenerAfterComma(document, tokens, claim);
        if (open < 2 || !IsRelativeOpener(document, tokens, open))
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
            if (tokens[k].IsWord && FiniteVerbs.Contains(document.GetText(tokens[k])))
            {
                return -1;
            }
        }

        return verb;
    }

    private static readonly WordSet ObjectDeterminers = new(["the", "its", "their", "his", "her", "a", "an"]);

    private static readonly WordSet FiniteVerbs = new(["is", "was", "are", "were", "has", "had", "have", .. ClaimText.ModalWords]);

    /// <summary>The first word of the phrase that token <paramref name="claim"/> is in, when a comma opens that phrase inside the sentence; -1 otherwise.</summary>
    private static int OpenerAfterComma(Document document, TokenList tokens, int claim)
    {
        int open = claim;
        while (open > 0 && !ClaimText.IsClauseMarkAt(document, tokens, open - 1))
        {
            open--;
        }

        return open >= 2 && document.ProseText[tokens[open - 1].Start] == ',' && tokens[open].IsWord ? open : -1;
    }

    /// <summary>"who", "which", "whose" at token <paramref name="index"/>: a relative clause opens.</summary>
    private static bool IsRelativeOpener(Document document, TokenList tokens, int index) =>
        ClaimText.IsWord(document, tokens, index, "who") || ClaimText.IsWord(document, tokens, index, "which") || ClaimText.IsWord(document, tokens, index, "whose");

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
        int open = OpenerAfterComma(document, tokens, claim);
        if (open < 0 || (!IsRelativeOpener(document, tokens, open) && !ClaimText.IsPresentParticiple(document.GetText(tokens[open]))))
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
    private static bool ReportsWhatFollows(Document document, TokenList tokens, int after)
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

    /// <summary>
    /// The sentence's first named opinion ("the Pontiff believes that ... the best"); none when it is the writer's ("I
    /// think") or vague or passive ("many believe", "is considered"). Returns the verb's token index, or -1.
    /// </summary>
    private static int SupportingOpinion(Document document, Sentence sentence, SuperlativeLexicon lexicon)
    {
        var tokens = sentence.Tokens;
        for (int i = 0; i < tokens.Count; i++)
        {
            // A verb in lower case and not after "the": "Rates in Greece are the highest", "rose through the ranks" are nouns.
            if (!tokens[i].IsWord || !lexicon.OpinionVerbs.Contains(document.GetText(tokens[i])) || ClaimText.StartsUpper(document.GetText(tokens[i])))
            {
                continue;
            }

            int subject = ClaimText.PreviousWord(tokens, i);
            if (!ClaimText.IsWord(document, tokens, subject, "the") && !IsVague(document, tokens, i, lexicon) && !IsVaguePassive(document, tokens, i, lexicon)
                && !IsRankOfItsSubject(document, tokens, i) && !IsDecisionToAct(document, tokens, i) && OpensAProposition(document, tokens, i, lexicon))
            {
                return subject < 0 || !lexicon.SelfSubjects.Contains(document.GetText(tokens[subject])) ? i : -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// Whether a verb of opinion holds a proposition, the opinion of its subject, rather than a perception, a search or
    /// its subject's own place: "that" or "as" within reach says so ("found after two years of study that", "thinks of
    /// Paris as"); a preposition right after the verb says not ("thought about the biggest problem"); a verb of feeling
    /// holds one only with an object pronoun or a clause after it ("felt it was", "feels like the city is"; not "felt the
    /// strongest earthquake in decades", "feel part of the world's biggest democracy", "felt more comfortable being");
    /// "found" none when a preposition ends its object before any ranking ("found the body near the city's tallest
    /// building"); "ranked" and "rated" none before an ordinal, a number or "the" and a ranking ("ranked fourth in the
    /// world's biggest tournament", "ranked the highest in the state": the subject's own place). Any other verb of
    /// opinion does ("believes Apple makes the best phones", "believes the largest city in Nigeria is Lagos").
    /// </summary>
    private static bool OpensAProposition(Document document, TokenList tokens, int verb, SuperlativeLexicon lexicon)
    {
        int next = verb + 1;
        bool reportsAClause = HasThatOrAsBeforeARanking(document, tokens, verb, lexicon);
        if (next >= tokens.Count || !tokens[next].IsWord)
        {
            return reportsAClause; // "believes, however, that"; not "felt, on Tuesday, the strongest", "After much thought, the"
        }

        var verbText = document.GetText(tokens[verb]);
        var nextText = document.GetText(tokens[next]);
        if (ObjectEnders.Contains(nextText))
        {
            return reportsAClause && !ClaimText.IsWord(document, tokens, next, "about"); // "thinks of Paris as", "found after two years of study that"; not "thought about the fact that"
        }

        if (reportsAClause)
        {
            return true;
        }

        if (FeelingVerbs.Contains(verbText))
        {
            return HoldsAClause(document, tokens, verb, lexicon);
        }

        if (verbText is "found" or "finds")
        {
            return HoldsAClause(document, tokens, verb, lexicon) || !EndsItsObjectBeforeARanking(document, tokens, verb, lexicon); // "found it was one of the most tranquil places"
        }

        // "Forbes ranked Melbourne the most liveable", "ranks it among": a ranker names what it ranks; "The team ranked
        // first", "ranked No. 2", "ranked the highest in the state" give the subject's own place.
        bool ranks = verbText.StartsWith("rank", StringComparison.OrdinalIgnoreCase) || verbText.StartsWith("rate", StringComparison.OrdinalIgnoreCase);
        return !ranks || lexicon.ComplementObjects.Contains(nextText) || (ClaimText.StartsUpper(nextText) && !lexicon.NotPlaces.Contains(nextText) && !nextText.Equals("No", StringComparison.Ordinal)); // "ranked No. 2", not "ranked Nokia"
    }

    /// <summary>
    /// "that" or "as" after a verb of opinion and before any ranking, within <see cref="ThatReach"/> tokens: "found after
    /// two years of study that", "believes, like many economists, that", "thinks of Paris as"; not "felt the strongest
    /// earthquake in decades as they drove home", where the ranking comes first.
    /// </summary>
    private static bool HasThatOrAsBeforeARanking(Document document, TokenList tokens, int verb, SuperlativeLexicon lexicon)
    {
        for (int k = verb + 1; k < tokens.Count && k <= verb + ThatReach; k++)
        {
            if (!tokens[k].IsWord)
            {
                if (document.ProseText[tokens[k].Start] is ';' or ':')
                {
                    return false;
                }

                continue;
            }

            if (ClaimText.IsWord(document, tokens, k, "that") || ClaimText.IsWord(document, tokens, k, "as"))
            {
                return true;
            }

            if (lexicon.MayBeClaimWord(document.GetText(tokens[k])))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"felt it was", "feels like the city is", "felt the film proved": an object pronoun, or a clause's verb within reach.</summary>
    private static bool HoldsAClause(Document document, TokenList tokens, int verb, SuperlativeLexicon lexicon)
    {
        for (int k = verb + 1; k < tokens.Count && k <= verb + PropositionReach && tokens[k].IsWord; k++)
        {
            var word = document.GetText(tokens[k]);
            if ((k == verb + 1 && lexicon.ComplementObjects.Contains(word)) || IsFiniteCopula(word, lexicon) || lexicon.PossessionVerbs.Contains(word)
                || ClaimText.Modals.Contains(word) || lexicon.Contractions.Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"found traces of the drug in the country's biggest river": a preposition before any ranking ends what was found.</summary>
    private static bool EndsItsObjectBeforeARanking(Document document, TokenList tokens, int verb, SuperlativeLexicon lexicon)
    {
        for (int k = verb + 1; k < tokens.Count && k <= verb + PropositionReach && tokens[k].IsWord; k++)
        {
            var word = document.GetText(tokens[k]);
            if (ObjectEnders.Contains(word))
            {
                return true;
            }

            if (lexicon.MayBeClaimWord(word))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "is", "remained", "proved": a copula that can be a clause's verb; not "being" or "been" ("felt more comfortable being
    /// Captain Wales"), nor a participle of naming ("felt a tremor called the strongest in decades").
    /// </summary>
    private static bool IsFiniteCopula(ReadOnlySpan<char> word, SuperlativeLexicon lexicon) =>
        lexicon.Copulas.Contains(word) && (FinitePastCopulas.Contains(word)
            || !(word.EndsWith("ing", StringComparison.OrdinalIgnoreCase) || word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || word.EndsWith("en", StringComparison.OrdinalIgnoreCase)));

    private static readonly WordSet FinitePastCopulas = new(["remained", "seemed", "proved"]);

    /// <summary>How many tokens after a verb of feeling or finding its clause or object may take.</summary>
    private const int PropositionReach = 6;

    /// <summary>How far after a verb of opinion its "that" or "as" may stand ("found after two years of study that").</summary>
    private const int ThatReach = 10;

    /// <summary>
    /// The verbs of opinion that hold one only with a clause: first verbs of perception ("felt the strongest earthquake"
    /// is no opinion) and "decided" ("Voters decided the closest race in the state's history" settles, it does not judge).
    /// </summary>
    private static readonly WordSet FeelingVerbs = new(["feel", "feels", "felt", "feeling", "decided", "decides"]);

    /// <summary>Prepositions that end a verb's object: what follows them says where, when or about what.</summary>
    private static readonly WordSet ObjectEnders = new(
        ["in", "on", "at", "near", "of", "for", "with", "from", "into", "through", "about", "over", "under", "across", "around", "during", "after", "before", "between", "among"]);

    /// <summary>"has decided to rebuild one of the most valuable sites": a verb of opinion before an infinitive tells what its subject will do, not what it holds true.</summary>
    private static bool IsDecisionToAct(Document document, TokenList tokens, int verb) =>
        ClaimText.IsWord(document, tokens, verb + 1, "to") && verb + 2 < tokens.Count && tokens[verb + 2].IsWord
        && !ClaimText.IsWord(document, tokens, verb + 2, "be") && !ClaimText.IsWord(document, tokens, verb + 2, "have");

    /// <summary>"The school ranks among the best", "ranks as one of the safest": the subject is ranked, by nobody named; "Forbes ranks it" names the ranker, and "He felt as I felt" is no ranking.</summary>
    private static bool IsRankOfItsSubject(Document document, TokenList tokens, int verb) =>
        ClaimText.IsWord(document, tokens, verb, "ranks") && (ClaimText.IsAmong(document, tokens, verb + 1) || ClaimText.IsWord(document, tokens, verb + 1, "as"));

    /// <summary>
    /// "the Palazzo Farnese, considered by many to be the finest", "a palace, thought the finest": a participle after a
    /// comma, or with a vague agent after "by", names no holder of the opinion; "considered by Sol Hurok" does.
    /// </summary>
    private static bool IsVaguePassive(Document document, TokenList tokens, int verb, SuperlativeLexicon lexicon)
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

    /// <summary>
    /// "was declared the oldest dog in the world by the Guinness Book of Records", "was named as the best restaurant in
    /// Europe by Restaurant magazine": a verb of <see cref="SuperlativeLexicon.ConferringVerbs"/> in the passive right
    /// before the claim (past "as"), and, in the claim's clause after it, "by" and a capitalised agent ("the" may come
    /// first). Not "by far", "by population", "by a wide margin", "directed by a woman".
    /// </summary>
    public static bool IsConferredByNamedAgent(Document document, TokenList tokens, SuperlativeLexicon lexicon, int claimStart, int claimCore)
    {
        int verb = ClaimText.PreviousWord(tokens, claimStart);
        if (verb >= 0 && ClaimText.IsPossessive(document.GetText(tokens[verb]), lexicon.Contractions))
        {
            verb = ClaimText.PreviousWord(tokens, verb); // "has been named the world's best restaurant by Restaurant magazine"
            if (ClaimText.IsWord(document, tokens, verb, "the"))
            {
                verb = ClaimText.PreviousWord(tokens, verb);
            }
        }

        if (verb >= 0 && ClaimText.IsWord(document, tokens, verb, "as"))
        {
            verb = ClaimText.PreviousWord(tokens, verb);
            if (AgentBefore(document, tokens, verb, lexicon) is int by and >= 0 && ClaimText.PreviousWord(tokens, by) is int conferrer and >= 0
                && lexicon.ConferringVerbs.Contains(document.GetText(tokens[conferrer])) && IsPassive(document, tokens, conferrer, lexicon))
            {
                return true; // "was recently listed by Forbes as the 35th most powerful woman in the world"
            }
        }

        if (verb < 0 || !lexicon.ConferringVerbs.Contains(document.GetText(tokens[verb])) || !IsPassive(document, tokens, verb, lexicon))
        {
            return false;
        }

        int end = ClaimText.PhraseEnd(document, tokens, claimCore);
        for (int k = claimCore + 1; k < end; k++)
        {
            if (ClaimText.IsWord(document, tokens, k, "by"))
            {
                return NamesAnAgentAfter(document, tokens, k, lexicon);
            }
        }

        return false;
    }

    /// <summary>
    /// "listed by Forbes as", "named by the Guinness Book as": the "by" before one to three capitalised words that end at
    /// token <paramref name="last"/> and name an agent (<see cref="NamesAnAgentAfter"/>); -1 when there is none.
    /// </summary>
    private static int AgentBefore(Document document, TokenList tokens, int last, SuperlativeLexicon lexicon)
    {
        int k = last;
        while (k >= 0 && k > last - 3 && tokens[k].IsWord && ClaimText.StartsUpper(document.GetText(tokens[k])))
        {
            k--;
        }

        if (ClaimText.IsWord(document, tokens, k, "the"))
        {
            k--;
        }

        return k < last && NamesAnAgentAfter(document, tokens, k, lexicon) ? k : -1;
    }

    /// <summary>
    /// "by Forbes", "by the Guinness Book of Records", "by Theresa May": "by" at token <paramref name="by"/>, perhaps "the", and
    /// a capitalised name that is not a month or weekday alone ("by March", "by Monday" say when).
    /// </summary>
    private static bool NamesAnAgentAfter(Document document, TokenList tokens, int by, SuperlativeLexicon lexicon)
    {
        int name = ClaimText.IsWord(document, tokens, by + 1, "the") ? by + 2 : by + 1;
        if (!ClaimText.IsWord(document, tokens, by, "by") || name >= tokens.Count || !tokens[name].IsWord || !ClaimText.StartsUpper(document.GetText(tokens[name])))
        {
            return false;
        }

        return !lexicon.NotPlaces.Contains(document.GetText(tokens[name]))
            || (name + 1 < tokens.Count && tokens[name + 1].IsWord && ClaimText.StartsUpper(document.GetText(tokens[name + 1])));
    }

    /// <summary>"was officially declared", "has been named", "Otto, declared": a participle after a form of "be" (past -ly adverbs) or a comma.</summary>
    private static bool IsPassive(Document document, TokenList tokens, int verb, SuperlativeLexicon lexicon) =>
        BeforeAdverbs(document, tokens, verb, lexicon) is int k and >= 0
        && (tokens[k].IsWord ? lexicon.PassiveMarkers.Contains(document.GetText(tokens[k])) : document.ProseText[tokens[k].Start] == ',');

    /// <summary>The token before the verb at <paramref name="verb"/>, past at most <see cref="PassiveAdverbReach"/> adverbs ("was once tentatively estimated"); -1 at the sentence's start.</summary>
    private static int BeforeAdverbs(Document document, TokenList tokens, int verb, SuperlativeLexicon lexicon)
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
        return before.Length > 3 && before[^1] == 's' && char.IsLower(before[0]) && !IsVagueSubject(before, lexicon) && !ReportsWhatFollows(document, tokens, verb + 1);
    }

    private static readonly WordSet PlacePrepositions = new(["in", "at", "across", "near", "from", "throughout", "around"]);

    /// <summary>"reported by any country", "announced by every team": an agent counted, not named.</summary>
    private static readonly WordSet AgentQuantifiers = new(["any", "every", "each", "all", "no"]);

    /// <summary>How many words such as "the", "senior" may stand before a vague subject that still names no one.</summary>
    private const int UnnamedModifierReach = 2;

    /// <summary>"he tells of a college girl", "tells the story of Holden Caulfield": a story told, not a source for the sentence's claim.</summary>
    private static bool IsNarration(Document document, TokenList tokens, int verb, int after) =>
        (ClaimText.IsWord(document, tokens, verb, "tells") || ClaimText.IsWord(document, tokens, verb, "told"))
        && (ClaimText.IsWord(document, tokens, after, "of")
            || ((ClaimText.IsWord(document, tokens, after + 1, "story") || ClaimText.IsWord(document, tokens, after + 1, "tale")) && ClaimText.IsWord(document, tokens, after + 2, "of")));

    /// <summary>
    /// An attribution verb that names no source: after a vague subject ("many say", "critics have said") or in the
    /// passive ("it is said", "was widely reported"). "according to" is never vague by its neighbours.
    /// </summary>
    private static bool IsVague(Document document, TokenList tokens, int verb, SuperlativeLexicon lexicon)
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

    /// <summary>
    /// A bracketed maintenance mark in the sentence or right after it ("[citation needed]", "[by whom?]",
    /// "[dubious – discuss]"): the claim is marked as unsupported, and no bracket is a citation then.
    /// </summary>
    public static bool IsDisputed(Document document, Sentence sentence, SuperlativeLexicon lexicon)
    {
        string text = document.ProseText;
        int after = sentence.Span.End;
        while (after < text.Length && text[after] is ' ' or '\t')
        {
            after++;
        }

        // The sentence's own text, and a mark that stands right after its full stop.
        int limit = after < text.Length && text[after] == '[' ? after + 1 : sentence.Span.End;
        int start = sentence.Span.Start;
        for (int open = text.IndexOf('[', start, limit - start); open >= 0; open = text.IndexOf('[', open + 1, limit - open - 1))
        {
            int close = text.IndexOf(']', open, Math.Min(48, text.Length - open));
            if (close > open && IsDisputeMark(text.AsSpan(open + 1, close - open - 1), lexicon.DisputeMarkers))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsDisputeMark(ReadOnlySpan<char> inner, string[] markers)
    {
        inner = inner.Trim();
        foreach (string marker in markers)
        {
            // Maintenance marks are written in lower case; "[Who] knows" opens the next sentence.
            if (inner.StartsWith(marker, StringComparison.Ordinal)
                && (inner.Length == marker.Length || !char.IsLetter(inner[marker.Length])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whose words a quotation is: the sentence opens inside it (the speaker is named around it), or an active
    /// verb such as "called" names the speaker ("He called it “the best deal”"). A quoted label after a passive
    /// ("has been called “the finest pianist”") names nobody.
    /// </summary>
    public static bool HasSpeaker(Document document, Sentence sentence, SuperlativeLexicon lexicon)
    {
        var tokens = sentence.Tokens;
        for (int i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].IsWord)
            {
                if (document.IsInQuotation(tokens[i].Span))
                {
                    return true;
                }

                break;
            }
        }

        for (int i = 0; i < tokens.Count; i++)
        {
            if ((tokens[i].IsWord && !document.IsInQuotation(tokens[i].Span)
                && (lexicon.QuoteVerbs.Contains(document.GetText(tokens[i])) || lexicon.Attribution.TryMatch(document, tokens, i, out _, out _))
                && !IsVague(document, tokens, i, lexicon)) || OpensAQuotationAfterColon(document, tokens, i, lexicon) || (OpensAQuotationAfterParticiple(document, tokens, i) && !IsVague(document, tokens, SpeakingVerb(document, tokens, i), lexicon)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "((Gregory Kurtzer)) Velocity of growth is ...": one to four capitalised words in "((" and "))" opening a paragraph
    /// (not a heading), with text after them.
    /// </summary>
    public static bool OpensWithSpeakerTag(Document document, ProseBlock block)
    {
        var text = document.ProseText.AsSpan(block.Span.Start, block.Span.Length).TrimStart();
        if (block.Kind != ProseBlockKind.Paragraph || !text.StartsWith("((", StringComparison.Ordinal))
        {
            return false;
        }

        int close = text[..Math.Min(text.Length, SpeakerTagReach)].IndexOf("))", StringComparison.Ordinal);
        if (close <= 2 || text[(close + 2)..].IsWhiteSpace())
        {
            return false;
        }

        int words = 0;
        foreach (var range in text[2..close].Split(' '))
        {
            var word = text[2..close][range];
            if (word.IsEmpty || !char.IsUpper(word[0]) || word.ContainsAny('\n', '(', ')'))
            {
                return false;
            }

            words++;
        }

        return words <= 4;
    }

    private const int SpeakerTagReach = 64;

    /// <summary>
    /// 'Trump took a parting shot on Twitter: "Oh no, ... perhaps the biggest story in years!"': a colon that opens a
    /// quotation right after a name gives it to a speaker. After a common noun or another verb it is a label ('Her
    /// nickname: "the fastest woman alive"', 'The sign read: "the best pizza in town"'), which names nobody.
    /// </summary>
    private static bool OpensAQuotationAfterColon(Document document, TokenList tokens, int colon, SuperlativeLexicon lexicon) =>
        colon > 1 && colon + 2 < tokens.Count && tokens[colon].Kind == TokenKind.Punctuation && document.ProseText[tokens[colon].Start] == ':'
        && ClaimText.IsQuotationMark(document, tokens, colon + 1)
        && document.IsInQuotation(tokens[colon + 2].Span)
        && ((tokens[colon - 1].IsWord && ClaimText.StartsUpper(document.GetText(tokens[colon - 1])) && ClaimText.PreviousWord(tokens, colon - 1) >= 0)
            || OpensWithAName(document, tokens, lexicon));

    /// <summary>
    /// 'justified his choice by saying, "The 737 has the best reliability"', 'remembered asking, "It's the best-selling car
    /// in America"': a participle in -ing, a comma and an opening quotation mark give the quotation to the participle's
    /// subject, who says or asks it, as "said," does.
    /// </summary>
    private static bool OpensAQuotationAfterParticiple(Document document, TokenList tokens, int i) =>
        i + 3 < tokens.Count && tokens[i].IsWord && !document.IsInQuotation(tokens[i].Span) && ClaimText.IsPresentParticiple(document.GetText(tokens[i]))
        && char.IsLower(document.ProseText[tokens[i].Start]) && IntroducesAGerund(document, tokens, i)
        && ClaimText.IsCommaAt(document, tokens, i + 1) && ClaimText.IsQuotationMark(document, tokens, i + 2) && document.IsInQuotation(tokens[i + 3].Span);

    /// <summary>
    /// "by saying", "kept saying", "remembered asking", ", adding": a participle after a preposition that takes one, a
    /// verb of going on or of memory, or a comma is a verb; "the building", "the annual homecoming" are nouns.
    /// </summary>
    private static bool IntroducesAGerund(Document document, TokenList tokens, int i)
    {
        if (ClaimText.IsCommaAt(document, tokens, i - 1))
        {
            return true;
        }

        int before = ClaimText.PreviousWord(tokens, i);
        if (before < 0)
        {
            return false;
        }

        var word = document.GetText(tokens[before]);
        return GerundIntroducers.Contains(word) || (word.Length > 4 && word.EndsWith("ed", StringComparison.OrdinalIgnoreCase));
    }

    private static readonly WordSet GerundIntroducers = new(
        ["by", "while", "after", "before", "upon", "without", "keep", "keeps", "kept", "began", "begin", "begins", "start", "starts", "continue", "continues", "went", "go", "goes", "stop", "stops"]);

    /// <summary>The verb whose subject says it: "began" of "Critics began by saying", else the participle itself.</summary>
    private static int SpeakingVerb(Document document, TokenList tokens, int participle) =>
        ClaimText.IsWord(document, tokens, participle - 1, "by") && ClaimText.PreviousWord(tokens, participle - 1) is int verb and >= 0 ? verb : participle;

    /// <summary>
    /// 'Ceri Goddard, the chief executive of the group, condemned the plans: "..."': a sentence whose subject is a name
    /// of two capitalised words gives the quotation after its colon to that name.
    /// </summary>
    private static bool OpensWithAName(Document document, TokenList tokens, SuperlativeLexicon lexicon) =>
        tokens.Count > 2 && tokens[0].IsWord && tokens[1].IsWord && ClaimText.StartsUpper(document.GetText(tokens[0])) && ClaimText.StartsUpper(document.GetText(tokens[1]))
        && !IsFunctionOrTimeWord(document.GetText(tokens[0]), lexicon) && !IsFunctionOrTimeWord(document.GetText(tokens[1]), lexicon);

    /// <summary>"The", "In", "Last", "March", "When": words that open a sentence without naming its subject.</summary>
    private static bool IsFunctionOrTimeWord(ReadOnlySpan<char> word, SuperlativeLexicon lexicon) =>
        word.Equals("the", StringComparison.OrdinalIgnoreCase) || lexicon.Openers.Contains(word) || lexicon.Subordinators.Contains(word) || lexicon.NotPlaces.Contains(word);

    /// <summary>A footnote or reference right after the full stop: "the oldest constitution in the world.[^1]".</summary>
    private static bool HasTrailingReference(Document document, Sentence sentence)
    {
        int end = sentence.Span.End;
        string text = document.ProseText;
        if (end >= text.Length)
        {
            return false;
        }

        if (document.HasLinkWithin(new TextSpan(end, 1)))
        {
            return true;
        }

        if (text[end] != '[')
        {
            return false;
        }

        int close = text.IndexOf(']', end, Math.Min(14, text.Length - end));
        return close > end + 1 && text.AsSpan(end + 1, close - end - 1).TrimStart('^') is { Length: > 0 } label && !label.ContainsAny(' ', '\n');
    }

    /// <summary>
    /// A figure in the clause of token <paramref name="center"/> (<see cref="FigureReachBefore"/>, <see cref="FigureReachAfter"/>),
    /// or anywhere in the sentence when <paramref name="center"/> is null: a number far off or in another clause is about
    /// something else ("one of the world's leading experts, believes that ... $1 billion by 2020").
    /// </summary>
    public static bool HasFigure(Document document, Sentence sentence, SuperlativeLexicon lexicon, int? center, bool gloss = false)
    {
        var tokens = sentence.Tokens;
        int from = center is { } c ? FigureReachBefore(document, tokens, c, lexicon) : 0;
        int to = center is { } d ? FigureReachAfter(document, tokens, d, lexicon, gloss) : tokens.Count;
        bool rankedByAge = center is { } e && lexicon.FamilyPositions.Contains(document.GetText(tokens[e])); // "youngest", "oldest"
        for (int i = from; i < to; i++)
        {
            // An age ("died at the age of 95") measures only a ranking by age, not "one of Mexico's most successful".
            if ((IsFigureAt(document, tokens, i, lexicon) && (rankedByAge ? !CountsSomethingElse(document, tokens, i, lexicon) : !ClaimText.IsAgeAt(document, tokens, i))
                    && !(center is { } ranked && lexicon.Measures.MeasuresSomethingElse(document, tokens, i, ranked))
                    && !(center is { } claim && i > claim && IsOfTheComparedEvent(document, tokens, i, lexicon)))
                || (rankedByAge && tokens[i].IsWord && ClaimText.IsAgeWord(document.GetText(tokens[i]))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "the deadliest since 31 people were killed in January", "the largest ever, dwarfing a $1 million fine": a figure
    /// right after "since" or within three words after a verb of 'comparedEventVerbs' measures the event the claim is
    /// compared with, not the claim.
    /// </summary>
    private static bool IsOfTheComparedEvent(Document document, TokenList tokens, int figure, SuperlativeLexicon lexicon)
    {
        if (ClaimText.IsWord(document, tokens, figure - 1, "since"))
        {
            return true;
        }

        int first = figure;
        while (first > 0 && (tokens[first - 1].Kind == TokenKind.Number
            || (!tokens[first - 1].IsWord && char.GetUnicodeCategory(document.ProseText[tokens[first - 1].Start]) == System.Globalization.UnicodeCategory.CurrencySymbol)))
        {
            first--; // "dwarfing a $1 million fine": the amount's number and sign belong to it
        }

        for (int k = first - 1; k >= 0 && k >= first - 3 && tokens[k].IsWord; k--)
        {
            if (lexicon.ComparedEventVerbs.Contains(document.GetText(tokens[k])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "with 50,818 votes": a number followed by a plural noun that is no unit of time counts things, not years of age,
    /// and says nothing about who is youngest or oldest.
    /// </summary>
    private static bool CountsSomethingElse(Document document, TokenList tokens, int i, SuperlativeLexicon lexicon)
    {
        if (tokens[i].Kind != TokenKind.Number || i + 1 >= tokens.Count || !tokens[i + 1].IsWord)
        {
            return false;
        }

        var unit = document.GetText(tokens[i + 1]);
        return unit.Length > 3 && unit[^1] == 's' && char.IsLower(unit[0]) && !lexicon.TimeUnits.Contains(unit) && !ClaimText.IsAgeWord(unit);
    }

    /// <summary>
    /// A number that is a figure (<see cref="IsFigure"/>) or a quantity in words ("four million", "percent") at token
    /// <paramref name="i"/>. A quantity word right after a number belongs to it ("53 percent", "5 million votes"): the
    /// number is the figure, and its unit decides what it measures.
    /// </summary>
    private static bool IsFigureAt(Document document, TokenList tokens, int i, SuperlativeLexicon lexicon) =>
        (tokens[i].Kind == TokenKind.Number && IsFigure(document, tokens, i, lexicon))
        || (tokens[i].IsWord && (IsNumberGluedToUnit(document.GetText(tokens[i]), lexicon)
            || (lexicon.Quantities.TryMatch(document, tokens, i, out _, out _) && !(i > 0 && tokens[i - 1].Kind == TokenKind.Number))
            || (ClaimText.HasHyphen(tokens[i], document.GetText(tokens[i])) && IsMeasureCompound(document.GetText(tokens[i]), lexicon))));

    /// <summary>
    /// "221g", "18kg", "20km": digits and a unit of one to three lower-case letters in one word. Not an ordinal ("21st"), a
    /// decade ("1990s"), a time of day ("10am"), a span of time ("24h", "3yrs"), nor a count or a sum in millions ("2.7m
    /// people", "€90m", "$178bn"), which measure whatever they are of, too often not the claim.
    /// </summary>
    private static bool IsNumberGluedToUnit(ReadOnlySpan<char> word, SuperlativeLexicon lexicon)
    {
        int letters = ClaimText.GluedUnitStart(word);
        if (letters <= 0 || word.Length - letters > 3 || word[letters..].ContainsAnyExceptInRange('a', 'z'))
        {
            return false;
        }

        var unit = word[letters..];
        return !lexicon.NotGluedUnits.Contains(unit) && !lexicon.ClockWords.Contains(unit);
    }

    /// <summary>
    /// "an 840-passenger maximum capacity", "the 96-yard drive": digits joined to a unit of measure; not a span of time
    /// ("a 50-year low", "the 11-month deployment", "a 24-hour strike"), a count of times ("a 3-time champion"), an age
    /// ("39-year-old") or a score ("2-1", "a 38-point bulge").
    /// </summary>
    private static bool IsMeasureCompound(ReadOnlySpan<char> word, SuperlativeLexicon lexicon)
    {
        int hyphen = word.IndexOf('-');
        if (hyphen <= 0 || word[..hyphen].ContainsAnyExceptInRange('0', '9') || hyphen + 1 >= word.Length || !char.IsAsciiLetter(word[hyphen + 1]))
        {
            return false;
        }

        var unit = word[(hyphen + 1)..];
        int next = unit.IndexOf('-');
        unit = next < 0 ? unit : unit[..next];
        return !lexicon.TimeUnits.Contains(unit) && !lexicon.NotMeasureUnits.Contains(unit);
    }

    /// <summary>
    /// Where a figure before the claim may stand: within <see cref="FigureWindowBefore"/> words (punctuation not counted),
    /// back past the clause mark that opens the claim's own phrase to the one before it, and never past a subordinating
    /// word. "885,000, the highest weekly total" and "0.023 seconds, making it the closest finish" measure the claim;
    /// "$125.56 billion as consumers turned to the world's largest online retailer" does not.
    /// </summary>
    private static int FigureReachBefore(Document document, TokenList tokens, int claim, SuperlativeLexicon lexicon)
    {
        bool crossed = false;
        int words = 0;
        int i = claim - 1;
        for (; i >= 0 && words < FigureWindowBefore; i--)
        {
            if (tokens[i].Kind != TokenKind.Punctuation)
            {
                if (lexicon.Subordinators.Contains(document.GetText(tokens[i])))
                {
                    return i + 1;
                }

                words++;
                continue;
            }

            if (!ClaimText.IsClauseMark(document.ProseText[tokens[i].Start])
                || (i > 0 && tokens[i - 1].Kind == TokenKind.Punctuation && document.ProseText[tokens[i - 1].Start] == '-' && document.ProseText[tokens[i].Start] == '-'))
            {
                continue; // "--" is one dash
            }

            if (crossed || claim - i > ClaimPhraseReach)
            {
                return i + 1;
            }

            crossed = true;
        }

        return i + 1;
    }

    /// <summary>How many tokens may open the claim's own phrase after a comma: ", making it the closest", ", the Post was one of the most".</summary>
    private const int ClaimPhraseReach = 7;

    /// <summary>
    /// Where a figure after the claim may stand: to the end of its phrase, within <see cref="FigureWindow"/> tokens; a
    /// clause mark ends it unless "with" or a figure follows within <see cref="FigureAfterMark"/> tokens ("the largest city,
    /// with 8.8 million people", "the fastest time, 9.58 seconds"), not another clause ("IndiGo, the country's largest
    /// airline, to reduce its flights by 5%"). "with" keeps the reach open whatever follows it. After a <paramref name="gloss"/>
    /// on a name only "with", "which", a participle, "has" or "(is) home to" do: the gloss has closed ("The South, the
    /// country's largest region, saw a 16.3% decline"). A relative clause that holds the claim ends it at its close ("The
    /// dam, which is the tallest in Africa, cost $4 billion"), and so does the comma closing an opening subordinate clause
    /// ("While France has the largest army in Europe, only 2,000 soldiers ..."). Past a semicolon the clause after it
    /// gives the evidence and is read to its end ("the most massive star on record; it is about 300 times the mass of our sun").
    /// </summary>
    private static int FigureReachAfter(Document document, TokenList tokens, int claim, SuperlativeLexicon lexicon, bool gloss)
    {
        int to = Math.Min(tokens.Count, claim + FigureWindow + 1);
        bool inRelativeClause = OpenerAfterComma(document, tokens, claim) is int open and >= 0 && IsRelativeOpener(document, tokens, open);
        bool inOpeningClause = !inRelativeClause && InOpeningSubordinateClause(document, tokens, lexicon, claim);
        for (int i = claim + 1; i < to; i++)
        {
            if (ClaimText.IsClauseMarkAt(document, tokens, i)
                && (inRelativeClause || (inOpeningClause && !ClaimText.IsWord(document, tokens, i + 1, "with")) || !FigureFollows(document, tokens, claim, i, to, lexicon, gloss)))
            {
                if (!inRelativeClause && !gloss && document.ProseText[tokens[i].Start] == ';')
                {
                    return SemicolonClauseEnd(document, tokens, i + 1);
                }

                return i;
            }
        }

        return to;
    }

    /// <summary>Where the clause that starts at token <paramref name="from"/>, after a semicolon, ends: at the next semicolon or the sentence's end.</summary>
    private static int SemicolonClauseEnd(Document document, TokenList tokens, int from)
    {
        int i = from;
        while (i < tokens.Count && !(tokens[i].Kind == TokenKind.Punctuation && document.ProseText[tokens[i].Start] == ';'))
        {
            i++;
        }

        return i;
    }

    /// <summary>
    /// "While France contains the largest Muslim population in Europe, only an estimated 2,000 women wear the veil": the claim
    /// stands in a subordinate clause that opens the sentence, and the comma closing it opens the main clause.
    /// </summary>
    private static bool InOpeningSubordinateClause(Document document, TokenList tokens, SuperlativeLexicon lexicon, int claim)
    {
        int first = 0;
        while (first < claim && !tokens[first].IsWord)
        {
            first++; // an opening quotation mark or bracket
        }

        if (first >= claim || !lexicon.Subordinators.Contains(document.GetText(tokens[first])) || ClaimText.IsWord(document, tokens, first, "as"))
        {
            return false;
        }

        for (int k = first + 1; k < claim; k++)
        {
            if (ClaimText.IsClauseMarkAt(document, tokens, k))
            {
                return false;
            }
        }

        return true;
    }

    private static bool FigureFollows(Document document, TokenList tokens, int claim, int mark, int to, SuperlativeLexicon lexicon, bool gloss)
    {
        // "the largest city, with 8.8 million people"; "the lowest rate, which was three per 100,000 people": a relative
        // clause on the claim's noun belongs to its phrase. After a scope ("the largest city in Texas, which joined the
        // union with 30 counties") it is about the scope.
        if (ClaimText.IsWord(document, tokens, mark + 1, "with")
            || (ClaimText.IsWord(document, tokens, mark + 1, "which") && document.ProseText[tokens[mark].Start] == ',' && !HasPrepositionBetween(document, tokens, claim, mark)))
        {
            return true;
        }

        // "the most traveled Secretary of State in history, notching up a record 704,487 miles": a participle after the
        // comma goes on about the claim's subject to the end of its phrase.
        bool participle = mark + 1 < tokens.Count && tokens[mark + 1].IsWord && ClaimText.IsPresentParticiple(document.GetText(tokens[mark + 1]))
            && char.IsLower(document.ProseText[tokens[mark + 1].Start]) && !lexicon.NotParticiples.Contains(document.GetText(tokens[mark + 1]));
        if (gloss && !participle && !(mark + 1 < tokens.Count && tokens[mark + 1].IsWord && lexicon.PossessionVerbs.Contains(document.GetText(tokens[mark + 1])))
            && !ClaimText.IsWord(document, tokens, mark + 1, "home") && !ClaimText.IsWord(document, tokens, mark + 2, "home"))
        {
            return false; // "The South, the country's largest region, saw a 16.3% decline": the gloss has closed; "Houston, ..., has 2.3 million people", "is home to 2.3 million" measure the name
        }

        int stop = participle ? ClaimText.PhraseEnd(document, tokens, mark + 1) : mark + FigureAfterMark;
        for (int i = mark + 1; i < to && i <= stop; i++)
        {
            if (tokens[i].IsWord && (SubjectPronouns.Contains(document.GetText(tokens[i])) || (i == mark + 1 && IsClauseOpener(document, tokens, i, lexicon))))
            {
                return false; // "posted the third fastest time, he lost 5 places", "the deadliest since February, when 18 died": a clause of its own
            }

            // Any number but a year: right after a comma a number is rarely a date ("reaching Rp 18,028 per $1").
            bool figure = tokens[i].Kind switch
            {
                TokenKind.Number => !AbsoluteDateDetector.IsYearLike(document.GetText(tokens[i])),
                TokenKind.Word => lexicon.Quantities.TryMatch(document, tokens, i, out _, out _) || IsNumberGluedToUnit(document.GetText(tokens[i]), lexicon),
                _ => char.GetUnicodeCategory(document.ProseText[tokens[i].Start]) == System.Globalization.UnicodeCategory.CurrencySymbol,
            };
            if (figure)
            {
                return true;
            }
        }

        return false;
    }

    private static readonly WordSet ScopePrepositions = new(["in", "of", "on", "at"]);

    /// <summary>"when", "where", "after": a word that opens a clause about something else; "since" only before a word ("since the war"), not a year.</summary>
    private static bool IsClauseOpener(Document document, TokenList tokens, int i, SuperlativeLexicon lexicon) =>
        ClaimText.IsWord(document, tokens, i, "where")
        || (lexicon.Subordinators.Contains(document.GetText(tokens[i])) && !ClaimText.IsWord(document, tokens, i, "since") && !ClaimText.IsWord(document, tokens, i, "as"));

    private static readonly WordSet SubjectPronouns = new(["I", "he", "she", "it", "we", "they"]);

    /// <summary>"in", "of", "on", "at" between the claim and token <paramref name="mark"/>: a scope or another noun comes first.</summary>
    private static bool HasPrepositionBetween(Document document, TokenList tokens, int claim, int mark)
    {
        for (int k = claim + 1; k < mark; k++)
        {
            if (tokens[k].IsWord && ScopePrepositions.Contains(document.GetText(tokens[k])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How many tokens after a comma a figure may stand and still be the claim's: ", identifying nearly 500".</summary>
    private const int FigureAfterMark = 4;

    /// <summary>What joins two numbers into one range: "or", "to", a dash, or "and" after "between".</summary>
    private static bool IsRangeJoiner(Document document, TokenList tokens, int first, int joiner) =>
        ClaimText.IsWord(document, tokens, joiner, "or") || ClaimText.IsWord(document, tokens, joiner, "to")
        || (tokens[joiner].Kind == TokenKind.Punctuation && document.ProseText[tokens[joiner].Start] is '-' or '\u2013')
        || (ClaimText.IsWord(document, tokens, joiner, "and") && ClaimText.IsWord(document, tokens, first - 1, "between"));

    /// <summary>
    /// A number that is a figure. A year is not, and neither is a span of time unless it is an age: "since 1999", "in 30
    /// years" bound the ranking, they do not support it (docs/rules/annotation.md).
    /// </summary>
    private static bool IsFigure(Document document, TokenList tokens, int index, SuperlativeLexicon lexicon)
    {
        if (ClaimText.IsInNameOrDate(document, tokens, index))
        {
            return false;
        }

        var text = document.GetText(tokens[index]);
        if (AbsoluteDateDetector.IsYearLike(text))
        {
            return false;
        }

        // "2015-16", "2016-01-15": dates, not figures.
        if ((text.Length > 4 && AbsoluteDateDetector.IsYearLike(text[..4]) && text[4] == '-') || IsClockTime(document, tokens, index, lexicon) || lexicon.Measures.IsBoundOfPlace(document, tokens, index))
        {
            return false;
        }

        // A span of time is a figure only as an age: "the youngest player, at the age of 17 years", not "the lowest in 30
        // years" nor "11 months ago".
        int unit = index + 1;
        if (unit + 2 < tokens.Count && tokens[unit + 1].Kind == TokenKind.Number && IsRangeJoiner(document, tokens, index, unit))
        {
            unit += 2; // "over the last 10 or 15 years", "10–15 years", "between 10 and 15 years"
        }
        else
        {
            unit = lexicon.Measures.UnitAfter(document, tokens, index); // "in 30 consecutive years"
        }

        if (unit < tokens.Count && tokens[unit].IsWord && lexicon.TimeUnits.Contains(document.GetText(tokens[unit])))
        {
            for (int back = index - 1; back >= 0 && back >= index - 3; back--)
            {
                if (ClaimText.IsWord(document, tokens, back, "age") || ClaimText.IsWord(document, tokens, back, "aged"))
                {
                    return true;
                }
            }

            return false;
        }

        return true;
    }

    /// <summary>
    /// "struck at 08:17 am AWST (00:17 UTC)", "at 9 pm": a time of day, which measures nothing. Hours and minutes count as
    /// one only after "at" or before a clock word or a time zone; "a lap of 1:18.792" and "his best time is 2:32.2"
    /// measure.
    /// </summary>
    private static bool IsClockTime(Document document, TokenList tokens, int index, SuperlativeLexicon lexicon)
    {
        int hour = index + 2 < tokens.Count && IsAdjacentColon(document, tokens, index + 1) && tokens[index + 2].Kind == TokenKind.Number ? index
            : index >= 2 && IsAdjacentColon(document, tokens, index - 1) && tokens[index - 2].Kind == TokenKind.Number ? index - 2
            : -1;
        if (hour < 0)
        {
            return IsClockWord(document, tokens, index + 1, lexicon, zone: false); // "at 9 pm", not "the 400,000 DWT carrier"
        }

        return ClaimText.IsWord(document, tokens, hour - 1, "at") || IsClockWord(document, tokens, hour + 3, lexicon, zone: true);
    }

    /// <summary>"am", "pm", "UTC", "GMT"; with <paramref name="zone"/> also a time zone's capitals ending in T after hours and minutes: "AWST", "EST", "CET".</summary>
    private static bool IsClockWord(Document document, TokenList tokens, int i, SuperlativeLexicon lexicon, bool zone)
    {
        if (i >= tokens.Count || !tokens[i].IsWord)
        {
            return false;
        }

        var word = document.GetText(tokens[i]);
        return lexicon.ClockWords.Contains(word) || (zone && word.Length is >= 3 and <= 4 && word[^1] == 'T' && !word.ContainsAnyExceptInRange('A', 'Z'));
    }

    /// <summary>A colon with no space either side, as in "08:17".</summary>
    private static bool IsAdjacentColon(Document document, TokenList tokens, int i) =>
        i >= 1 && tokens[i].Kind == TokenKind.Punctuation && document.ProseText[tokens[i].Start] == ':'
        && tokens[i - 1].End == tokens[i].Start && i + 1 < tokens.Count && tokens[i].End == tokens[i + 1].Start;

    /// <summary>
    /// "[3]", "[^1]", "[12]", "[note1]", "[a]" in plain text; Markdown footnotes arrive as links. A word in brackets is an
    /// editor's insertion in a quotation ("the symbolic beach resort in the Sixth Region [of O'Higgins]", "[during]",
    /// "[sic]"), not a reference, unless it is a caret label, holds a digit or is a single letter.
    /// </summary>
    private static bool IsBracketReference(Document document, TokenList tokens, int open)
    {
        int i = open + 1;
        bool caret = i < tokens.Count && tokens[i].Kind == TokenKind.Punctuation && document.ProseText[tokens[i].Start] == '^';
        if (caret)
        {
            i++;
        }

        if (i + 1 >= tokens.Count || tokens[i].Span.Length > 12
            || tokens[i + 1].Kind != TokenKind.Punctuation || document.ProseText[tokens[i + 1].Start] != ']')
        {
            return false;
        }

        return tokens[i].Kind == TokenKind.Number
            || (tokens[i].IsWord && (caret || tokens[i].Span.Length == 1 || document.GetText(tokens[i]).ContainsAnyInRange('0', '9')));
    }

    /// <summary>"(Source: IMF)", "(see Table 2)", "(Smith 2019)": a parenthesis that names where a claim comes from.</summary>
    private static bool IsParentheticalSource(Document document, TokenList tokens, int open, SuperlativeLexicon lexicon)
    {
        if (open + 1 < tokens.Count && tokens[open + 1].IsWord && lexicon.SourceWords.Contains(document.GetText(tokens[open + 1])))
        {
            return true;
        }

        bool name = false;
        for (int i = open + 1; i < tokens.Count && i <= open + 8; i++)
        {
            var token = tokens[i];
            if (token.Kind == TokenKind.Punctuation && document.ProseText[token.Start] == ')')
            {
                return false;
            }

            if (token.IsWord && ClaimText.StartsUpper(document.GetText(token)))
            {
                name = true;
            }
            else if (name && token.Kind == TokenKind.Number && AbsoluteDateDetector.IsYearLike(document.GetText(token)))
            {
                return i + 1 < tokens.Count && document.ProseText[tokens[i + 1].Start] is ')' or ',' or ':' or ';';
            }
        }

        return false;
    }
}
