using System.Text.Json;
using EditLint.Documents;
using EditLint.Text;

namespace EditLint.Rules.Claims;

/// <summary>
/// What a superlative measures and the figures that measure it: "seizes 2.7 tonnes of cocaine in Sydney, the largest
/// seizure in the country's history", "records 42.5 °C in Yangsan, the country's highest temperature", "At 37 years old,
/// she becomes the oldest winner". Such a figure supports the claim wherever it stands in the sentence; a figure of
/// another measure ("more than 40 aircraft, the largest investment") does not. Read from the lexicon's
/// <c>support.measures</c>.
/// </summary>
internal sealed class RankedMeasures
{
    private const string AgeReading = "age";
    private const string RankReading = "rank";
    private const string CountReading = "count";

    private readonly Dictionary<string, Dimension[]>.AlternateLookup<ReadOnlySpan<char>> lookup;
    private readonly WordSet timeUnits;
    private readonly WordSet wordsBeforeUnit;
    private readonly WordSet multitudes;
    private readonly WordSet partitiveDeterminers;
    private readonly WordSet distanceUnits;
    private readonly WordSet nounlessFollowers;

    private RankedMeasures(Dictionary<string, Dimension[]> bySuperlative, int dimensionCount, WordSet timeUnits, WordSet partitiveDeterminers, WordSet distanceUnits, WordSet wordsBeforeUnit, WordSet multitudes, WordSet nounlessFollowers)
    {
        this.nounlessFollowers = nounlessFollowers;
        this.distanceUnits = distanceUnits;
        this.partitiveDeterminers = partitiveDeterminers;
        lookup = bySuperlative.GetAlternateLookup<ReadOnlySpan<char>>();
        DimensionCount = dimensionCount;
        this.timeUnits = timeUnits;
        this.wordsBeforeUnit = wordsBeforeUnit;
        this.multitudes = multitudes;
    }

    /// <summary>
    /// Where the unit of the number at token <paramref name="number"/> stands: the next token, or the one after a word of
    /// 'multipliers' or 'runWords' ("80 million barrels", "2.4 metric tons", "six consecutive quarters").
    /// </summary>
    public int UnitAfter(Document document, TokenList tokens, int number) =>
        number + 2 < tokens.Count && tokens[number + 1].IsWord && wordsBeforeUnit.Contains(document.GetText(tokens[number + 1])) ? number + 2 : number + 1;

    /// <summary>
    /// "the largest to strike within 50 kilometers (31 miles) of the capital": a distance right after "within" bounds where
    /// the ranking holds, as "since 1999" bounds when; it measures nothing. The conversion in brackets goes with it. Not
    /// "within a week, 200,000 people", nor "within 0.2 seconds of the winner" (a margin).
    /// </summary>
    public bool IsBoundOfPlace(Document document, TokenList tokens, int number)
    {
        if (number + 1 >= tokens.Count || !tokens[number + 1].IsWord || !distanceUnits.Contains(document.GetText(tokens[number + 1])))
        {
            return false;
        }

        int before = number - 1;
        if (before >= 3 && tokens[before].Kind == TokenKind.Punctuation && document.ProseText[tokens[before].Start] == '('
            && tokens[before - 1].IsWord && distanceUnits.Contains(document.GetText(tokens[before - 1])) && tokens[before - 2].Kind == TokenKind.Number)
        {
            before -= 3; // "within 50 kilometers (31 miles)"
        }

        return ClaimText.IsWord(document, tokens, before, "within") || LocatesAPlace(document, tokens, number + 2);
    }

    /// <summary>
    /// "located twenty kilometres (twelve miles) from Srinagar", "600 kilometres (370 miles) east of Perth", "50 miles
    /// away": a distance that says where a place lies, from token <paramref name="after"/> on (past a conversion in
    /// brackets), measures no size.
    /// </summary>
    private bool LocatesAPlace(Document document, TokenList tokens, int after)
    {
        if (after + 3 < tokens.Count && tokens[after].Kind == TokenKind.Punctuation && document.ProseText[tokens[after].Start] == '('
            && tokens[after + 2].IsWord && distanceUnits.Contains(document.GetText(tokens[after + 2]))
            && tokens[after + 3].Kind == TokenKind.Punctuation && document.ProseText[tokens[after + 3].Start] == ')')
        {
            after += 4; // "(twelve miles)"
        }
        else if (after < tokens.Count && tokens[after].Kind == TokenKind.Punctuation && document.ProseText[tokens[after].Start] == ')')
        {
            after++; // the conversion itself: "twelve miles)" of "twenty kilometres (twelve miles) from"
        }

        return after < tokens.Count && tokens[after].IsWord && PlaceWords.Contains(document.GetText(tokens[after]));
    }

    private static readonly WordSet PlaceWords = new(["from", "away", "off", "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "north-east", "north-west", "south-east", "south-west", "inland", "offshore"]);

    /// <summary>
    /// "the fastest player to reach 14,000 runs", "the hottest day, with 300 fires", "more than 40 Airbus aircraft, the
    /// largest investment": a number whose unit is a word that the claim at token <paramref name="superlativeToken"/> is not
    /// measured in counts something else and does not measure the claim. The claim's dimensions decide: the one a noun
    /// after the claim names ("investment": money), or else all of the superlative's, when each is measured in units. A
    /// sign after the number ("53%") is its unit too, judged only by the dimension a noun picks ("53% of the vote in
    /// Scotland's largest city": a place is measured by its people or its area).
    /// </summary>
    public bool MeasuresSomethingElse(Document document, TokenList tokens, int number, int superlativeToken)
    {
        if (tokens[number].Kind != TokenKind.Number || DimensionsOf(document, tokens, superlativeToken) is not { } dimensions)
        {
            return false;
        }

        int unit = UnitAfter(document, tokens, number);
        if (unit >= tokens.Count)
        {
            return false;
        }

        var word = document.GetText(tokens[unit]);
        if (!tokens[unit].IsWord)
        {
            // "53% of the vote in Scotland's largest city": a sign after the number is a unit too, but only the dimension
            // that the claim's noun picks says which signs measure it.
            return word.Length == 1 && (char.IsSymbol(word[0]) || word[0] == '%')
                && PickedByNoun(document, tokens, superlativeToken, dimensions) is { } picked && !picked.Units.Contains(word);
        }

        if (!char.IsLetter(word[0]) || word[1..].ContainsAnyExcept(Letters) || timeUnits.Contains(word) || FunctionWords.Contains(word))
        {
            return false;
        }

        // "the largest investment": a noun after the claim that a dimension names picks that dimension, whose units decide.
        if (PickedByNoun(document, tokens, superlativeToken, dimensions) is { } dimensionOfNoun)
        {
            return !dimensionOfNoun.Units.Contains(word) && !multitudes.Contains(word);
        }

        if (!char.IsLower(word[0]))
        {
            return false;
        }

        foreach (var dimension in dimensions)
        {
            if (dimension.Reading is not null || dimension.Nouns is not null || dimension.Units.Count == 0 || dimension.Units.Contains(word)
                || (dimension.AnyPluralCounts && word.Length > 3 && word[^1] == 's'))
            {
                return false; // a toll counts "miners", "workers", "pilgrims" as it counts "people"
            }
        }

        return true;
    }

    /// <summary>
    /// The dimensions of the superlative at token <paramref name="superlativeToken"/>: of "most"/"least" with the word after
    /// it where the two are listed together ("most expensive": money), else of the word itself ("largest"; "most" alone
    /// ranks a count).
    /// </summary>
    private Dimension[]? DimensionsOf(Document document, TokenList tokens, int superlativeToken)
    {
        var superlative = document.GetText(tokens[superlativeToken]);
        if (superlativeToken + 1 < tokens.Count && tokens[superlativeToken + 1].IsWord && tokens[superlativeToken + 1].Span.Length <= SuperlativeLexicon.MaxWordLength
            && (superlative.Equals("most", StringComparison.OrdinalIgnoreCase) || superlative.Equals("least", StringComparison.OrdinalIgnoreCase)))
        {
            Span<char> pair = stackalloc char[superlative.Length + 1 + tokens[superlativeToken + 1].Span.Length];
            superlative.CopyTo(pair);
            pair[superlative.Length] = ' ';
            document.GetText(tokens[superlativeToken + 1]).CopyTo(pair[(superlative.Length + 1)..]);
            if (lookup.TryGetValue(pair, out var ofPair))
            {
                return ofPair;
            }
        }

        return lookup.TryGetValue(superlative, out var dimensions) ? dimensions : null;
    }

    /// <summary>The dimension with units that a noun right after the superlative names ("the largest investment": money), if any.</summary>
    private static Dimension? PickedByNoun(Document document, TokenList tokens, int superlativeToken, Dimension[] dimensions)
    {
        foreach (var dimension in dimensions)
        {
            if (dimension.Nouns is { } nouns && dimension.Reading is null && dimension.Units.Count > 0 && IsFollowedByOneOf(document, tokens, superlativeToken, nouns, HeadNounReach))
            {
                return dimension;
            }
        }

        return null;
    }

    /// <summary>How far after the superlative its head noun may stand for the unit check: "the largest investment", "the largest single investment".</summary>
    private const int HeadNounReach = 2;

    /// <summary>Words after a number that are no unit: "55 of the nation's biggest", "40 to 50".</summary>
    private static readonly WordSet FunctionWords = new(["of", "to", "in", "on", "at", "and", "or", "the", "a", "an", "per", "for", "from", "with", "by", "than", "as"]);

    private static readonly System.Buffers.SearchValues<char> Letters = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz");

    /// <summary>How many dimensions there are: the size of a <see cref="SentenceFigures"/> memo.</summary>
    public int DimensionCount { get; }

    public static RankedMeasures Read(JsonElement measures, WordSet timeUnits, WordSet partitiveDeterminers, WordSet distanceUnits)
    {
        var lists = new Dictionary<string, List<Dimension>>(StringComparer.OrdinalIgnoreCase);
        int index = 0;
        foreach (var property in measures.GetProperty("dimensions").EnumerateObject())
        {
            var nouns = property.Value.TryGetProperty("nouns", out _) ? new WordSet(EmbeddedRuleData.Strings(property.Value, "nouns")) : null;
            string? reading = property.Value.TryGetProperty("reading", out var value) ? value.GetString() : null;
            bool anyPlural = property.Value.TryGetProperty("anyPluralCounts", out var plural) && plural.GetBoolean();
            bool nearOnly = property.Value.TryGetProperty("nearOnly", out var near) && near.GetBoolean();
            var dimension = new Dimension(index++, reading, new WordSet(EmbeddedRuleData.Strings(property.Value, "units")), nouns, anyPlural, nearOnly);
            foreach (string superlative in EmbeddedRuleData.Strings(property.Value, "superlatives"))
            {
                if (!lists.TryGetValue(superlative, out var dimensions))
                {
                    lists[superlative] = dimensions = [];
                }

                dimensions.Add(dimension);
            }
        }

        return new RankedMeasures(
            lists.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.OrdinalIgnoreCase),
            index,
            timeUnits,
            partitiveDeterminers,
            distanceUnits,
            new WordSet(EmbeddedRuleData.Strings(measures, "multipliers").Concat(EmbeddedRuleData.Strings(measures, "runWords"))),
            new WordSet(EmbeddedRuleData.Strings(measures, "multitudes")),
            new WordSet(EmbeddedRuleData.Strings(measures, "nounlessFollowers")));
    }

    /// <summary>
    /// True when the sentence holds a figure of a dimension that <paramref name="match"/>'s superlative ("largest", "most
    /// expensive") measures, and, for a dimension that names its nouns, one of them follows the superlative. A dimension
    /// whose figures support only near the claim (<see cref="Dimension.NearOnly"/>) is not sought here, and when the noun
    /// after the claim is one of such a dimension's ("the largest town": a place, measured by its people or its area), a
    /// dimension that names no nouns is not sought either ("an 18kg backpack" far off weighs something else). Each
    /// dimension's figures are sought once per sentence (<paramref name="figures"/>), so a sentence of many claims is
    /// read a bounded number of times.
    /// </summary>
    public bool IsMeasuredIn(Document document, Sentence sentence, SuperlativeMatch match, SentenceFigures figures)
    {
        var core = document.GetText(match.Core);
        if (core.EndsWith("-ever", StringComparison.OrdinalIgnoreCase))
        {
            core = core[..^"-ever".Length]; // "its largest-ever release" ranks as "the largest release ever" does
        }

        if (!lookup.TryGetValue(core, out var dimensions))
        {
            return false;
        }

        var tokens = sentence.Tokens;
        bool namedByNoun = false;
        foreach (var dimension in dimensions)
        {
            namedByNoun |= dimension.NearOnly && dimension.Nouns is { } named && IsFollowedByOneOf(document, tokens, match, named, HeadNounReach);
        }

        foreach (var dimension in dimensions)
        {
            if (!dimension.NearOnly && (dimension.Nouns is not { } nouns ? !namedByNoun : IsFollowedByOneOf(document, tokens, match, nouns))
                && figures.Has(this, document, sentence, dimension))
            {
                return true;
            }
        }

        return false;
    }

    private bool HasFigure(Document document, TokenList tokens, Dimension dimension)
    {
        for (int i = 0; i < tokens.Count; i++)
        {
            if (IsEarlierEventClause(document, tokens, i))
            {
                i = ClaimText.PhraseEnd(document, tokens, i);
                continue;
            }

            if (dimension.Reading switch
            {
                AgeReading => ClaimText.IsAgeAt(document, tokens, i),
                RankReading => IsRank(document, tokens, i) || IsNamedTable(document, tokens, i, dimension.Units),
                CountReading => IsCount(document, tokens, i, dimension.Units),
                _ => IsFigureIn(document, tokens, i, dimension.Units),
            })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "the deadliest attack since 1992, when 167 people were killed": a clause opened by ", when" right after a bound of
    /// "since" tells of the earlier event that bounds the ranking, so its figures measure that event, not the claim.
    /// </summary>
    private static bool IsEarlierEventClause(Document document, TokenList tokens, int i)
    {
        if (!ClaimText.IsWord(document, tokens, i, "when") || i < 2 || tokens[i - 1].Kind != TokenKind.Punctuation || document.ProseText[tokens[i - 1].Start] != ',')
        {
            return false;
        }

        for (int k = i - 2; k >= 0 && k >= i - 1 - SinceBoundReach && !ClaimText.IsClauseMarkAt(document, tokens, k); k--)
        {
            if (ClaimText.IsWord(document, tokens, k, "since"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How many tokens a bound of "since" may take before its comma: "since October 28 of last year".</summary>
    private const int SinceBoundReach = 6;

    /// <summary>
    /// "in 30 years", "for 12 days", "over a decade": a number that bounds the ranking in time measures nothing
    /// (docs/rules/annotation.md). When the ranking measures time (<paramref name="units"/> holds the unit: "the longest
    /// serving Prime Minister, having served over seven years"), only "in" and "since" bound it. A span before "ago" is a
    /// point in time and counts nothing.
    /// </summary>
    private bool IsBoundOfTime(Document document, TokenList tokens, int number, WordSet? units = null)
    {
        int unit = UnitAfter(document, tokens, number); // "in 30 consecutive years"
        if (unit >= tokens.Count || !tokens[unit].IsWord || !timeUnits.Contains(document.GetText(tokens[unit])))
        {
            return false;
        }

        if (ClaimText.IsWord(document, tokens, unit + 1, "ago"))
        {
            return true; // "started publishing the list 35 years ago"
        }

        bool measuresTime = units is not null && units.Contains(document.GetText(tokens[unit]));
        for (int k = number - 1; k >= 0 && k >= number - 3; k--)
        {
            if (ClaimText.IsWord(document, tokens, k, "in") || (!measuresTime && (ClaimText.IsWord(document, tokens, k, "for") || ClaimText.IsWord(document, tokens, k, "over")))
                || ClaimText.IsWord(document, tokens, k, "since"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Per document: which dimensions have a figure in the sentence being read, each found at most once.</summary>
    public sealed class SentenceFigures(int dimensionCount)
    {
        private readonly sbyte[] known = new sbyte[dimensionCount];
        private Sentence? sentence;

        internal bool Has(RankedMeasures measures, Document document, Sentence current, Dimension dimension)
        {
            if (!ReferenceEquals(sentence, current))
            {
                sentence = current;
                Array.Clear(known);
            }

            ref sbyte state = ref known[dimension.Index];
            if (state == 0)
            {
                state = measures.HasFigure(document, current.Tokens, dimension) ? (sbyte)1 : (sbyte)-1;
            }

            return state > 0;
        }
    }

    /// <summary>"2.7 tonnes", "42.5 °C", "US$1.35", "45,000kg", "625-meter-high", "11-month": a figure whose unit is one of <paramref name="units"/>.</summary>
    private bool IsFigureIn(Document document, TokenList tokens, int i, WordSet units)
    {
        var token = tokens[i];
        var text = document.GetText(token);
        // "one" is as often an article of time ("reopened one day later") as a count.
        if (token.Kind == TokenKind.Number || (ClaimText.IsNumber(document, tokens, i) && !text.Equals("one", StringComparison.OrdinalIgnoreCase))
            || (token.IsWord && ClaimText.IsCompoundNumber(text)))
        {
            if (AbsoluteDateDetector.IsYearLike(text) || IsBoundOfTime(document, tokens, i, units) || IsBoundOfPlace(document, tokens, i))
            {
                return false;
            }

            int unit = UnitAfter(document, tokens, i);
            bool unitAfter = unit < tokens.Count && tokens[unit].Kind is TokenKind.Word or TokenKind.Punctuation
                && units.Contains(document.GetText(tokens[unit]));
            bool signBefore = i > 0 && tokens[i - 1].Kind == TokenKind.Punctuation && tokens[i - 1].End == token.Start
                && units.Contains(document.GetText(tokens[i - 1]));
            return unitAfter || signBefore;
        }

        if (!token.IsWord || text.EndsWith("-old", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        int letters = ClaimText.GluedUnitStart(text);
        if (letters == 0)
        {
            // "eight-hour", "three-week": a number in words before the unit.
            int hyphen = text.IndexOf('-');
            return hyphen > 0 && ClaimText.IsNumberWord(text[..hyphen]) && HasUnitPart(text[(hyphen + 1)..], units);
        }

        var rest = text[letters..];
        // A single letter glued on is as often a multiplier ("500m", "3k") as a unit.
        if (rest.Length > 1 && units.Contains(rest))
        {
            return true; // "45,000kg"
        }

        if (letters > 0 && i > 0 && tokens[i - 1].Kind == TokenKind.Punctuation && tokens[i - 1].End == token.Start && units.Contains(document.GetText(tokens[i - 1])))
        {
            return true; // "€12m", "$591bn": a sign before a number with its multiplier
        }

        return HasUnitPart(rest, units); // "625-meter-high", "11-month"
    }

    /// <summary>A part between hyphens that is one of <paramref name="units"/>: "meter-high", "hour".</summary>
    private static bool HasUnitPart(ReadOnlySpan<char> parts, WordSet units)
    {
        foreach (var part in parts.Split('-'))
        {
            if (parts[part].Length > 1 && units.Contains(parts[part]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>One of <paramref name="nouns"/> among the <paramref name="reach"/> words after token <paramref name="superlative"/>: "the largest investment".</summary>
    private static bool IsFollowedByOneOf(Document document, TokenList tokens, int superlative, WordSet nouns, int reach)
    {
        for (int k = superlative + 1; k < tokens.Count && k <= superlative + reach && tokens[k].IsWord; k++)
        {
            if (nouns.Contains(document.GetText(tokens[k])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// One of <paramref name="nouns"/> among the <paramref name="reach"/> words after the superlative: "the largest class action
    /// settlement" (<see cref="NounReach"/>); "the largest town", not "the biggest producer in the state" (<see cref="HeadNounReach"/>).
    /// </summary>
    private bool IsFollowedByOneOf(Document document, TokenList tokens, SuperlativeMatch match, WordSet nouns, int reach = NounReach)
    {
        int first = match.CoreToken;
        while (first < tokens.Count && tokens[first].Start < match.Core.End)
        {
            first++;
        }

        for (int k = first; k < tokens.Count && k < first + reach && tokens[k].IsWord; k++)
        {
            if (nouns.Contains(document.GetText(tokens[k])))
            {
                return true;
            }
        }

        return HasNoNounOfItsOwn(document, tokens, first) && GlossesOneOf(document, tokens, match.StartToken, nouns);
    }

    /// <summary>"the largest since 2010", "the biggest ever,": a superlative that stands for the noun before it.</summary>
    private bool HasNoNounOfItsOwn(Document document, TokenList tokens, int next) =>
        next >= tokens.Count || !tokens[next].IsWord || nounlessFollowers.Contains(document.GetText(tokens[next]));

    /// <summary>"took part in the demonstrations, the largest since the crisis began": the superlative set off after the noun it ranks.</summary>
    private static bool GlossesOneOf(Document document, TokenList tokens, int start, WordSet nouns) =>
        start >= 2 && tokens[start - 1].Kind == TokenKind.Punctuation && document.ProseText[tokens[start - 1].Start] == ','
        && tokens[start - 2].IsWord && nouns.Contains(document.GetText(tokens[start - 2]));

    private const int NounReach = 4;

    /// <summary>
    /// "six", "3", "thousands", "his fourth": a number that is not a year, or an ordinal of <paramref name="ordinals"/>; not
    /// the number of a partitive ("one of the most successful" counts nothing).
    /// </summary>
    private bool IsCount(Document document, TokenList tokens, int i, WordSet ordinals)
    {
        if (!tokens[i].IsWord && tokens[i].Kind != TokenKind.Number)
        {
            return false;
        }

        var text = document.GetText(tokens[i]);
        if (ordinals.Contains(text))
        {
            return !ClaimText.IsWord(document, tokens, i + 1, "time"); // "his fourth title", not "for the second time"
        }

        bool number = (ClaimText.IsNumber(document, tokens, i) && !text.Equals("one", StringComparison.OrdinalIgnoreCase)) || ClaimText.IsCompoundNumber(text) || multitudes.Contains(text);
        return number && !AbsoluteDateDetector.IsYearLike(text) && !IsPartitive(document, tokens, i) && !IsBoundOfTime(document, tokens, i) && !IsBoundOfPlace(document, tokens, i)
            && !ClaimText.IsAgeAt(document, tokens, i) // "died at the age of 95" counts no successes
            && !ClaimText.IsWord(document, tokens, i - 1, "all") // "to elect all 500 seats": the whole, not the winner's count
            && !(tokens[i].Kind == TokenKind.Number && ClaimText.IsInNameOrDate(document, tokens, i)); // "since September 21", "World War 2"
    }

    /// <summary>"one of the", "two of its": the number picks from the ranked set; "Thousands of men" counts them.</summary>
    private bool IsPartitive(Document document, TokenList tokens, int number) =>
        ClaimText.IsWord(document, tokens, number + 1, "of") && number + 2 < tokens.Count && tokens[number + 2].IsWord
        && partitiveDeterminers.Contains(document.GetText(tokens[number + 2]));

    /// <summary>"in the medal table", "in the FIFA Men's World Ranking": a ranking named after "in", a few words before one of <paramref name="tables"/>.</summary>
    private static bool IsNamedTable(Document document, TokenList tokens, int i, WordSet tables)
    {
        if (!tokens[i].IsWord || !tables.Contains(document.GetText(tokens[i])))
        {
            return false;
        }

        for (int k = i - 1; k >= 0 && k >= i - TableNameReach; k--)
        {
            if (ClaimText.IsWord(document, tokens, k, "in"))
            {
                return true;
            }
        }

        return false;
    }

    private const int TableNameReach = 5;

    /// <summary>"No. 114", "number 3", "ranked 12", "206th-ranked".</summary>
    private static bool IsRank(Document document, TokenList tokens, int i)
    {
        if (tokens[i].IsWord)
        {
            var word = document.GetText(tokens[i]);
            return char.IsAsciiDigit(word[0]) && word.EndsWith("-ranked", StringComparison.OrdinalIgnoreCase);
        }

        if (tokens[i].Kind != TokenKind.Number)
        {
            return false;
        }

        int before = i - 1;
        if (before > 0 && tokens[before].Kind == TokenKind.Punctuation && document.ProseText[tokens[before].Start] == '.')
        {
            return ClaimText.IsWord(document, tokens, before - 1, "No");
        }

        return ClaimText.IsWord(document, tokens, before, "number") || ClaimText.IsWord(document, tokens, before, "ranked");
    }

    /// <summary>
    /// A dimension: how its figures are read (null: a number and a unit), its units, and the nouns it measures, if it names
    /// them. With <c>NearOnly</c> its figures support only near the claim, never from anywhere in the sentence: "60 people
    /// died" far from "India's most populous state" counts the dead, not the state's people.
    /// </summary>
    internal sealed record Dimension(int Index, string? Reading, WordSet Units, WordSet? Nouns, bool AnyPluralCounts = false, bool NearOnly = false);
}
