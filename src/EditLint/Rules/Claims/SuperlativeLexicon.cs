using System.Text.Json;
using EditLint.Text;

namespace EditLint.Rules.Claims;

/// <summary>What a word may begin or be, in EL2001's lexicon: one lookup per token tells the finder what to try.</summary>
[Flags]
internal enum SuperlativeWordKind
{
    None = 0,
    SetPhrase = 1,
    ProperName = 2,
    Peacock = 4,
    Ranked = 8,
    Intensifier = 16,
    RankingWord = 32,
    SplitRecord = 64,
}

/// <summary>
/// The word lists of EL2001 from <c>rules/EL2001.superlatives.json</c>, with the per-term switches and extra
/// terms of <c>editlint.json</c> applied. Built once per engine; read-only afterwards.
/// </summary>
internal sealed class SuperlativeLexicon
{
    public const string DataFile = "EL2001.superlatives.json";

    public const string AdjectivesFile = "EL2001.adjectives.txt";

    public const string WordNetAdjectivesFile = "EL2001.wordnet-adjectives.txt";

    private static readonly Lazy<JsonDocument> Data = new(() => EmbeddedRuleData.Load(DataFile));

    private static readonly Lazy<WordSet> BrownAdjectives = new(() => new WordSet(EmbeddedRuleData.Lines(AdjectivesFile)));

    /// <summary>Read on the first '-est' word whose stem the Brown list does not hold; most documents never need it.</summary>
    private static readonly Lazy<WordSet> WordNetAdjectives = new(() => new WordSet(EmbeddedRuleData.Lines(WordNetAdjectivesFile)));

    private Dictionary<string, SuperlativeWordKind> kinds = null!;
    private Dictionary<string, SuperlativeWordKind>.AlternateLookup<ReadOnlySpan<char>> kindLookup;
    private Dictionary<string, WordSet>.AlternateLookup<ReadOnlySpan<char>> headTailLookup;
    private WordPrefilter prefilter = null!;
    private WordPrefilter claimPrefilter = null!;

    private SuperlativeLexicon()
    {
    }

    /// <summary>The kinds a claim is built on; set phrases and proper names only keep words out of one.</summary>
    public const SuperlativeWordKind ClaimKinds = SuperlativeWordKind.Peacock | SuperlativeWordKind.Ranked | SuperlativeWordKind.Intensifier
        | SuperlativeWordKind.RankingWord | SuperlativeWordKind.SplitRecord;

    /// <summary>
    /// False when the word is certainly none of <see cref="ClaimKinds"/>: the words that only begin set phrases ("the",
    /// "to", "in", "for": a fifth of the words of a text) are left out of this test, which most words fail at once.
    /// </summary>
    public bool MayBeClaimWord(ReadOnlySpan<char> word) => claimPrefilter.MayContain(word) && (KindOf(word) & ClaimKinds) != 0;

    /// <summary>What the word may begin or be; <see cref="SuperlativeWordKind.None"/> for almost every word of a text.</summary>
    public SuperlativeWordKind KindOf(ReadOnlySpan<char> word)
    {
        if (!prefilter.MayContain(word))
        {
            return SuperlativeWordKind.None;
        }

        if (kindLookup.TryGetValue(word, out var kind))
        {
            return kind;
        }

        if (!word.Contains('\u2019'))
        {
            return SuperlativeWordKind.None;
        }

        Span<char> buffer = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        word.CopyTo(buffer);
        buffer.Replace('\u2019', '\'');
        return kindLookup.TryGetValue(buffer, out kind) ? kind : SuperlativeWordKind.None;
    }

    /// <summary>best, worst and the -est superlatives.</summary>
    public required WordSet Ranked { get; init; }

    /// <summary>most, least.</summary>
    public required WordSet Intensifiers { get; init; }

    /// <summary>"frequently", "commonly": after "most" they say how usual something is ("the most frequently discussed subject"), as "usually" does, and rank nothing.</summary>
    public required WordSet FrequencyAdverbs { get; init; }

    public required WordSet MostAdjectives { get; init; }

    /// <summary>The adjectives of <c>rules/EL2001.adjectives.txt</c>: stems of '-est' forms, and words after "most".</summary>
    public required WordSet Adjectives { get; init; }

    /// <summary>Endings that mark an unlisted word after "most" as an adjective ("transformative").</summary>
    public required string[] AdjectiveSuffixes { get; init; }

    /// <summary>Words in -est whose stem is an adjective but which are no superlative ("latest", "modest").</summary>
    public required WordSet NotSuperlatives { get; init; }

    /// <summary>"next": before a hyphen and a superlative it ranks as an ordinal does ("the next-highest country").</summary>
    public required WordSet CompoundOrdinalHeads { get; init; }

    /// <summary>"most", "top", "world": before a hyphen and a participle they make a ranking compound ("top-selling").</summary>
    public required WordSet CompoundHeads { get; init; }

    /// <summary>Heads that rank only before the participles listed for them: "world" before "leading" ("world-leading"), not "conquering".</summary>
    public required Dictionary<string, WordSet> HeadTails { get; init; }

    /// <summary>"areas", "parts": after "the" and a superlative or a ranking compound, a vague kind of place ("the hardest-hit areas", "the poorest parts of the EU"), a class.</summary>
    public required WordSet AreaNouns { get; init; }

    /// <summary>"richest", "most vulnerable": before a plural of <see cref="ClassNouns"/>, a number or a verb of <see cref="ClassVerbs"/> they name a class of people or places ("the world's richest people").</summary>
    public required PhraseTable<bool> ClassSuperlatives { get; init; }

    /// <summary>"people", "countries": plurals after which a superlative of <see cref="ClassSuperlatives"/> names a class.</summary>
    public required WordSet ClassNouns { get; init; }

    /// <summary>"are", "have": after a superlative of <see cref="ClassSuperlatives"/>, a plural verb of a class as subject ("the richest are"); a modal counts too ("India's wealthiest will quadruple").</summary>
    public required WordSet ClassVerbs { get; init; }

    /// <summary>"of", "for": before a superlative of <see cref="ClassSuperlatives"/> that nothing follows, a class ("the list of the world's richest.").</summary>
    public required WordSet ClassPrepositions { get; init; }

    /// <summary>"hit", "paid": participles that end in neither "ing" nor "ed" ("hardest-hit", "highest-paid").</summary>
    public required WordSet IrregularParticiples { get; init; }

    /// <summary>"to", "for": after "the man most responsible", they make a superlative that follows its noun rank.</summary>
    public required WordSet PostnominalFollowers { get; init; }

    /// <summary>"aims", "hopes", "bid": before "to", they make a ranking in their clause a wish, not a claim.</summary>
    public required WordSet Aspirations { get; init; }

    /// <summary>"first": with "ever" a few words on, a record claim ("the first pope ever").</summary>
    public required WordSet SplitRecordWords { get; init; }

    public required PhraseTable<bool> SplitRecordClosers { get; init; }

    public required int SplitRecordWindow { get; init; }

    /// <summary>"first": with a bound of time further on in its clause, a record claim ("the first visit in 21 years").</summary>
    public required WordSet TimeBoundRecordWords { get; init; }

    /// <summary>How many words after "first" a bound of time may stand.</summary>
    public required int TimeBoundReach { get; init; }

    /// <summary>"for", "when": a word that ends the reach of "first" before a bound of time.</summary>
    public required WordSet TimeBoundStops { get; init; }

    /// <summary>"modern", "recent": words that may name a history after "in" ("the first party in modern Japanese history").</summary>
    public required WordSet HistoryQualifiers { get; init; }

    /// <summary>"for": before "the first", an occasion ("for the first time in four years"), not a ranking.</summary>
    public required WordSet TimeBoundNotAfter { get; init; }

    /// <summary>"quarter", "round": after "first", the first of a thing's parts, not a record.</summary>
    public required WordSet OrderedParts { get; init; }

    /// <summary>"years", "decades": the units of a bound of time that makes "the" + superlative a ranking ("the worst flooding in 80 years").</summary>
    public required WordSet SpanScopeUnits { get; init; }

    /// <summary>"indicator", "man": after "a leading", a term, not a ranking ("a leading indicator").</summary>
    public required WordSet RankingWordTerms { get; init; }

    /// <summary>"high", "low": after a stretch of time in one word, a ranking over it ("a 50-year low").</summary>
    public required WordSet PeriodExtremes { get; init; }

    /// <summary>"of", "in": words after "a 50-year low" that show the phrase has ended ("a four-year high school" is no claim).</summary>
    public required WordSet PeriodExtremeFollowers { get; init; }

    /// <summary>"consider", "making": with an object of <see cref="ComplementObjects"/> before "the", a copula ("consider it the most likely cause").</summary>
    public required WordSet ComplementVerbs { get; init; }

    /// <summary>"it", "him", "them": the object between a verb of <see cref="ComplementVerbs"/> and its complement.</summary>
    public required WordSet ComplementObjects { get; init; }

    /// <summary>"regarded", "seen", "status": "as" after one is a copula ("is widely regarded as the best", "his status as the longest serving").</summary>
    public required WordSet AsVerbs { get; init; }

    /// <summary>"won", "received", "with": verbs of achievement, and "with", before "the largest number of" that make it a count the subject holds ("won the largest number of seats").</summary>
    public required WordSet CountFrames { get; init; }

    /// <summary>"closest": a superlative of place, which after "the" ranks only with a scope, "ever" or "one of" ("the closest vote ever"; not "the closest rescue boat").</summary>
    public required WordSet PositionSuperlatives { get; init; }

    /// <summary>"surpassed", "overtakes": "as" a few words after one gives the subject a rank ("surpassed the United States as the biggest market").</summary>
    public required WordSet OvertakeVerbs { get; init; }

    /// <summary>"many", "critics": an attribution verb after one names no source ("many say").</summary>
    public required WordSet WeaselSubjects { get; init; }


    /// <summary>"officials", "authorities": a vague subject when nothing before it says whose ("Officials say"; not "Lebanese officials say").</summary>
    public required WordSet UnnamedSubjects { get; init; }

    /// <summary>"the", "senior", "although": words before one of <see cref="UnnamedSubjects"/> that still name nobody.</summary>
    public required WordSet UnnamedModifiers { get; init; }

    /// <summary>"is", "was": an attribution verb after one is passive ("it is said") and names no source.</summary>
    public required WordSet PassiveMarkers { get; init; }

    /// <summary>"citation needed", "by whom": a bracketed maintenance mark that says the claim lacks support.</summary>
    public required string[] DisputeMarkers { get; init; }

    /// <summary>"dwarfing", "surpassing": after them a figure measures the event compared with, not the claim.</summary>
    public required WordSet ComparedEventVerbs { get; init; }

    /// <summary>"said", "reported": attribution verbs whose subject is the speaker ("The country's largest union said").</summary>
    public required WordSet SpeechVerbs { get; init; }

    /// <summary>"reports", "announced": attribution verbs that also take a thing as their object ("reports its worst result ever").</summary>
    public required WordSet ReportedObjectVerbs { get; init; }

    /// <summary>"he", "who", "was": words that end a speaker's subject before its verb ("the largest fire he said he had seen").</summary>
    public required WordSet SpeakerSubjectBreakers { get; init; }

    /// <summary>"called", "described": in the active, they name who speaks a quotation ("He called it …").</summary>
    public required WordSet QuoteVerbs { get; init; }

    /// <summary>"considers", "believes": a named holder's opinion, which attributes only what follows the verb.</summary>
    public required WordSet OpinionVerbs { get; init; }

    /// <summary>"I", "we": the writer, whose opinion is no source.</summary>
    public required WordSet SelfSubjects { get; init; }

    /// <summary>"I", "I've": in a relative clause after a superlative, the writer's own experience ("the best I've seen").</summary>
    public required WordSet ExperienceSubjects { get; init; }

    /// <summary>"he", "they": with "ever" after them, a relative clause of someone's experience ("the largest he had ever commanded").</summary>
    public required WordSet ExperiencePronouns { get; init; }

    /// <summary>"had", "has", "'d": between an experience pronoun and "ever".</summary>
    public required WordSet ExperienceAuxiliaries { get; init; }

    /// <summary>"our", "his": with a word of <see cref="LifeWords"/> after "of" or "in", a ranking within one life ("the darkest moments of our lives").</summary>
    public required WordSet LifeOwners { get; init; }

    /// <summary>"life", "lives", "lifetime".</summary>
    public required WordSet LifeWords { get; init; }

    /// <summary>"Congress", "Government": after "of" an owner ("the consideration of Congress"), not a named scope.</summary>
    public required WordSet NotScopesAfterOf { get; init; }

    /// <summary>Months and weekdays: after "in" a time, not a named place that scopes a ranking.</summary>
    public required WordSet NotPlaces { get; init; }

    /// <summary>"southern", "central": a region of the named place after "in" ("the largest bridge in southern Lebanon").</summary>
    public required WordSet RegionAdjectives { get; init; }

    /// <summary>"regiment", "league", "town": after "in the", a body or place whose members are ranked ("the most popular officer in the regiment").</summary>
    public required WordSet GroupScopes { get; init; }

    /// <summary>
    /// A superlative by its form: a listed one, or an '-est' word whose stem is an adjective of the Brown list or of
    /// WordNet ("costliest" from "costly", "biggest" from "big", "finest" from "fine", "windiest" from "windy").
    /// </summary>
    public bool IsSuperlative(ReadOnlySpan<char> word)
    {
        if (Ranked.Contains(word))
        {
            return true;
        }

        if (word.Length < 6 || word.Length > MaxWordLength || !word.EndsWith("est", StringComparison.OrdinalIgnoreCase) || NotSuperlatives.Contains(word))
        {
            return false;
        }

        return HasAdjectiveStem(word, Adjectives) || HasAdjectiveStem(word, WordNetAdjectives.Value); // "windiest": WordNet's "windy"
    }

    /// <summary>
    /// Longer than any English word: no superlative, and the stem copied onto the stack ("costliest" to "costly") stays
    /// small whatever a hostile file holds.
    /// </summary>
    public const int MaxWordLength = 64;

    /// <summary>Whether the '-est' word's stem is one of <paramref name="adjectives"/>: "great", "fine", "big", "costly".</summary>
    private static bool HasAdjectiveStem(ReadOnlySpan<char> word, WordSet adjectives)
    {
        var stem = word[..^3];
        if (adjectives.Contains(stem) || adjectives.Contains(word[..^2]))
        {
            return true; // "great", "fine"
        }

        if (stem.Length >= 3 && stem[^1] == stem[^2] && adjectives.Contains(stem[..^1]))
        {
            return true; // "big"
        }

        if (stem[^1] is 'i' or 'I')
        {
            Span<char> buffer = stackalloc char[stem.Length];
            stem.CopyTo(buffer);
            buffer[^1] = 'y';
            return adjectives.Contains(buffer); // "costly"
        }

        return false;
    }

    /// <summary>"announced", "grown", "hit": a regular past participle or one of <c>compounds.irregularParticiples</c>.</summary>
    public bool IsPastParticiple(ReadOnlySpan<char> word) =>
        (word.Length > 3 && word.EndsWith("ed", StringComparison.OrdinalIgnoreCase)) || IrregularParticiples.Contains(word);

    /// <summary>
    /// An adjective after "most"/"least": listed, or by its ending; a hyphened compound by its last part, an adjective or a
    /// participle ("cash-averse", "climate-friendly", "war-torn", "far-reaching").
    /// </summary>
    public bool IsAdjective(ReadOnlySpan<char> word)
    {
        if (MostAdjectives.Contains(word) || Adjectives.Contains(word))
        {
            return true;
        }

        int hyphen = word.LastIndexOf('-');
        if (hyphen > 0 && hyphen < word.Length - 1)
        {
            var last = word[(hyphen + 1)..];
            return IsAdjective(last) || IrregularParticiples.Contains(last) || ClaimText.IsParticiple(last);
        }

        foreach (string suffix in AdjectiveSuffixes)
        {
            if (word.Length >= suffix.Length + 3 && word.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a ranking compound may join <paramref name="head"/> to <paramref name="tail"/>: any participle, unless <see cref="HeadTails"/> lists the head's own.</summary>
    public bool AllowsTail(ReadOnlySpan<char> head, ReadOnlySpan<char> tail) =>
        !headTailLookup.TryGetValue(head, out var tails) || tails.Contains(tail);

    /// <summary>Words that rank only after a possessive or "one of the": "leading".</summary>
    public required WordSet RankingWords { get; init; }

    /// <summary>"one of", "some of", "among": before "the", they make a superlative rank.</summary>
    public required IReadOnlyList<string[]> SetWords { get; init; }

    /// <summary>"its", "their": a superlative after one ranks the subject's own things unless a scope follows ("its largest increase in half a century").</summary>
    public required WordSet SelfPossessives { get; init; }

    /// <summary>"has", "had": before "the", they give the subject the ranked quality ("has the smoothest gait"), which ranks.</summary>
    public required WordSet PossessionVerbs { get; init; }

    /// <summary>"must", "which", "I": before a possession verb, a wish, a class or one's own experience.</summary>
    public required WordSet PossessionBlockers { get; init; }

    /// <summary>"is", "remains": before "the", they make a superlative a predicate, which ranks.</summary>
    public required WordSet Copulas { get; init; }

    /// <summary>"in history", "in the world", "ever", "since": later in the sentence, they make a superlative rank.</summary>
    public required PhraseTable<bool> ComparisonScope { get; init; }

    /// <summary>"its", "their": they rank like a possessive ("its largest customer").</summary>
    public required WordSet PossessiveDeterminers { get; init; }

    /// <summary>"second", "single": they may stand between the determiner and the superlative.</summary>
    public required WordSet Ordinals { get; init; }

    /// <summary>"now", "still": one may stand between a copula and "the" ("is now the worst").</summary>
    public required WordSet Adverbs { get; init; }

    /// <summary>"although", "when": a sentence opening with one puts its main clause after a comma.</summary>
    public required WordSet Subordinators { get; init; }

    /// <summary>"and", "or", "but": a superlative after one shares the copula of its clause.</summary>
    public required WordSet Conjunctions { get; init; }

    /// <summary>Ordinals that make a rank of any superlative after them: "second most powerful".</summary>
    public required WordSet RankOrdinals { get; init; }

    /// <summary>Words after "of" that make a superlative pick one of a set: "the best of the latter".</summary>
    public required WordSet PartitiveDeterminers { get; init; }

    /// <summary>"produced", "suffered", "posted": before "the" and a superlative, a result the subject recorded ("suffered the worst defeat").</summary>
    public required WordSet OutcomeVerbs { get; init; }

    /// <summary>"named", "voted": before a possessive and a superlative, an award its owner gives ("named the tournament's best player").</summary>
    public required WordSet ConferringVerbs { get; init; }

    /// <summary>"world", "country": owners that are places, whose rankings are claims even after "named" ("voted the world's best").</summary>
    public required WordSet PlaceOwners { get; init; }

    /// <summary>"in", "last", "during": words that open a sentence's opening phrase ("Last week in Paris, the largest unions marched").</summary>
    public required WordSet Openers { get; init; }

    /// <summary>"youngest", "eldest": with a word of <see cref="FamilyMembers"/> a place in a family.</summary>
    public required WordSet FamilyPositions { get; init; }

    public required WordSet FamilyMembers { get; init; }

    /// <summary>"care", "scrutiny", "cooperation": after a superlative of <see cref="DegreeSuperlatives"/> a degree ("the greatest care"), not a ranking.</summary>
    public required WordSet DegreeNouns { get; init; }

    /// <summary>"greatest", "closest", "fullest": superlatives that state a degree before a noun of <see cref="DegreeNouns"/>.</summary>
    public required WordSet DegreeSuperlatives { get; init; }

    /// <summary>"highest", "lowest": with a word of <see cref="HierarchyNouns"/> a place in a hierarchy.</summary>
    public required WordSet HierarchyWords { get; init; }

    public required WordSet HierarchyNouns { get; init; }

    /// <summary>"popular", "common": a superlative of how much a way is used ranks it, whatever follows ("the most popular method of storing music").</summary>
    public required WordSet AdviceUsage { get; init; }

    /// <summary>"way", "procedure": after a superlative, advice ("the best way to learn"), not a ranking.</summary>
    public required WordSet AdviceNouns { get; init; }

    /// <summary>"to", "is": after an advice noun, the advice itself follows ("the best way to", "The best course is").</summary>
    public required WordSet AdviceFollowers { get; init; }

    /// <summary>"it's", "that's": they end in 's but are not possessives.</summary>
    public required WordSet Contractions { get; init; }

    /// <summary>"years", "months": a number before one is a figure only as the bound of a comparison.</summary>
    public required WordSet TimeUnits { get; init; }

    /// <summary>"source", "see": a parenthesis opening with one is a citation.</summary>
    public required WordSet SourceWords { get; init; }

    /// <summary>"important", "beautiful", "finest": qualities no figure measures, so a number near their superlative supports nothing.</summary>
    public required WordSet UnmeasuredQualities { get; init; }

    /// <summary>"am", "pm", "UTC": after a number, a time of day.</summary>
    public required WordSet ClockWords { get; init; }

    /// <summary>"st", "s", "h", "m", "bn": letters after digits in one word that make no unit of measure ("21st", "1990s", "24h", "€90m").</summary>
    public required WordSet NotGluedUnits { get; init; }

    /// <summary>"on", "continued": before "to" and an attribution verb, they keep it a report ("went on to say").</summary>
    public required WordSet ReportContinuers { get; init; }

    /// <summary>"during", "according": words in -ing that open no participle phrase.</summary>
    public required WordSet NotParticiples { get; init; }

    /// <summary>"hour", "time", "point": joined to digits they make a span or a count, not a figure ("a 24-hour strike").</summary>
    public required WordSet NotMeasureUnits { get; init; }

    public required PhraseTable<bool> Peacocks { get; init; }

    /// <summary>Peacock terms that are a sales list's own word after its capitalised name ("a New York Times best-seller").</summary>
    public required WordSet ListWords { get; init; }

    /// <summary>
    /// Set phrases ("at least", "most of"); a phrase's value is true when it ranks after "the" and before a noun
    /// (<c>rankedAfterThe</c>: "most likely" means "probably", but "the most likely cause" ranks).
    /// </summary>
    public required PhraseTable<bool> SetPhrases { get; init; }

    public required PhraseTable<bool> ProperNames { get; init; }

    public required WordSet SpeakerPossessives { get; init; }

    public required PhraseTable<bool> Attribution { get; init; }

    public required PhraseTable<bool> Quantities { get; init; }

    /// <summary>What a superlative measures ("largest": money, amount, length) and the figures that measure it.</summary>
    public required RankedMeasures Measures { get; init; }

    /// <summary>Every term a <c>terms</c> switch may name: peacock terms and superlative words.</summary>
    public required WordSet KnownTerms { get; init; }

    public static SuperlativeLexicon Create(
        IReadOnlyDictionary<string, bool> switches,
        IEnumerable<string> extraTerms,
        IEnumerable<string> extraSetPhrases,
        IEnumerable<string> extraAttribution)
    {
        var root = Data.Value.RootElement;
        bool On(string term, bool byDefault) => switches.TryGetValue(term, out bool on) ? on : byDefault;

        var peacocks = new PhraseTable<bool>();
        var listWords = new List<string>();
        var known = new List<string>();
        var off = switches.Where(s => !s.Value).Select(s => s.Key).ToList();
        foreach (var entry in root.GetProperty("peacock").EnumerateArray())
        {
            string term = entry.GetProperty("term").GetString()!;
            known.Add(term);
            if (entry.TryGetProperty("listWord", out var listWord) && listWord.GetBoolean())
            {
                listWords.Add(term);
            }

            if (On(term, entry.GetProperty("enabled").GetBoolean()))
            {
                peacocks.Add(term, true);
            }
            else
            {
                off.Add(term); // so that a compound switched off ("world-renowned") is not found by its form either
            }
        }

        foreach (string term in extraTerms)
        {
            peacocks.Add(term, true);
        }

        var ranked = EmbeddedRuleData.Strings(root, "irregular").Concat(EmbeddedRuleData.Strings(root, "estSuperlatives")).ToArray();
        var adjectives = EmbeddedRuleData.Strings(root, "mostAdjectives").ToArray();
        var rankingWords = EmbeddedRuleData.Strings(root.GetProperty("rankingWords"), "terms").ToArray();
        known.AddRange(ranked);
        known.AddRange(adjectives);
        known.AddRange(rankingWords);

        var support = root.GetProperty("support");
        var frame = root.GetProperty("rankingFrame");
        var timeBound = root.GetProperty("splitRecord").GetProperty("timeBound");
        var lexicon = new SuperlativeLexicon
        {
            Ranked = new WordSet(ranked.Where(w => On(w, true))),
            Intensifiers = new WordSet(EmbeddedRuleData.Strings(root, "intensifiers")),
            FrequencyAdverbs = new WordSet(EmbeddedRuleData.Strings(root, "frequencyAdverbs")),
            MostAdjectives = new WordSet(adjectives.Where(w => On(w, true))),
            Adjectives = BrownAdjectives.Value,
            AdjectiveSuffixes = [.. EmbeddedRuleData.Strings(root.GetProperty("adjectiveSuffixes"), "endings")],
            NotSuperlatives = new WordSet(EmbeddedRuleData.Strings(root.GetProperty("estForms"), "except").Concat(off)),
            CompoundHeads = new WordSet(EmbeddedRuleData.Strings(root.GetProperty("compounds"), "heads")),
            CompoundOrdinalHeads = new WordSet(EmbeddedRuleData.Strings(root.GetProperty("compounds"), "ordinalHeads")),
            HeadTails = root.GetProperty("compounds").GetProperty("headTails").EnumerateObject()
                .ToDictionary(head => head.Name, head => new WordSet(head.Value.EnumerateArray().Select(tail => tail.GetString()!)), StringComparer.OrdinalIgnoreCase),
            AreaNouns = new WordSet(EmbeddedRuleData.Strings(frame, "areaNouns")),
            ClassSuperlatives = Table(EmbeddedRuleData.Strings(frame, "classSuperlatives")),
            ClassNouns = new WordSet(EmbeddedRuleData.Strings(frame, "classNouns")),
            ClassVerbs = new WordSet(EmbeddedRuleData.Strings(frame, "classVerbs")),
            ClassPrepositions = new WordSet(EmbeddedRuleData.Strings(frame, "classPrepositions")),
            IrregularParticiples = new WordSet(EmbeddedRuleData.Strings(root.GetProperty("compounds"), "irregularParticiples")),
            PostnominalFollowers = new WordSet(EmbeddedRuleData.Strings(frame, "postnominalFollowers")),
            Aspirations = new WordSet(EmbeddedRuleData.Strings(frame, "aspirations")),
            SplitRecordWords = new WordSet(EmbeddedRuleData.Strings(root.GetProperty("splitRecord"), "words")),
            SplitRecordClosers = Table(EmbeddedRuleData.Strings(root.GetProperty("splitRecord"), "closers")),
            SplitRecordWindow = root.GetProperty("splitRecord").GetProperty("window").GetInt32(),
            TimeBoundRecordWords = new WordSet(EmbeddedRuleData.Strings(timeBound, "words")),
            TimeBoundReach = timeBound.GetProperty("reach").GetInt32(),
            TimeBoundStops = new WordSet(EmbeddedRuleData.Strings(timeBound, "stops")),
            HistoryQualifiers = new WordSet(EmbeddedRuleData.Strings(timeBound, "historyQualifiers")),
            TimeBoundNotAfter = new WordSet(EmbeddedRuleData.Strings(timeBound, "notAfter")),
            OrderedParts = new WordSet(EmbeddedRuleData.Strings(timeBound, "parts")),
            SpanScopeUnits = new WordSet(EmbeddedRuleData.Strings(frame.GetProperty("spanScopeUnits"), "units")),
            RankingWordTerms = new WordSet(EmbeddedRuleData.Strings(root.GetProperty("rankingWords"), "notBefore")),
            PeriodExtremes = new WordSet(EmbeddedRuleData.Strings(root.GetProperty("periodExtremes"), "words")),
            PeriodExtremeFollowers = new WordSet(EmbeddedRuleData.Strings(root.GetProperty("periodExtremes"), "followers")),
            AsVerbs = new WordSet(EmbeddedRuleData.Strings(frame, "asVerbs")),
            ComplementVerbs = new WordSet(EmbeddedRuleData.Strings(frame.GetProperty("complementVerbs"), "verbs")),
            ComplementObjects = new WordSet(EmbeddedRuleData.Strings(frame.GetProperty("complementVerbs"), "objects")),
            OvertakeVerbs = new WordSet(EmbeddedRuleData.Strings(frame, "overtakeVerbs")),
            CountFrames = new WordSet(EmbeddedRuleData.Strings(frame, "countFrames")),
            PositionSuperlatives = new WordSet(EmbeddedRuleData.Strings(frame, "positionSuperlatives")),
            WeaselSubjects = new WordSet(EmbeddedRuleData.Strings(support, "weaselSubjects")),
            UnnamedSubjects = new WordSet(EmbeddedRuleData.Strings(support, "unnamedSubjects")),
            UnnamedModifiers = new WordSet(EmbeddedRuleData.Strings(support, "unnamedModifiers")),
            PassiveMarkers = new WordSet(EmbeddedRuleData.Strings(support, "passiveMarkers")),
            DisputeMarkers = [.. EmbeddedRuleData.Strings(support, "disputeMarkers")],
            ComparedEventVerbs = new WordSet(EmbeddedRuleData.Strings(support, "comparedEventVerbs")),
            SpeechVerbs = new WordSet(EmbeddedRuleData.Strings(support.GetProperty("speechVerbs"), "verbs")),
            ReportedObjectVerbs = new WordSet(EmbeddedRuleData.Strings(support.GetProperty("reportedObjectVerbs"), "verbs")),
            SpeakerSubjectBreakers = new WordSet(EmbeddedRuleData.Strings(support.GetProperty("speechVerbs"), "subjectBreakers")),
            QuoteVerbs = new WordSet(EmbeddedRuleData.Strings(support, "quoteVerbs")),
            OpinionVerbs = new WordSet(EmbeddedRuleData.Strings(support, "opinionVerbs")),
            SelfSubjects = new WordSet(EmbeddedRuleData.Strings(support, "selfSubjects")),
            ExperienceSubjects = new WordSet(EmbeddedRuleData.Strings(support, "experienceSubjects")),
            ExperiencePronouns = new WordSet(EmbeddedRuleData.Strings(support.GetProperty("everExperienced"), "pronouns")),
            ExperienceAuxiliaries = new WordSet(EmbeddedRuleData.Strings(support.GetProperty("everExperienced"), "auxiliaries")),
            NotScopesAfterOf = new WordSet(EmbeddedRuleData.Strings(frame, "notScopesAfterOf")),
            NotPlaces = new WordSet(EmbeddedRuleData.Strings(frame, "notPlaces")),
            RegionAdjectives = new WordSet(EmbeddedRuleData.Strings(frame.GetProperty("regionAdjectives"), "words")),
            GroupScopes = new WordSet(EmbeddedRuleData.Strings(frame.GetProperty("groupScopes"), "words")),
            LifeOwners = new WordSet(EmbeddedRuleData.Strings(support.GetProperty("lifeScope"), "owners")),
            LifeWords = new WordSet(EmbeddedRuleData.Strings(support.GetProperty("lifeScope"), "words")),
            RankingWords = new WordSet(rankingWords.Where(w => On(w, true))),
            SetWords = [.. EmbeddedRuleData.Strings(frame, "setWords").Select(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries))],
            Copulas = new WordSet(EmbeddedRuleData.Strings(frame, "copulas")),
            SelfPossessives = new WordSet(EmbeddedRuleData.Strings(frame, "selfPossessives")),
            PossessionVerbs = new WordSet(EmbeddedRuleData.Strings(frame, "possessionVerbs")),
            OutcomeVerbs = new WordSet(EmbeddedRuleData.Strings(frame.GetProperty("outcomeVerbs"), "verbs")),
            ConferringVerbs = new WordSet(EmbeddedRuleData.Strings(frame, "conferringVerbs")),
            PlaceOwners = new WordSet(EmbeddedRuleData.Strings(frame, "placeOwners")),
            Openers = new WordSet(EmbeddedRuleData.Strings(frame, "openers")),
            PossessionBlockers = new WordSet(EmbeddedRuleData.Strings(frame, "possessionBlockers")),
            PossessiveDeterminers = new WordSet(EmbeddedRuleData.Strings(frame, "possessiveDeterminers")),
            Ordinals = new WordSet(EmbeddedRuleData.Strings(frame, "ordinals")),
            RankOrdinals = new WordSet(EmbeddedRuleData.Strings(frame, "rankOrdinals")),
            PartitiveDeterminers = new WordSet(EmbeddedRuleData.Strings(frame, "partitiveDeterminers")),
            FamilyPositions = new WordSet(EmbeddedRuleData.Strings(root.GetProperty("familyPositions"), "words")),
            FamilyMembers = new WordSet(EmbeddedRuleData.Strings(root.GetProperty("familyPositions"), "members")),
            DegreeNouns = new WordSet(EmbeddedRuleData.Strings(root.GetProperty("degreeNouns"), "nouns")),
            DegreeSuperlatives = new WordSet(EmbeddedRuleData.Strings(root.GetProperty("degreeNouns"), "superlatives")),
            HierarchyWords = new WordSet(EmbeddedRuleData.Strings(root.GetProperty("hierarchy"), "words")),
            HierarchyNouns = new WordSet(EmbeddedRuleData.Strings(root.GetProperty("hierarchy"), "nouns")),
            AdviceNouns = new WordSet(EmbeddedRuleData.Strings(root.GetProperty("advice"), "nouns")),
            AdviceUsage = new WordSet(EmbeddedRuleData.Strings(root.GetProperty("advice"), "usage")),
            AdviceFollowers = new WordSet(EmbeddedRuleData.Strings(root.GetProperty("advice"), "followers")),
            Adverbs = new WordSet(EmbeddedRuleData.Strings(frame, "adverbs")),
            Subordinators = new WordSet(EmbeddedRuleData.Strings(frame, "subordinators")),
            Conjunctions = new WordSet(EmbeddedRuleData.Strings(frame, "conjunctions")),
            Contractions = ClaimText.Contractions,
            TimeUnits = new WordSet(EmbeddedRuleData.Strings(support, "timeUnits")),
            SourceWords = new WordSet(EmbeddedRuleData.Strings(support, "sourceWords")),
            UnmeasuredQualities = new WordSet(EmbeddedRuleData.Strings(support.GetProperty("unmeasuredQualities"), "words")),
            ClockWords = new WordSet(EmbeddedRuleData.Strings(support, "clockWords")),
            NotGluedUnits = new WordSet(EmbeddedRuleData.Strings(support, "notGluedUnits")),
            ReportContinuers = new WordSet(EmbeddedRuleData.Strings(support, "reportContinuers")),
            NotParticiples = new WordSet(EmbeddedRuleData.Strings(support, "notParticiples")),
            NotMeasureUnits = new WordSet(EmbeddedRuleData.Strings(support, "notMeasureUnits")),
            ComparisonScope = Table(EmbeddedRuleData.Strings(frame, "comparisonScope")),
            Peacocks = peacocks,
            ListWords = new WordSet(listWords),
            SetPhrases = SetPhraseTable(EmbeddedRuleData.Strings(root, "setPhrases").Concat(extraSetPhrases), EmbeddedRuleData.Strings(root.GetProperty("rankedAfterThe"), "phrases")),
            ProperNames = Table(EmbeddedRuleData.Strings(root, "properNames")),
            SpeakerPossessives = new WordSet(EmbeddedRuleData.Strings(root.GetProperty("speakerPossessives"), "terms")),
            Attribution = Table(EmbeddedRuleData.Strings(support, "attribution").Concat(extraAttribution)),
            Quantities = Table(EmbeddedRuleData.Strings(support, "quantities")),
            Measures = RankedMeasures.Read(support.GetProperty("measures"), new WordSet(EmbeddedRuleData.Strings(support, "timeUnits")), new WordSet(EmbeddedRuleData.Strings(frame, "partitiveDeterminers")), new WordSet(EmbeddedRuleData.Strings(support, "distanceUnits"))),
            KnownTerms = new WordSet(known),
        };
        lexicon.IndexWords(ranked.Where(w => On(w, true)), EmbeddedRuleData.Strings(root, "intensifiers"), rankingWords.Where(w => On(w, true)));
        return lexicon;
    }

    private void IndexWords(IEnumerable<string> ranked, IEnumerable<string> intensifiers, IEnumerable<string> rankingWords)
    {
        kinds = new Dictionary<string, SuperlativeWordKind>(StringComparer.OrdinalIgnoreCase);
        void Mark(IEnumerable<string> words, SuperlativeWordKind kind)
        {
            foreach (string word in words)
            {
                string key = WordSet.Normalize(word);
                kinds[key] = kinds.GetValueOrDefault(key) | kind;
            }
        }

        Mark(SetPhrases.FirstWords, SuperlativeWordKind.SetPhrase);
        Mark(ProperNames.FirstWords, SuperlativeWordKind.ProperName);
        Mark(Peacocks.FirstWords, SuperlativeWordKind.Peacock);
        Mark(ranked, SuperlativeWordKind.Ranked);
        Mark(intensifiers, SuperlativeWordKind.Intensifier);
        Mark(rankingWords, SuperlativeWordKind.RankingWord);
        Mark(SplitRecordWords.Words.Concat(TimeBoundRecordWords.Words), SuperlativeWordKind.SplitRecord);
        kindLookup = kinds.GetAlternateLookup<ReadOnlySpan<char>>();
        headTailLookup = HeadTails.GetAlternateLookup<ReadOnlySpan<char>>();
        prefilter = new WordPrefilter(kinds.Keys);
        claimPrefilter = new WordPrefilter(kinds.Where(k => (k.Value & ClaimKinds) != 0).Select(k => k.Key));
    }

    /// <summary>
    /// The set phrases, each with whether it ranks after "the" and before a noun. Those that do are added first, so that
    /// one also listed among the others (or added by a user's <c>extraSetPhrases</c>) keeps its ranking reading: of two
    /// phrases of one length, the first added matches.
    /// </summary>
    private static PhraseTable<bool> SetPhraseTable(IEnumerable<string> phrases, IEnumerable<string> rankedAfterThe)
    {
        var table = new PhraseTable<bool>();
        foreach (string phrase in rankedAfterThe)
        {
            table.Add(phrase, true);
        }

        foreach (string phrase in phrases)
        {
            table.Add(phrase, false);
        }

        return table;
    }

    private static PhraseTable<bool> Table(IEnumerable<string> phrases) => PhraseTable<bool>.Of(phrases, true);
}
