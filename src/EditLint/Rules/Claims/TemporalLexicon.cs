using System.Text.Json;

namespace EditLint.Rules.Claims;

/// <summary>The absolute form EL2002 can offer for a term when the document has a date.</summary>
internal enum TemporalFixKind
{
    None,

    /// <summary>"this year" → "in 2016"; the offset moves the year.</summary>
    Year,

    /// <summary>"last month" → "in December 2015"; the offset moves the month.</summary>
    Month,

    /// <summary>"currently" → "as of January 2016".</summary>
    AsOf,

    /// <summary>"yesterday" → "on Tuesday" within a week, "two weeks ago" → "on Feb. 18"; the offset is in days.</summary>
    Day,

    /// <summary>"last September" → "in September 2014"; the offset says last (-1), this (0) or next (+1).</summary>
    NamedMonth,
}

/// <summary>One relative time reference of EL2002, as <c>rules/EL2002.temporal.json</c> describes it.</summary>
/// <remarks><see cref="ExceptAtEnd"/>: the term is skipped when nothing but punctuation follows it (a noun, not an adjective).</remarks>
internal sealed record TemporalTerm(
    string Text,
    bool WithArticle,
    IReadOnlyList<string[]> ExceptPrecededBy,
    WordSet ExceptFollowedBy,
    bool ExceptAtEnd,
    TemporalFixKind Fix,
    int Offset,
    string Note)
{
    /// <summary>For <see cref="TemporalFixKind.NamedMonth"/>: the month, 1 to 12.</summary>
    public int Month { get; init; }

    /// <summary>"night" in "tonight" and "last night", "morning" in "this morning": said after the weekday in a fix.</summary>
    public string? DayPart { get; init; }

    /// <summary>A word of the day itself ("yesterday", "tonight", "this morning"), which a same-day story's dateline anchors (setting <c>dateline</c>).</summary>
    public bool IsDayWord { get; init; }

    /// <summary>The term is skipped before a comma (<c>exceptFollowedBy</c> holds ","): "If present, ...", "past, present, and future".</summary>
    public bool ExceptBeforeComma { get; init; }

    /// <summary>
    /// In a document with code, the nouns the term must come before to be flagged ("the current release"): there it names
    /// the product's state as of writing, and before any other noun the moment a program runs ("the current process").
    /// Null for a term read the same everywhere.
    /// </summary>
    public WordSet? ProductNouns { get; init; }

    /// <summary>
    /// In a document with code, words or short phrases before the term that make it something else: a standing pointer
    /// ("Get the latest version"), a program's moment ("the currently selected item"), a pointer into the text ("explained shortly").
    /// </summary>
    public IReadOnlyList<string[]> InCodeDocumentsExceptPrecededBy { get; init; } = [];

    /// <summary>
    /// When set, the term after one of <see cref="InCodeDocumentsExceptPrecededBy"/> is something else only before one of
    /// these words, a program's moment ("the currently selected item"); before any other ("the currently supported
    /// platforms") it stays flagged.
    /// </summary>
    public WordSet? InCodeDocumentsExceptBefore { get; init; }
}

/// <summary>
/// The terms of EL2002 from <c>rules/EL2002.temporal.json</c>, with the per-term switches and extra terms of
/// <c>editlint.json</c> applied, in a phrase table keyed by first word. Built once per engine.
/// </summary>
internal sealed class TemporalLexicon
{
    public const string DataFile = "EL2002.temporal.json";

    /// <summary>In <c>exceptFollowedBy</c>: the end of the sentence or a punctuation mark other than a comma ("fight the current.").</summary>
    public const string EndOfSentence = "$";

    /// <summary>In <c>exceptFollowedBy</c>: a comma ("If present, the field names the address").</summary>
    public const string Comma = ",";

    private static readonly Lazy<JsonDocument> Data = new(() => EmbeddedRuleData.Load(DataFile));
    private static readonly Lazy<(TemporalTerm Term, bool Enabled)[]> All = new(Load);
    private static readonly Lazy<AbsoluteDateDetector> DateDetector = new(LoadDates);
    private static readonly WordSet NoWords = new([]);

    private TemporalLexicon(PhraseTable<TemporalTerm> terms, RelativeTimeGrammar grammar)
    {
        Terms = terms;
        Grammar = grammar;
        Anchors = terms.LastWords is { } lastWords ? new WordSet(lastWords.Concat(grammar.Triggers)) : null;
    }

    /// <summary>
    /// A word that every reference the rule finds holds: a listed term's last word or a word the grammar starts from.
    /// Most sentences hold none, and are then not read term by term. Null when an extra term of numbers alone leaves no
    /// such word: then every sentence is read.
    /// </summary>
    public WordSet? Anchors { get; }

    public PhraseTable<TemporalTerm> Terms { get; }

    /// <summary>The references built by shape rather than listed: "three years ago", "last September", "in the past two weeks".</summary>
    public RelativeTimeGrammar Grammar { get; }

    /// <summary>Finds absolute dates, with the word lists of the data file's <c>dates</c> section.</summary>
    public AbsoluteDateDetector Dates => DateDetector.Value;

    /// <summary>
    /// Whether <paramref name="word"/> is itself a term of the data file written with a hyphen ("present-day",
    /// "year-end"), on or off: the term's own switch decides it, not the one-word term before its hyphen.
    /// </summary>
    public static bool IsListedCompound(ReadOnlySpan<char> word) => ListedCompounds.Value.Contains(word);

    private static readonly Lazy<WordSet> ListedCompounds = new(() => new WordSet(All.Value.Select(t => t.Term.Text).Where(t => t.Contains('-') && !t.Contains(' '))));

    public static IEnumerable<string> KnownTerms => All.Value.Select(t => t.Term.Text).Concat(RelativeTimeGrammar.Shapes);

    public static TemporalLexicon Create(IReadOnlyDictionary<string, bool> switches, IEnumerable<string> extraTerms)
    {
        var table = new PhraseTable<TemporalTerm>();
        foreach (var (term, enabled) in All.Value)
        {
            if (switches.TryGetValue(term.Text, out bool on) ? on : enabled)
            {
                table.Add(term.Text, term);
            }
        }

        foreach (string extra in extraTerms)
        {
            table.Add(extra, new TemporalTerm(extra, false, [], NoWords, false, TemporalFixKind.None, 0, "Added in editlint.json."));
        }

        var grammar = RelativeTimeGrammar.Create(Data.Value.RootElement.GetProperty("grammar"), shape => !switches.TryGetValue(shape, out bool on) || on);
        return new TemporalLexicon(table, grammar);
    }

    private static (TemporalTerm, bool)[] Load() =>
        [.. Data.Value.RootElement.GetProperty("terms").EnumerateArray().Select(e => (TermOf(e), e.GetProperty("enabled").GetBoolean()))];

    private static TemporalTerm TermOf(JsonElement e)
    {
        string[] followers = [.. EmbeddedRuleData.Strings(e, "exceptFollowedBy")];
        var fix = FixOf(e);
        return new TemporalTerm(
            e.GetProperty("term").GetString()!,
            e.TryGetProperty("withArticle", out var article) && article.GetBoolean(),
            Phrases(e, "exceptPrecededBy"),
            new WordSet(followers.Where(w => w is not (EndOfSentence or Comma))),
            followers.Contains(EndOfSentence),
            fix,
            e.TryGetProperty("offset", out var offset) ? offset.GetInt32() : 0,
            e.TryGetProperty("note", out var note) ? note.GetString() ?? string.Empty : string.Empty)
        {
            DayPart = e.TryGetProperty("dayPart", out var part) ? part.GetString() : null,
            IsDayWord = fix == TemporalFixKind.Day,
            ExceptBeforeComma = followers.Contains(Comma),
            ProductNouns = e.TryGetProperty("inCodeDocumentsOnlyBefore", out _) ? new WordSet(EmbeddedRuleData.Strings(e, "inCodeDocumentsOnlyBefore")) : null,
            InCodeDocumentsExceptPrecededBy = Phrases(e, "inCodeDocumentsExceptPrecededBy"),
            InCodeDocumentsExceptBefore = e.TryGetProperty("inCodeDocumentsExceptBefore", out _) ? new WordSet(EmbeddedRuleData.Strings(e, "inCodeDocumentsExceptBefore")) : null,
        };
    }

    /// <summary>A data list of words or short phrases, each split into its words: "at the" becomes ["at", "the"].</summary>
    private static string[][] Phrases(JsonElement e, string property) =>
        [.. EmbeddedRuleData.Strings(e, property).Select(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries))];

    private static AbsoluteDateDetector LoadDates()
    {
        var dates = Data.Value.RootElement.GetProperty("dates");
        WordSet Words(string key) => new(EmbeddedRuleData.Strings(dates, key));
        return new AbsoluteDateDetector(Words("months"), Words("needNumber"), Words("yearLeads"), Words("countedNouns"), Words("relativeLeads"));
    }

    private static TemporalFixKind FixOf(JsonElement entry) =>
        entry.TryGetProperty("fix", out var fix) ? fix.GetString() switch
        {
            "year" => TemporalFixKind.Year,
            "month" => TemporalFixKind.Month,
            "asOf" => TemporalFixKind.AsOf,
            "day" => TemporalFixKind.Day,
            var other => throw new InvalidOperationException($"Unknown fix kind '{other}' in {DataFile}."),
        }
        : TemporalFixKind.None;
}
