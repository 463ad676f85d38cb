using System.Text.Json;
using EditLint.Documents;

namespace EditLint.Rules.Claims;

/// <summary>
/// The relative time references of EL2002 that are built rather than listed: a counted span before "ago"
/// ("three years ago", "just weeks ago"), a calendar unit or month named from today ("this year’s", "last
/// September", "next spring", "last night"), a span counted from today ("in the past two weeks", "over the
/// coming decade", "these past 100 days", "the years ahead"), a part of the present period ("by the end of the
/// year"), "now" as a claim about the present, and "for several years now". The words come from the
/// <c>grammar</c> section of <c>rules/EL2002.temporal.json</c>; the shapes are here.
/// </summary>
internal sealed class RelativeTimeGrammar
{
    /// <summary>The names by which the <c>terms</c> setting switches each shape on or off.</summary>
    public const string AgoTerm = "# units ago";
    public const string NamedTerm = "this/last/next <unit>";
    public const string MonthTerm = "last/this/next <month>";
    public const string SpanTerm = "the past/next # units";
    public const string AheadTerm = "the <units> ahead";
    public const string PeriodTerm = "the end of the <unit>";
    public const string NowTerm = "now";
    public const string UnitsNowTerm = "for # units now";
    public const string InAFewTerm = "in a few <units>";
    public const string NotYetTerm = "not yet <state>";

    public static readonly string[] Shapes = [AgoTerm, NamedTerm, MonthTerm, SpanTerm, AheadTerm, PeriodTerm, NowTerm, UnitsNowTerm, InAFewTerm, NotYetTerm];

    private readonly Dictionary<string, (UnitKind Kind, bool Plural)> units;
    private readonly Dictionary<string, (UnitKind Kind, bool Plural)>.AlternateLookup<ReadOnlySpan<char>> unitLookup;
    private readonly Dictionary<string, int> months;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> monthLookup;
    private readonly WordSet dayParts;
    private readonly WordSet unitQualifiers;
    private readonly WordSet counts;
    private readonly WordSet hedges;
    private readonly WordSet determiners;
    private readonly WordSet spanPrepositions;
    private readonly WordSet futureMarkers;
    private readonly WordSet clauseOpeners;
    private readonly PresentTimeWords present;
    private readonly WordSet triggers;
    private readonly HashSet<string> enabled;
    private readonly IReadOnlyDictionary<string, string> notes;

    private RelativeTimeGrammar(JsonElement grammar, ISet<string> enabledShapes)
    {
        units = new Dictionary<string, (UnitKind, bool)>(StringComparer.OrdinalIgnoreCase);
        foreach (var unit in grammar.GetProperty("units").EnumerateObject())
        {
            var kind = Enum.Parse<UnitKind>(unit.Value.GetProperty("kind").GetString()!, ignoreCase: true);
            units[unit.Name] = (kind, false);
            units[unit.Value.GetProperty("plural").GetString()!] = (kind, true);
        }

        unitLookup = units.GetAlternateLookup<ReadOnlySpan<char>>();
        months = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        int number = 0;
        foreach (string month in EmbeddedRuleData.Strings(grammar, "months"))
        {
            months[month] = ++number;
        }

        monthLookup = months.GetAlternateLookup<ReadOnlySpan<char>>();
        dayParts = Words(grammar, "dayParts");
        unitQualifiers = Words(grammar, "unitQualifiers");
        counts = Words(grammar, "counts");
        hedges = Words(grammar, "hedges");
        determiners = Words(grammar, "determiners");
        spanPrepositions = Words(grammar, "spanPrepositions");
        futureMarkers = Words(grammar, "futureMarkers");
        clauseOpeners = Words(grammar, "clauseOpeners");
        present = new PresentTimeWords(grammar);
        // "the" and "these" are not triggers: a span is sought from the word after them ("past", "coming", "last",
        // "next"), which is far rarer than "the" in running text.
        triggers = new WordSet(["ago", "back", "hence", "this", "last", "next", "past", "coming", "now", "ahead", "come", "few", "couple", "several", "yet", .. EmbeddedRuleData.Strings(grammar, "periodParts")]);
        enabled = [.. enabledShapes];
        notes = grammar.GetProperty("notes").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString() ?? string.Empty);
    }

    /// <summary>The words every shape is sought from ("ago", "last", "now", "past"): a sentence without one holds no shape.</summary>
    public IEnumerable<string> Triggers => triggers.Words;

    private enum UnitKind
    {
        Day,
        Week,
        Month,
        Year,
        Decade,
        Century,
        Other,
    }

    public static RelativeTimeGrammar Create(JsonElement grammar, Func<string, bool> isOn) =>
        new(grammar, Shapes.Where(isOn).ToHashSet());

    /// <summary>Adds every reference the grammar finds in the sentence; overlaps with listed terms are settled by the caller.</summary>
    public void Find(Document document, Sentence sentence, List<TemporalMatch> into)
    {
        if (enabled.Count == 0)
        {
            return;
        }

        var tokens = sentence.Tokens;
        for (int i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].IsWord)
            {
                continue;
            }

            var word = document.GetText(tokens[i]);
            if (!triggers.Contains(word))
            {
                continue;
            }

            if (Is(word, "ago") || Is(word, "hence") || (Is(word, "back") && IsCountedUnitBefore(document, tokens, i)))
            {
                TryAgo(document, tokens, i, into, forward: Is(word, "hence"));
            }
            else if (Is(word, "now"))
            {
                TryNow(document, sentence, i, into);
            }
            else if (Is(word, "yet"))
            {
                TryNotYet(document, tokens, i, into);
            }
            else if (Is(word, "ahead") || (Is(word, "come") && ClaimText.IsWord(document, tokens, i - 1, "to")))
            {
                TryAhead(document, tokens, i, into);
            }
            else if (Is(word, "past") || Is(word, "coming") || Is(word, "last") || Is(word, "next"))
            {
                int previous = ClaimText.PreviousWord(tokens, i);
                if (ClaimText.IsWord(document, tokens, previous, "the") || ClaimText.IsWord(document, tokens, previous, "these"))
                {
                    TrySpan(document, tokens, previous, into);
                }
                else if (!Is(word, "past") && !Is(word, "coming"))
                {
                    TryNamed(document, tokens, i, into);
                }
            }
            else if (Is(word, "this"))
            {
                TryNamed(document, tokens, i, into);
            }
            else if (Is(word, "few") || Is(word, "couple") || Is(word, "several"))
            {
                TryInAFew(document, tokens, i, into);
            }
            else
            {
                TryPeriod(document, tokens, i, into);
            }
        }
    }

    /// <summary>"three years ago", "a year and a half ago", "just weeks ago", "not long ago"; forward, "three weeks hence".</summary>
    private void TryAgo(Document document, TokenList tokens, int ago, List<TemporalMatch> into, bool forward)
    {
        if (!enabled.Contains(AgoTerm))
        {
            return;
        }

        int start = ago;
        int k = ago - 1;
        UnitKind? unit = null;
        int? count = null;
        bool counted = true;
        if (k >= 3 && ClaimText.IsWord(document, tokens, k, "half") && ClaimText.IsWord(document, tokens, k - 1, "a") && ClaimText.IsWord(document, tokens, k - 2, "and"))
        {
            k -= 3; // "a year and a half ago"
            counted = false;
        }

        for (; k >= 0 && tokens[k].Kind is TokenKind.Word or TokenKind.Number; k--)
        {
            var text = document.GetText(tokens[k]);
            if (unit is null && UnitOf(text) is { } u)
            {
                unit = u;
            }
            else if (unit is not null && (tokens[k].Kind == TokenKind.Number || counts.Contains(text)))
            {
                if (count is null && CountOf(text) is { } n)
                {
                    count = n;
                }
                else
                {
                    counted = false;
                }
            }
            else if (unit is not null && (Is(text, "half") || (Is(text, "and") && (ClaimText.IsWord(document, tokens, k + 1, "a") || ClaimText.IsWord(document, tokens, k + 1, "half")))))
            {
                counted = false; // "two and a half years ago"
            }
            else if (unit is null && (Is(text, "long") || Is(text, "while")) && k > 0 && tokens[k - 1].IsWord && (ClaimText.IsWord(document, tokens, k - 1, "not") || ClaimText.IsWord(document, tokens, k - 1, "a")))
            {
                start = k - 1;
                unit = UnitKind.Other;
                counted = false;
                break;
            }
            else if (unit is not null && hedges.Contains(text))
            {
                counted = false;
            }
            else
            {
                break;
            }

            start = k;
        }

        if (unit is not { } kind)
        {
            return;
        }

        if (ClaimText.IsWord(document, tokens, start, "of"))
        {
            if (start > 0 && tokens[start - 1].IsWord && VagueMultitudes.Contains(document.GetText(tokens[start - 1]).ToString(), StringComparer.OrdinalIgnoreCase))
            {
                return; // "millions of years ago": too vague to date, and no claim about the present
            }

            start++; // "specialists of some years ago"
        }

        var (fix, offset) = counted && count is { } c ? AgoFix(kind, forward ? -c : c) : (TemporalFixKind.None, 0);
        Add(into, tokens, start, ago + 1, AgoTerm, fix, offset);
    }

    /// <summary>
    /// "two weeks back", "a couple of years back", "years back": a unit with a count before it, or a plural of days to
    /// centuries; "spring back", "the value falls back" are verbs.
    /// </summary>
    private bool IsCountedUnitBefore(Document document, TokenList tokens, int back)
    {
        int unit = back - 1;
        if (unit < 0 || !tokens[unit].IsWord || UnitOf(document.GetText(tokens[unit])) is not { } kind)
        {
            return false;
        }

        return CountStart(document, tokens, unit) < unit || (kind != UnitKind.Other && IsPlural(document.GetText(tokens[unit])));
    }

    private static (TemporalFixKind, int) AgoFix(UnitKind unit, int count) => unit switch
    {
        UnitKind.Day => (TemporalFixKind.Day, -count),
        UnitKind.Week => (TemporalFixKind.Day, -7 * count),
        UnitKind.Month => (TemporalFixKind.Month, -count),
        UnitKind.Year => (TemporalFixKind.Year, -count),
        UnitKind.Decade => (TemporalFixKind.Year, -10 * count),
        _ => (TemporalFixKind.None, 0),
    };

    /// <summary>
    /// "in the past two weeks", "over the last 10 years", "the past year", "these past 100 days", "in the coming
    /// year", "over the next three months". "the last"/"the next" count only with a number or after a
    /// preposition of span ("in", "over", "during"): "the next day" and "the last year of his term" are not from today.
    /// </summary>
    private void TrySpan(Document document, TokenList tokens, int determiner, List<TemporalMatch> into)
    {
        int k = determiner + 1;
        if (!enabled.Contains(SpanTerm) || k >= tokens.Count || !tokens[k].IsWord)
        {
            return;
        }

        var which = document.GetText(tokens[k]);
        bool past = Is(which, "past");
        bool coming = Is(which, "coming");
        bool lastOrNext = Is(which, "last") || Is(which, "next");
        if (!past && !coming && !lastOrNext)
        {
            return;
        }

        k++;
        bool hasCount = false;
        while (k < tokens.Count && (tokens[k].Kind == TokenKind.Number || (tokens[k].IsWord && IsCountWord(document.GetText(tokens[k]), hasCount))
            || (hasCount && IsRangeJoin(document, tokens, k))))
        {
            hasCount = true;
            k++;
        }

        k = AfterQualifier(document, tokens, k);
        if (k >= tokens.Count || !tokens[k].IsWord || UnitOf(document.GetText(tokens[k])) is null)
        {
            return;
        }

        int end = k + 1;
        if (lastOrNext)
        {
            int previous = ClaimText.PreviousWord(tokens, determiner);
            bool afterPreposition = previous >= 0 && spanPrepositions.Contains(document.GetText(tokens[previous]));
            if ((!hasCount && !afterPreposition) || ClaimText.IsWord(document, tokens, end, "of"))
            {
                return;
            }
        }

        int start = determiner;
        int before = ClaimText.PreviousWord(tokens, determiner);
        if (before >= 0 && spanPrepositions.Contains(document.GetText(tokens[before])))
        {
            start = before;
        }

        Add(into, tokens, start, end, SpanTerm, TemporalFixKind.None, 0);
    }

    /// <summary>"or", "to" between two counts: "the last three or four years", "the past 10 to 15 years".</summary>
    private bool IsRangeJoin(Document document, TokenList tokens, int k) =>
        (ClaimText.IsWord(document, tokens, k, "or") || ClaimText.IsWord(document, tokens, k, "to")) && k + 1 < tokens.Count
        && (tokens[k + 1].Kind == TokenKind.Number || (tokens[k + 1].IsWord && IsCountWord(document.GetText(tokens[k + 1]), true)));

    /// <summary>"this year’s", "last week", "next spring", "this past year", "this morning", "last night", "last September".</summary>
    private void TryNamed(Document document, TokenList tokens, int determiner, List<TemporalMatch> into)
    {
        var det = document.GetText(tokens[determiner]);
        int previous = ClaimText.PreviousWord(tokens, determiner);
        if (previous >= 0 && determiners.Contains(document.GetText(tokens[previous])))
        {
            return; // "the last week", "his next year": not named from today
        }

        if (previous >= 0 && ClaimText.IsPossessive(document.GetText(tokens[previous]), ClaimText.Contractions))
        {
            return; // "the team's last season"
        }

        int k = determiner + 1;
        if (ClaimText.IsWord(document, tokens, k, "past") || ClaimText.IsWord(document, tokens, k, "coming"))
        {
            k++;
        }

        int unitAt = AfterQualifier(document, tokens, k);
        bool qualified = unitAt != k;
        k = unitAt;
        if (k >= tokens.Count || !tokens[k].IsWord)
        {
            return;
        }

        var noun = document.GetText(tokens[k]);
        int offset = Is(det, "last") ? -1 : Is(det, "next") ? 1 : 0;
        if (!qualified && MonthOf(noun) is { } month && ClaimText.StartsUpper(noun))
        {
            if (!enabled.Contains(MonthTerm) || (k + 1 < tokens.Count && tokens[k + 1].Kind == TokenKind.Number))
            {
                return; // "last September 12" or "next March 2017" is a date
            }

            Add(into, tokens, determiner, k + 1, MonthTerm, TemporalFixKind.NamedMonth, offset, month);
            return;
        }

        if (!enabled.Contains(NamedTerm) || ClaimText.IsWord(document, tokens, k + 1, "of"))
        {
            return; // "last week of school"
        }

        var stem = StripPossessive(noun);
        if (!qualified && dayParts.Contains(stem))
        {
            bool night = Is(stem, "night");
            if (Is(det, "next") || (Is(det, "last") && !night))
            {
                return;
            }

            Add(into, tokens, determiner, k + 1, NamedTerm, TemporalFixKind.Day, offset, dayPart: stem.ToString().ToLowerInvariant());
            return;
        }

        if (UnitOf(stem) is not { } unit || (IsPlural(stem) && unit is not (UnitKind.Week or UnitKind.Month or UnitKind.Year)))
        {
            return;
        }

        // "On this day the wind had switched" tells of a day in the story ("to this day" is until now), and
        // "last minute decisions" is an idiom, not a minute counted from today.
        if ((Is(stem, "day") && !ClaimText.IsWord(document, tokens, determiner - 1, "to")) || Is(stem, "minute"))
        {
            return;
        }

        if (IsPlural(stem))
        {
            Add(into, tokens, determiner, k + 1, NamedTerm, TemporalFixKind.None, 0); // "this years festival": a possessive without its apostrophe
            return;
        }

        // "next fiscal year" is not "in 2017": a fiscal or school year has its own bounds, so no date is offered.
        var (fix, fixOffset) = unit switch
        {
            UnitKind.Year when !IsPossessive(noun) && !qualified => (TemporalFixKind.Year, offset),
            UnitKind.Month when !IsPossessive(noun) && !qualified => (TemporalFixKind.Month, offset),
            _ => (TemporalFixKind.None, 0),
        };
        Add(into, tokens, determiner, k + 1, NamedTerm, fix, fixOffset);
    }

    /// <summary>
    /// "the years ahead", "the months ahead"; "in the years to come", "for decades to come" (a plural unit, or one after
    /// "the": "problems to come to light" and "a day to come back" are not spans from today).
    /// </summary>
    private void TryAhead(Document document, TokenList tokens, int ahead, List<TemporalMatch> into)
    {
        bool toCome = Is(document.GetText(tokens[ahead]), "come");
        int unit = toCome ? ahead - 2 : ahead - 1;
        if (!enabled.Contains(AheadTerm) || unit < 1 || !tokens[unit].IsWord || UnitOf(document.GetText(tokens[unit])) is null)
        {
            return;
        }

        int start = CountStart(document, tokens, unit);
        bool afterThe = ClaimText.IsWord(document, tokens, start - 1, "the");
        if (ClaimText.IsWord(document, tokens, ahead + 1, "of"))
        {
            return; // "the days ahead of the vote" are counted from the vote
        }

        if (afterThe)
        {
            start--;
        }
        else if (!toCome || !IsPlural(document.GetText(tokens[unit])))
        {
            return;
        }

        int before = ClaimText.PreviousWord(tokens, start);
        if (toCome && before >= 0 && spanPrepositions.Contains(document.GetText(tokens[before])))
        {
            start = before;
        }

        Add(into, tokens, start, ahead + 1, AheadTerm, TemporalFixKind.None, 0);
    }

    /// <summary>
    /// "could be ready in a few weeks", "will sail in a couple of days", "is expected in several months": a vague count of
    /// units after "in", with a word of the future (a modal, "expected", "due", a contracted "'ll") up to eight words
    /// before it and no word that opens another clause ("who", "that", "said") between, is counted from the day of
    /// writing. A number is not read ("could be paid in ten years" is a duration), nor a span counted from something named
    /// after it ("in a few days after the vote"); "can" is ability, not the future ("can learn Spanish in a few weeks").
    /// </summary>
    private void TryInAFew(Document document, TokenList tokens, int count, List<TemporalMatch> into)
    {
        bool several = Is(document.GetText(tokens[count]), "several");
        int article = several ? count : count - 1;
        int unit = Is(document.GetText(tokens[count]), "couple") && ClaimText.IsWord(document, tokens, count + 1, "of") ? count + 2 : count + 1;
        int preposition = article - 1;
        if (!enabled.Contains(InAFewTerm) || (!several && !ClaimText.IsWord(document, tokens, article, "a"))
            || !ClaimText.IsWord(document, tokens, preposition, "in")
            || unit >= tokens.Count || !tokens[unit].IsWord || UnitOf(document.GetText(tokens[unit])) is null
            || ClaimText.IsWord(document, tokens, unit + 1, "of") || ClaimText.IsWord(document, tokens, unit + 1, "after")
            || ClaimText.IsWord(document, tokens, unit + 1, "before") || ClaimText.IsWord(document, tokens, unit + 1, "from"))
        {
            return;
        }

        for (int k = preposition - 1; k >= 0 && k >= preposition - FutureMarkerReach && tokens[k].IsWord; k--)
        {
            var word = document.GetText(tokens[k]);
            if (futureMarkers.Contains(word) || word.EndsWith("'ll", StringComparison.OrdinalIgnoreCase) || word.EndsWith("\u2019ll", StringComparison.OrdinalIgnoreCase))
            {
                Add(into, tokens, preposition, unit + 1, InAFewTerm, TemporalFixKind.None, 0);
                return;
            }

            if (clauseOpeners.Contains(word))
            {
                return; // "Officials who will meet Friday said the bridge was built in a few weeks"
            }
        }
    }

    /// <summary>How many words before "in a few weeks" the word that makes the clause about the future may stand.</summary>
    private const int FutureMarkerReach = 8;

    /// <summary>The token after a qualifier of a unit ("fiscal" in "this fiscal year"), or <paramref name="k"/> when there is none.</summary>
    private int AfterQualifier(Document document, TokenList tokens, int k) =>
        k + 1 < tokens.Count && tokens[k].IsWord && unitQualifiers.Contains(document.GetText(tokens[k]))
            && tokens[k + 1].IsWord && UnitOf(document.GetText(tokens[k + 1])) is not null ? k + 1 : k;

    /// <summary>"by the end of the year", "the rest of the month", "the start of next year" (the last is a named unit too).</summary>
    private void TryPeriod(Document document, TokenList tokens, int part, List<TemporalMatch> into)
    {
        if (!enabled.Contains(PeriodTerm)
            || !ClaimText.IsWord(document, tokens, part + 1, "of")
            || !ClaimText.IsWord(document, tokens, part + 2, "the")
            || part + 3 >= tokens.Count || !tokens[part + 3].IsWord
            || UnitOf(document.GetText(tokens[part + 3])) is not ({ } unit and not UnitKind.Day and not UnitKind.Other)
            || IsPlural(document.GetText(tokens[part + 3]))
            || (part + 4 < tokens.Count && tokens[part + 4].Kind == TokenKind.Number))
        {
            return;
        }

        int start = ClaimText.IsWord(document, tokens, part - 1, "the") ? part - 1 : part;
        Add(into, tokens, start, part + 4, PeriodTerm, TemporalFixKind.None, 0);
    }

    /// <summary>
    /// "now" as a claim about the present (<see cref="PresentTimeWords.ClaimStart"/>), and "for several years now", a span
    /// counted to the present.
    /// </summary>
    private void TryNow(Document document, Sentence sentence, int now, List<TemporalMatch> into)
    {
        var tokens = sentence.Tokens;
        int previous = ClaimText.PreviousWord(tokens, now);
        if (previous >= 0 && (UnitOf(document.GetText(tokens[previous])) is not null) && enabled.Contains(UnitsNowTerm))
        {
            int start = CountStart(document, tokens, previous);

            if (start < previous && ClaimText.IsWord(document, tokens, start - 1, "for"))
            {
                Add(into, tokens, start - 1, now + 1, UnitsNowTerm, TemporalFixKind.None, 0);
                return;
            }
        }

        if (enabled.Contains(NowTerm) && present.ClaimStart(document, sentence, now) is int from and >= 0)
        {
            Add(into, tokens, from, now + 1, NowTerm, TemporalFixKind.AsOf, 0);
        }
    }

    /// <summary>In documentation, "yet" in a denial of a state of the product (<see cref="PresentTimeWords.DeniesAProductState"/>).</summary>
    private void TryNotYet(Document document, TokenList tokens, int yet, List<TemporalMatch> into)
    {
        if (document.HasCode && enabled.Contains(NotYetTerm) && present.DeniesAProductState(document, tokens, yet))
        {
            Add(into, tokens, yet, yet + 1, NotYetTerm, TemporalFixKind.None, 0);
        }
    }

    private void Add(List<TemporalMatch> into, TokenList tokens, int start, int end, string shape, TemporalFixKind fix, int offset, int month = 0, string? dayPart = null)
    {
        var term = new TemporalTerm(shape, false, [], Empty, false, fix, offset, notes.GetValueOrDefault(shape, string.Empty)) { Month = month, DayPart = dayPart, IsDayWord = dayPart is not null };
        into.Add(new TemporalMatch(Text.TextSpan.FromBounds(tokens[start].Start, tokens[end - 1].End), term, start));
    }

    private static readonly WordSet Empty = new([]);

    private UnitKind? UnitOf(ReadOnlySpan<char> word) =>
        unitLookup.TryGetValue(StripPossessive(word), out var unit) ? unit.Kind : null;

    private int? MonthOf(ReadOnlySpan<char> word) =>
        monthLookup.TryGetValue(StripPossessive(word), out int month) ? month : null;

    private bool IsPlural(ReadOnlySpan<char> word) =>
        unitLookup.TryGetValue(StripPossessive(word), out var unit) && unit.Plural;

    /// <summary>Where the count before token <paramref name="unit"/> starts ("several" in "for several years now"); the unit itself when none.</summary>
    private int CountStart(Document document, TokenList tokens, int unit)
    {
        int start = unit;
        while (start > 0 && (tokens[start - 1].Kind == TokenKind.Number || (tokens[start - 1].IsWord && counts.Contains(document.GetText(tokens[start - 1])))))
        {
            start--;
        }

        return start;
    }

    /// <summary>A word of a count ("few", "two", "and a half"); "of" only inside one ("a couple of"), never first.</summary>
    private bool IsCountWord(ReadOnlySpan<char> word, bool inCount) =>
        Is(word, "of") || Is(word, "and") || Is(word, "half") ? inCount : counts.Contains(word);

    private static int? CountOf(ReadOnlySpan<char> text)
    {
        if (int.TryParse(text, out int n))
        {
            return n;
        }

        for (int i = 0; i < NumberWords.Length; i++)
        {
            if (Is(text, NumberWords[i]))
            {
                return NumberValues[i];
            }
        }

        return null;
    }

    private static readonly string[] VagueMultitudes = ["tens", "dozens", "hundreds", "thousands", "millions", "billions"];

    private static readonly string[] NumberWords = ["a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty", "thirty", "forty", "fifty"];
    private static readonly int[] NumberValues = [1, 1, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 15, 20, 30, 40, 50];

    private static ReadOnlySpan<char> StripPossessive(ReadOnlySpan<char> word) =>
        word.Length > 2 && (word[^1] is 's' or 'S') && word[^2] is '\'' or '\u2019' ? word[..^2]
        : word.Length > 1 && word[^1] is '\'' or '\u2019' ? word[..^1]
        : word;

    private static bool IsPossessive(ReadOnlySpan<char> word) => StripPossessive(word).Length != word.Length;

    private static bool Is(ReadOnlySpan<char> word, string expected) => PhraseTable<bool>.SameWord(word, expected);

    private static WordSet Words(JsonElement grammar, string key) => new(EmbeddedRuleData.Strings(grammar, key));
}
