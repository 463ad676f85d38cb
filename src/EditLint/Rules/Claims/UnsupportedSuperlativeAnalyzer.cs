using System.Collections.Immutable;
using EditLint.Analysis;
using EditLint.Documents;

namespace EditLint.Rules.Claims;

/// <summary>
/// EL2001 UnsupportedSuperlative: a superlative ("the most important partner", "one of the world's leading
/// experts", "Russia's biggest contribution") or a peacock term ("first-ever", "unprecedented") that nothing
/// in its sentence supports: no attribution, no citation, no figure. Quoted speech is the speaker's.
/// </summary>
public sealed class UnsupportedSuperlativeAnalyzer : Analyzer
{
    public const string Id = "EL2001";

    public static readonly RuleDescriptor Rule = new(
        Id,
        "UnsupportedSuperlative",
        "Superlative or peacock claim with no support",
        "'{0}' is {1} with no source in its {2}; attribute it or cite evidence",
        RuleCategory.Claims,
        Severity.Warning,
        "A superlative or a peacock term ranks its subject above all others, and a reader cannot check it unless the sentence says who ranks it or on what evidence. "
        + "The rule flags listed superlatives that rank something and peacock terms when the sentence has no attribution, citation or figure. "
        + "Set phrases such as 'at least' and 'most of', titles such as 'Best Picture', and quoted speech are not flagged.",
        ["claims", "style", "superlative", "peacock"],
        settings: ClaimSettings.SuperlativeSettings);

    public override ImmutableArray<RuleDescriptor> SupportedRules => [Rule];

    public override void Initialize(AnalysisContext context)
    {
        var settings = ClaimSettings.Read(context, Id);
        var lexicon = SuperlativeLexicon.Create(settings.Terms, settings.ExtraTerms, settings.ExtraSetPhrases, settings.ExtraAttribution);
        settings.ReportUnknownTerms(context, Id, t => lexicon.KnownTerms.Contains(t));
        context.RegisterDocumentStartAction(start =>
        {
            var sourced = new ScopeMemo(start.Document, settings.Scope, (d, s) => SupportDetector.HasSource(d, s, lexicon, reportsCount: settings.Scope == ClaimScope.Paragraph));
            var cited = new ScopeMemo(start.Document, settings.Scope, (d, s) => SupportDetector.HasCitation(d, s, lexicon));
            var disputed = new ScopeMemo(start.Document, ClaimScope.Sentence, (d, s) => MaintenanceMarks.IsDisputed(d, s, lexicon));
            var spoken = new ScopeMemo(start.Document, ClaimScope.Sentence, (d, s) => QuotationSpeaker.HasSpeaker(d, s, lexicon));
            var transcribed = new ScopeMemo(start.Document, ClaimScope.Paragraph, (d, s) => QuotationSpeaker.OpensWithSpeakerTag(d, s.Block));
            var figured = new ScopeMemo(start.Document, ClaimScope.Paragraph, (d, s) => FigureSupport.HasFigure(d, s, lexicon, null));
            var matches = new List<SuperlativeMatch>();
            var memos = new Memos(sourced, cited, figured, disputed, spoken, transcribed, new RankedMeasures.SentenceFigures(lexicon.Measures.DimensionCount));
            start.RegisterSentenceAction(c => Analyze(c, lexicon, settings, memos, matches));
        });
    }

    /// <summary>What one document's sentences (or paragraphs) are asked once each: support, figures, maintenance marks, a named speaker, a transcript's speaker tag.</summary>
    private sealed record Memos(ScopeMemo Sourced, ScopeMemo Cited, ScopeMemo Figured, ScopeMemo Disputed, ScopeMemo Spoken, ScopeMemo Transcribed, RankedMeasures.SentenceFigures Measured);

    private static void Analyze(SentenceContext context, SuperlativeLexicon lexicon, ClaimSettings settings, Memos memos, List<SuperlativeMatch> matches)
    {
        var document = context.Document;
        var sentence = context.Sentence;
        matches.Clear();
        SuperlativeFinder.Find(document, sentence, lexicon, matches);
        if (matches.Count == 0)
        {
            return;
        }

        // Asked once per sentence (what supports the claims after it) or with a scan that only moves forward (the
        // question), as the matches come left to right: a sentence of thousands of claims is read a bounded number of times.
        int supportFrom = NamedAttribution.SupportForWhatFollows(document, sentence, lexicon, withReports: settings.Scope == ClaimScope.Sentence);
        var clauseEnds = new ClauseEnds(document, sentence);
        var clauses = new SemicolonClauses(document, sentence, split: settings.Scope == ClaimScope.Sentence);
        foreach (var match in matches)
        {
            if (clauseEnds.IsAsked(match.CoreToken) || IsSpeakersWords(document, sentence, settings, memos, match)
                || IsSupported(document, sentence, lexicon, settings, memos, match, supportFrom, ref clauses))
            {
                continue;
            }

            string kind = match.IsPeacock ? "a peacock term" : "a superlative";
            context.ReportDiagnostic(new Diagnostic(Rule, match.Span, document.GetText(match.Span).ToString(), kind, settings.ScopeName));
        }
    }

    /// <summary>
    /// "Is this the best team?" asserts no ranking; "It was the oldest question: how can you be sure?" does. The end
    /// of a claim's clause is the next ':', ';', '?' or '[' (a '?' in a bracket is a maintenance mark, "[by whom?]");
    /// claims are asked in order, so the scan never goes back.
    /// </summary>
    private struct ClauseEnds(Document document, Sentence sentence)
    {
        private int next = -1;

        public bool IsAsked(int claim)
        {
            var tokens = sentence.Tokens;
            if (next <= claim)
            {
                next = Math.Max(next, claim + 1);
                while (next < tokens.Count && (tokens[next].IsWord || document.ProseText[tokens[next].Start] is not (':' or ';' or '?' or '[')))
                {
                    next++;
                }
            }

            return next < tokens.Count && document.ProseText[tokens[next].Start] == '?';
        }
    }

    /// <summary>
    /// Whether the sentence supports the claim: a source (for the writer's gloss on a name, only a citation or an
    /// attribution inside the gloss, "Africa's richest woman according to Forbes"; past a semicolon, only one in the
    /// claim's own clause), a figure, or an attribution before it in its clause that reports what follows; a maintenance
    /// mark ("[citation needed]") overrules them all.
    /// </summary>
    private static bool IsSupported(Document document, Sentence sentence, SuperlativeLexicon lexicon, ClaimSettings settings, Memos memos, SuperlativeMatch match, int supportFrom, ref SemicolonClauses clauses)
    {
        if (memos.Disputed.Evaluate(sentence))
        {
            return false;
        }

        bool gloss = IsGlossOnAName(document, sentence.Tokens, lexicon, match.CoreToken);
        int clauseStart = clauses.StartOf(match.CoreToken);
        bool sourced = gloss
            ? memos.Cited.Evaluate(sentence) || SupportDetector.HasSourceAmong(document, sentence, lexicon, match.CoreToken, ClaimText.PhraseEnd(document, sentence.Tokens, match.CoreToken) + 1)
            : memos.Sourced.Evaluate(sentence) && (clauses.IsWholeSentence || clauses.HasSource(lexicon));
        if (sourced && !gloss && settings.Scope == ClaimScope.Sentence && AttributionOfTheClaim(document, sentence.Tokens, lexicon, match, out int attributionEnd) is int attribution and >= 0)
        {
            // The attribution vouches for what it reports, not for the rank or description the writer gives its speaker or
            // source; another source in the claim's clause still counts.
            sourced = SupportDetector.HasSourceBetween(document, sentence, lexicon, clauseStart, attribution)
                || SupportDetector.HasSourceBetween(document, sentence, lexicon, attributionEnd, sentence.Tokens.Count);
        }

        return sourced || HasFigure(document, sentence, lexicon, settings, memos, match, gloss)
            || ConferredRank.IsConferredByNamedAgent(document, sentence.Tokens, lexicon, match.StartToken, match.CoreToken)
            || (!gloss && supportFrom >= clauseStart && supportFrom < match.CoreToken);
    }

    /// <summary>
    /// An attribution whose speaker or source the claim describes or whose object the claim is: "The country's largest
    /// union said", "The mayor, who runs the most dangerous city, said", "PSOE reports its worst result ever", "according
    /// to the world's leading authority". Returns where it starts, or -1, and in <paramref name="end"/> where it ends.
    /// </summary>
    private static int AttributionOfTheClaim(Document document, TokenList tokens, SuperlativeLexicon lexicon, SuperlativeMatch match, out int end)
    {
        int start = NamedAttribution.SpeakerDescribedByTheClaim(document, tokens, lexicon, match.CoreToken, out end);
        if (start < 0)
        {
            start = NamedAttribution.ReporterOfTheClaim(document, tokens, lexicon, match.StartToken, match.CoreToken, out end);
        }

        return start >= 0 ? start : NamedAttribution.AccordingToTheClaim(document, tokens, match.StartToken, match.CoreToken, out end);
    }

    /// <summary>
    /// The clauses a sentence's semicolons join: an attribution in one ("the ministry announced that ...; China is about to
    /// overtake Japan as the second largest economy") supports nothing in another. Claims are asked in order, so the scan
    /// only moves forward, and each clause's source is asked once; in paragraph scope the sentence is one clause.
    /// </summary>
    private struct SemicolonClauses(Document document, Sentence sentence, bool split)
    {
        private int start;
        private int end = -1;
        private sbyte sourced;

        public readonly bool IsWholeSentence => start == 0 && end == sentence.Tokens.Count;

        /// <summary>Where the clause of token <paramref name="claim"/> starts.</summary>
        public int StartOf(int claim)
        {
            if (end < 0)
            {
                end = split ? NextSemicolon(0) : sentence.Tokens.Count;
            }

            while (end < claim)
            {
                start = end + 1;
                end = NextSemicolon(start);
                sourced = 0;
            }

            return start;
        }

        /// <summary>An attribution or reference inside the current clause.</summary>
        public bool HasSource(SuperlativeLexicon lexicon)
        {
            if (sourced == 0)
            {
                sourced = SupportDetector.HasSourceBetween(document, sentence, lexicon, start, end) ? (sbyte)1 : (sbyte)-1;
            }

            return sourced > 0;
        }

        private readonly int NextSemicolon(int from)
        {
            var tokens = sentence.Tokens;
            while (from < tokens.Count && (tokens[from].IsWord || document.ProseText[tokens[from].Start] != ';'))
            {
                from++;
            }

            return from;
        }
    }

    /// <summary>
    /// "Turner said Houston, the fourth-largest U.S. city, was making progress", "Iran - the Middle East's hardest-hit
    /// country - could", "Media Markt, Europe's largest computer retailer, which": a phrase set off after a name by a comma
    /// or a dash, opening with "the", "one of" or a possessive, is the writer's gloss on the name. An attribution in the sentence
    /// reports what the speaker said, not the gloss; a citation or a figure still supports it.
    /// </summary>
    private static bool IsGlossOnAName(Document document, TokenList tokens, SuperlativeLexicon lexicon, int claim)
    {
        int k = claim;
        while (k > 0 && claim - k < GlossReach && tokens[k - 1].IsWord)
        {
            k--;
        }

        if (k < 2 || tokens[k - 1].Kind != TokenKind.Punctuation || (document.ProseText[tokens[k - 1].Start] != ',' && !ClaimText.IsDash(document.ProseText[tokens[k - 1].Start])))
        {
            return false;
        }

        // "Windows 7, the fastest-selling operating system ever": a name may end in a number; "By 2010," and "In 50
        // years," open the sentence instead.
        int last = tokens[k - 2].Kind == TokenKind.Number && k >= 3 && tokens[k - 3].IsWord && ClaimText.StartsUpper(document.GetText(tokens[k - 3]))
            && !AbsoluteDateDetector.IsYearLike(document.GetText(tokens[k - 2])) && !lexicon.Openers.Contains(document.GetText(tokens[k - 3])) ? k - 3 : k - 2;
        if (!tokens[last].IsWord)
        {
            return false;
        }

        if (k + 1 < claim && lexicon.Adverbs.Contains(document.GetText(tokens[k])))
        {
            k++; // "Lagos, currently the largest city, has grown"
        }

        var opener = document.GetText(tokens[k]);
        var name = document.GetText(tokens[last]);
        bool oneOf = ClaimText.IsWord(document, tokens, k, "one") && ClaimText.IsWord(document, tokens, k + 1, "of"); // "West Virginia, one of the poorest states"
        return (ClaimText.IsWord(document, tokens, k, "the") || ClaimText.IsPossessive(opener, lexicon.Contractions) || oneOf || OpensWithANamedOwner(document, tokens, lexicon, k, claim))
            && ((ClaimText.StartsUpper(name) && !lexicon.NotPlaces.Contains(name)) || IsDefiniteSubject(document, tokens, last)) && !EndsAnAttribution(document, tokens, last)
            && !IsAClause(document, tokens, claim);
    }

    /// <summary>
    /// "Reuters reported that in Germany, Volkswagen's best-selling model last year was the Golf": a finite verb before the
    /// phrase closes makes it the main clause, whose subject the claim is, after an opening phrase; no gloss on a name.
    /// </summary>
    private static bool IsAClause(Document document, TokenList tokens, int claim)
    {
        int end = ClaimText.PhraseEnd(document, tokens, claim);
        for (int k = claim + 1; k <= end; k++)
        {
            if (tokens[k].IsWord && ClaimText.FiniteVerbs.Contains(document.GetText(tokens[k])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"São Paulo, South America's most populous city": capitalised words, the last a possessive, open the gloss.</summary>
    private static bool OpensWithANamedOwner(Document document, TokenList tokens, SuperlativeLexicon lexicon, int first, int claim)
    {
        for (int w = first; w < claim && tokens[w].IsWord && ClaimText.StartsUpper(document.GetText(tokens[w])); w++)
        {
            if (ClaimText.IsPossessive(document.GetText(tokens[w]), lexicon.Contractions))
            {
                return w > first;
            }
        }

        return false;
    }

    /// <summary>"The company, the country's biggest lender, cut 2,000 jobs": "The" and up to two words open the sentence, the subject the gloss describes.</summary>
    private static bool IsDefiniteSubject(Document document, TokenList tokens, int last) =>
        last is >= 1 and <= 3 && ClaimText.IsWord(document, tokens, 0, "The") && tokens[last].IsWord && char.IsLower(document.GetText(tokens[last])[0])
        && (last < 2 || tokens[1].IsWord) && (last < 3 || tokens[2].IsWord);

    /// <summary>"led, according to Time, the largest demonstration": the name closes "according to", it is no subject of a gloss.</summary>
    private static bool EndsAnAttribution(Document document, TokenList tokens, int name)
    {
        int k = name;
        while (k > 0 && tokens[k - 1].IsWord && (ClaimText.StartsUpper(document.GetText(tokens[k - 1])) || ClaimText.IsWord(document, tokens, k - 1, "the")))
        {
            k--;
        }

        return ClaimText.IsWord(document, tokens, k - 1, "to") && ClaimText.IsWord(document, tokens, k - 2, "according");
    }

    /// <summary>How many words a gloss may hold before its superlative ("the Middle East's hardest-hit").</summary>
    private const int GlossReach = 5;

    /// <summary>
    /// Quoted words are the speaker's when the sentence says who speaks; a quoted label with nobody named is the writer's
    /// claim. A paragraph of a transcript that opens with its speaker's name in double parentheses ("((Richard Stallman))
    /// Well, the worst part of that is ...", the convention of Wikinews interviews) is that speaker's words throughout.
    /// </summary>
    private static bool IsSpeakersWords(Document document, Sentence sentence, ClaimSettings settings, Memos memos, SuperlativeMatch match) =>
        (settings.Skips(document, sentence, match.Core) && (sentence.Block.IsInBlockQuote || memos.Spoken.Evaluate(sentence)))
        || (!settings.FlagQuotations && memos.Transcribed.Evaluate(sentence));

    /// <summary>
    /// In sentence scope a figure must stand near the claim, unless it measures what the claim ranks ("2.7 tonnes ..., the
    /// largest seizure"), and a quality that no figure measures ("The city of 2 million is the most beautiful") takes no
    /// support from a number near it; in paragraph scope any figure of the paragraph counts.
    /// </summary>
    private static bool HasFigure(Document document, Sentence sentence, SuperlativeLexicon lexicon, ClaimSettings settings, Memos memos, SuperlativeMatch match, bool gloss) =>
        settings.Scope == ClaimScope.Paragraph
            ? memos.Figured.Evaluate(sentence)
            : (!IsUnmeasuredQuality(document, lexicon, match) && FigureSupport.HasFigure(document, sentence, lexicon, match.CoreToken, gloss))
                || lexicon.Measures.IsMeasuredIn(document, sentence, match, memos.Measured);

    /// <summary>"the most beautiful", "the finest": the last word of the claim's core is a quality of <c>support.unmeasuredQualities</c>.</summary>
    private static bool IsUnmeasuredQuality(Document document, SuperlativeLexicon lexicon, SuperlativeMatch match)
    {
        var core = document.GetText(match.Core);
        return lexicon.UnmeasuredQualities.Contains(core[(core.LastIndexOf(' ') + 1)..]);
    }
}
