using EditLint.Documents;

namespace EditLint.Rules.Claims;

/// <summary>
/// Decides whether a figure near a claim supports it: a number that is not a year, a date, a time of day or an ordinal,
/// or a quantity in words ("percent", "million"), within the claim's clause and not about something else. A bound of time
/// ("since 1999", "the lowest in 30 years") is the claim's scope, not its support.
/// </summary>
internal static class FigureSupport
{
    /// <summary>How near after a superlative a figure must stand to be about it: "the largest city, with 8.8 million people".</summary>
    public const int FigureWindow = 15;

    /// <summary>
    /// How near before it: a figure that comes first belongs to its own clause more often than not ("poured over
    /// $1 million into it and in time it became one of the most popular weeklies").
    /// </summary>
    public const int FigureWindowBefore = 8;

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
        bool inRelativeClause = ClaimText.OpenerAfterComma(document, tokens, claim) is int open and >= 0 && ClaimText.IsRelativeOpener(document, tokens, open);
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
        if (gloss && !participle && !HoldsWhatFollows(document, tokens, mark + 1, lexicon)
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

    /// <summary>
    /// "has 2.3 million people": a word of <c>possessionVerbs</c> whose object measures the name; not the auxiliary of a
    /// perfect tense ("Airbus, Europe's biggest aircraft manufacturer, has announced 10,000 job cuts").
    /// </summary>
    private static bool HoldsWhatFollows(Document document, TokenList tokens, int verb, SuperlativeLexicon lexicon) =>
        verb < tokens.Count && tokens[verb].IsWord && lexicon.PossessionVerbs.Contains(document.GetText(tokens[verb]))
        && !(verb + 1 < tokens.Count && tokens[verb + 1].IsWord && (lexicon.IsPastParticiple(document.GetText(tokens[verb + 1])) || ClaimText.IsWord(document, tokens, verb + 1, "been")));

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
        if (AbsoluteDateDetector.IsYearLike(text) || IsEarlyYear(document, tokens, index, text))
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
    /// "a history dating back to 1382", "since 1066", "in 800.": a year before 1500, which <see cref="AbsoluteDateDetector.IsYearLike"/>
    /// leaves to be a count, after "in", "since", "circa" or "back to" and with no word after it ("in 800 cities" counts, and
    /// so does a rate: "one in 100.", "1 in 250").
    /// </summary>
    private static bool IsEarlyYear(Document document, TokenList tokens, int index, ReadOnlySpan<char> text) =>
        text.Length is 3 or 4 && !text.ContainsAnyExceptInRange('0', '9')
        && ((ClaimText.IsWord(document, tokens, index - 1, "in") && !IsRateBefore(document, tokens, index - 2))
            || ClaimText.IsWord(document, tokens, index - 1, "since") || ClaimText.IsWord(document, tokens, index - 1, "circa")
            || (ClaimText.IsWord(document, tokens, index - 1, "to") && ClaimText.IsWord(document, tokens, index - 2, "back")))
        && (index + 1 >= tokens.Count || (!tokens[index + 1].IsWord && document.ProseText[tokens[index + 1].Start] is '.' or ',' or ';' or ':' or ')' or '!' or '?'));

    private static bool IsRateBefore(Document document, TokenList tokens, int i) =>
        i >= 0 && (tokens[i].Kind == TokenKind.Number || ClaimText.IsWord(document, tokens, i, "one") || ClaimText.IsWord(document, tokens, i, "a"));

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
}
