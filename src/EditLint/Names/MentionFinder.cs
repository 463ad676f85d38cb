using EditLint.Documents;
using EditLint.Text;

namespace EditLint.Names;

/// <summary>
/// Finds name mentions in a sentence from its tokens, in one pass without regular expressions.
/// A mention is a run of capitalised words separated only by spaces, with particles ("de",
/// "van", "bin") and initials ("D.") inside; all-capitals words ("DPRK", "ICE") and single
/// capitals ("I") end a run. Leading titles are set aside, and leading ordinary English words
/// ("The", "Despite", "Liberal Democratic Party") are dropped unless a name list uses them, so
/// that sentence-initial capitals and title-case headings do not make names.
/// </summary>
public static class MentionFinder
{
    // Most sentences name nobody: the scratch run is reused and the result list made only when there is a mention.
    [ThreadStatic]
    private static List<NameWord>? scratchRun;

    public static IReadOnlyList<NameMention> Find(Document document, Sentence sentence, NameIndex index, EnglishWords words)
    {
        List<NameMention>? mentions = null;
        var text = document.ProseText;
        var tokens = sentence.Tokens;
        var run = scratchRun ??= [];
        run.Clear();
        // Whether the word before a run is a title: the last run's last word, or the last plain word
        // (lastPlainWord, looked up only when a run follows it: most words are plain and most are not followed by one).
        var previousWasTitle = false;
        var lastPlainWord = -1;
        var firstWord = -1;
        for (var k = 0; k < tokens.Count && firstWord < 0; k++)
        {
            if (tokens[k].IsWord)
            {
                firstWord = k;
            }
            else if (tokens[k].Kind == TokenKind.Number)
            {
                break;
            }
        }

        var i = 0;
        while (i < tokens.Count)
        {
            var token = tokens[i];
            if (!token.IsWord)
            {
                i++;
                continue;
            }

            // A lower-case title word ("South Korean president Park Geun-hye") marks the next name.
            var span = text.AsSpan(token.Start, token.Span.Length);
            if (!IsNameLike(span, tokens, i, text))
            {
                lastPlainWord = i;
                i++;
                continue;
            }

            var runPrecededByTitle = lastPlainWord >= 0 ? TitleWords.IsLowerCaseTitle(text.AsSpan(tokens[lastPlainWord].Start, tokens[lastPlainWord].Span.Length)) : previousWasTitle;
            var wordBefore = lastPlainWord;
            lastPlainWord = -1;
            previousWasTitle = false;
            run.Clear();
            var end = i;
            while (end < tokens.Count)
            {
                var current = tokens[end];
                if (!current.IsWord)
                {
                    break;
                }

                var word = text.AsSpan(current.Start, current.Span.Length);
                var particle = TitleWords.IsParticle(word);
                if (end > i && !IsSpaceBetween(text, tokens[end - 1].End, current.Start))
                {
                    break;
                }

                if (particle)
                {
                    // A particle belongs to a name only between two capitalised words.
                    if (end + 1 >= tokens.Count || !tokens[end + 1].IsWord || !IsNameLike(text.AsSpan(tokens[end + 1].Start, tokens[end + 1].Span.Length), tokens, end + 1, text) || run.Count == 0)
                    {
                        break;
                    }
                }
                else if (!IsNameLike(word, tokens, end, text) && !CompletesListedName(run, word, index, words))
                {
                    break;
                }

                var (core, possessive) = StripPossessive(current.Span, text);
                var coreText = text.AsSpan(core.Start, core.Length);
                var abbreviation = end + 1 < tokens.Count && IsPeriodRightAfter(tokens[end + 1], current.End, text) && (TitleWords.IsAbbreviation(coreText) || IsInitial(coreText));
                var facts = WordFacts.Of(coreText, index, words);
                run.Add(new NameWord(
                    core,
                    facts.Key,
                    !particle && facts.IsTitle && !IsInitial(coreText),
                    !particle && facts.IsCommon,
                    facts.IsListToken,
                    end == firstWord));
                end++;
                if (abbreviation)
                {
                    end++;
                }

                if (possessive)
                {
                    break;
                }
            }

            if (run.Count > 0 && wordBefore >= 0 && wordBefore == i - 1 && IsSpaceBetween(text, tokens[wordBefore].End, tokens[i].Start))
            {
                // "giorgia Meloni": a lower-case word that begins a listed name with the words after it.
                var before = tokens[wordBefore];
                var word = text.AsSpan(before.Start, before.Span.Length);
                if (StartsListedName(run, word, index, words) is { } facts)
                {
                    run.Insert(0, new NameWord(before.Span, facts.Key, false, facts.IsCommon, true, wordBefore == firstWord));
                }
            }

            if (run.Count > 0)
            {
                var mention = Build(run, runPrecededByTitle);
                if (mention is not null)
                {
                    (mentions ??= []).Add(mention);
                }

                previousWasTitle = run[^1].IsTitle;
            }

            i = Math.Max(end, i + 1);
        }

        return mentions is null ? [] : mentions;
    }

    /// <summary>
    /// A lower-case word that ends a listed name with the capitalised words before it ("Giorgia meloni" for Giorgia
    /// Meloni): part of the mention, so that EL1001 reports the wrong capital. The listed form must have
    /// exactly those words, so "Sun rise" is not "Sunrise".
    /// </summary>
    private static bool CompletesListedName(List<NameWord> run, ReadOnlySpan<char> word, NameIndex index, EnglishWords words)
    {
        if (run.Count == 0 || !char.IsLower(word[0]) || TitleWords.IsParticle(word))
        {
            return false;
        }

        var facts = WordFacts.Of(word, index, words);
        if (!facts.IsListToken)
        {
            return false;
        }

        for (var count = 1; count <= Math.Min(run.Count, 3); count++)
        {
            if (HasListedForm(index, string.Concat(run.Skip(run.Count - count).Select(w => w.Key)) + facts.Key, count + 1, count, facts.Key))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a listed form has <paramref name="key"/> in exactly <paramref name="words"/> words, word <paramref name="at"/> being <paramref name="wordKey"/>.</summary>
    private static bool HasListedForm(NameIndex index, string key, int words, int at, string wordKey)
    {
        for (var form = index.FirstWithKey(key); form is not null; form = form.NextSameKey)
        {
            if (form.TokenKeys.Length == words && form.TokenKeys[at] == wordKey)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The facts of a lower-case word that begins a listed name with the run after it, word for word ("giorgia Meloni").</summary>
    private static WordFacts? StartsListedName(List<NameWord> run, ReadOnlySpan<char> word, NameIndex index, EnglishWords words)
    {
        if (word.Length == 0 || !char.IsLower(word[0]) || TitleWords.IsParticle(word) || NameNormalizer.IsApostrophe(word[^1]))
        {
            return null;
        }

        var facts = WordFacts.Of(word, index, words);
        if (!facts.IsListToken)
        {
            return null;
        }

        for (var count = 1; count <= Math.Min(run.Count, 3); count++)
        {
            if (HasListedForm(index, facts.Key + string.Concat(run.Take(count).Select(w => w.Key)), count + 1, 0, facts.Key))
            {
                return facts;
            }
        }

        return null;
    }

    private static NameMention? Build(List<NameWord> run, bool precededByTitle)
    {
        // Cut after the last title word that has a name after it: "Army Staff Sergeant | Christopher Hake".
        var start = 0;
        for (var k = 0; k < run.Count - 1; k++)
        {
            if (run[k].IsTitle && !run[k + 1].IsTitle)
            {
                start = k + 1;
            }
        }

        var titled = start > 0 || precededByTitle;
        if (start == 0 && run[0].IsTitle)
        {
            return null; // only title words: "Brigadier General".
        }

        var dropped = 0;
        if (!titled)
        {
            // Leading ordinary words are not names ("The Holets", "Liberal Democratic Party Masashiko Komura"),
            // unless a name list uses them ("Rush Limbaugh", "Park Geun-hye").
            while (start < run.Count && run[start].IsCommon && !run[start].IsListToken)
            {
                // A capital at the start of a sentence says nothing ("And Justin", "The Holets").
                dropped += run[start].IsSentenceStart ? 0 : 1;
                start++;
            }
        }

        if (start >= run.Count)
        {
            return null;
        }

        var name = new NameWord[run.Count - start];
        run.CopyTo(start, name, 0, name.Length);
        var titleCount = start > 0 && run[start - 1].IsTitle ? CountTitles(run, start) : 0;
        TextSpan? titleSpan = titleCount > 0 ? TextSpan.FromBounds(run[start - titleCount].Span.Start, run[start - 1].Span.End) : null;
        return new NameMention(name, titleCount, titled, titleSpan, dropped);
    }

    private static int CountTitles(List<NameWord> run, int start)
    {
        var count = 0;
        for (var k = start - 1; k >= 0 && run[k].IsTitle; k--)
        {
            count++;
        }

        return count;
    }

    /// <summary>Capitalised and not all capitals; "al-Baghdadi" counts, "DPRK" and "I" do not.</summary>
    private static bool IsNameLike(ReadOnlySpan<char> word, TokenList tokens, int index, string text)
    {
        if (word.Length == 0)
        {
            return false;
        }

        // Most words of a text: lower-case ASCII, a name only when joined to a capital ("al-Baghdadi").
        if (char.IsAsciiLetterLower(word[0]))
        {
            return HasJoinedCapital(word);
        }

        if (!char.IsLetter(word[0]))
        {
            return false;
        }

        if (char.IsUpper(word[0]))
        {
            if (word.Length == 1 || (word.Length >= 2 && !char.IsLetter(word[1])))
            {
                // A single capital is a name part only as an initial: "Dwight D. Eisenhower".
                return index + 1 < tokens.Count && IsPeriodRightAfter(tokens[index + 1], tokens[index].End, text);
            }

            return !IsAllCapitals(word);
        }

        return HasJoinedCapital(word);
    }

    // "al-Baghdadi", "bin-Salman", "de'Medici": a short lower-case prefix joined to a capital.
    private static bool HasJoinedCapital(ReadOnlySpan<char> word)
    {
        for (var k = 1; k < Math.Min(word.Length - 1, 5); k++)
        {
            if (NameNormalizer.IsJoiner(word[k]))
            {
                return char.IsUpper(word[k + 1]);
            }
        }

        return false;
    }

    private static bool IsAllCapitals(ReadOnlySpan<char> word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                letters++;
            }
            else if (NameNormalizer.IsApostrophe(c))
            {
                // "DPRK’s" is still all capitals.
                break;
            }
        }

        return letters >= 2;
    }

    private static bool IsInitial(ReadOnlySpan<char> word) => word.Length == 1 && char.IsUpper(word[0]);

    private static bool IsPeriodRightAfter(Token token, int end, string text) =>
        token.Kind == TokenKind.Punctuation && token.Start == end && text[token.Start] == '.';

    // Only white space (no line break pair) may separate two words of one name; an
    // abbreviation's period ("Dr.", "D.") may stand before the space.
    private static bool IsSpaceBetween(string text, int from, int to)
    {
        if (from == to)
        {
            return false;
        }

        var newlines = 0;
        for (var k = from; k < to; k++)
        {
            var c = text[k];
            if (c == '.' && k == from)
            {
                continue;
            }

            if (!char.IsWhiteSpace(c))
            {
                return false;
            }

            if (c == '\n')
            {
                newlines++;
            }
        }

        return newlines < 2;
    }

    private static (TextSpan Core, bool Possessive) StripPossessive(TextSpan span, string text)
    {
        if (span.Length > 2 && NameNormalizer.IsApostrophe(text[span.End - 2]) && text[span.End - 1] is 's' or 'S')
        {
            return (new TextSpan(span.Start, span.Length - 2), true);
        }

        return (span, false);
    }
}
