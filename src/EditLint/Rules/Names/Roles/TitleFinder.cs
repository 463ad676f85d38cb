using EditLint.Documents;
using EditLint.Names;
using EditLint.Text;

namespace EditLint.Rules.Names.Roles;

/// <summary>
/// Finds the title the text gives one name, in the two places news copy puts it: right before the name ("Russian
/// Foreign Minister Sergei Lavrov", "Russia's permanent representative to the United Nations, Vladimir Voronkov" at
/// the head of a sentence) and in apposition ("Samantha Power, the U.S. envoy to the UN,"). Only words touching the
/// name belong to its title, so a title of another person in the sentence is never this one's.
/// </summary>
internal static class TitleFinder
{
    /// <summary>The most words a title is looked for in.</summary>
    private const int MaxWords = 16;

    // Words of notAfter that, as an owner, are a place whose office it is: "the Jewish state's president" is Israel's.
    private static readonly HashSet<string> PlaceOwners = new(["state", "federation", "union", "county", "city"], StringComparer.Ordinal);

    /// <summary>The title in front of the name that starts at <paramref name="nameStart"/>, if one can be read.</summary>
    public static TitleMention? Before(Document document, Sentence sentence, int nameStart, RoleTables tables)
    {
        var text = document.ProseText;
        var tokens = sentence.Tokens;
        var k = tokens.FirstAtOrAfter(nameStart);
        var end = k;
        var comma = end > 0 && IsPunctuation(text, tokens[end - 1], ',');
        if (comma)
        {
            end--;
        }

        var start = end;
        while (start > 0 && end - start < MaxWords && (tokens[start - 1].IsWord || IsAbbreviationPeriod(text, tokens, start - 1)))
        {
            start--;
        }

        if (start == end || (comma && !sentence.IsFirstWord(start)))
        {
            return null; // "Title, Name" only when the title opens the sentence.
        }

        var words = new List<TitleWord>(end - start);
        TitleText.Append(text, tokens, start, end, words);

        // Only the words next to the name that a title can hold are tried ("said | Russian Foreign Minister").
        var first = words.Count;
        while (first > 0 && tables.IsTitleWord(words[first - 1].Key))
        {
            first--;
        }

        for (var s = first; s < words.Count; s++)
        {
            if (comma && s > 0)
            {
                return null;
            }

            if (TitleParser.Parse(words, s, words.Count, tables, literalTail: false) is not { } title)
            {
                continue;
            }

            // The word before must end the title: not a capitalised word inside the sentence ("Acme Corp. President"),
            // not a word that makes it another office ("deputy foreign minister", "under" before "secretary"), also as an
            // owner ("the club's president") or opening the sentence ("Foundation President Barack Obama spoke").
            var before = s > 0 ? words[s - 1] : default;
            var opensSentence = before.Span.Start == tokens[start].Start && sentence.IsFirstWord(start);
            var owner = s > 1 && before.Key is "'s" or "\u2019s" && !PlaceOwners.Contains(words[s - 2].Key) ? words[s - 2].Key : null;
            if (s > 0 && (tables.NotAfter.Contains(before.Key) || (owner is not null && tables.NotAfter.Contains(owner)) || tables.NotAfter.Contains(before.Key + " " + words[s].Key) || (before.Capitalised && !opensSentence)))
            {
                return null;
            }

            return Mention(title, words.GetRange(s, words.Count - s), s, document, sentence);
        }

        return null;
    }

    /// <summary>The title in apposition after the name that ends at <paramref name="nameEnd"/>: ", the U.S. envoy to the UN,".</summary>
    public static TitleMention? After(Document document, Sentence sentence, int nameEnd, RoleTables tables)
    {
        var text = document.ProseText;
        var tokens = sentence.Tokens;
        var k = tokens.FirstAtOrAfter(nameEnd);
        if (k >= tokens.Count || tokens[k].Start != nameEnd || !IsPunctuation(text, tokens[k], ','))
        {
            return null; // a possessive or a compound ("Putin’s", "Putin-era") has no apposition.
        }

        var start = k + 1;
        var end = start;
        while (end < tokens.Count && end - start < MaxWords && (tokens[end].IsWord || (IsAbbreviationPeriod(text, tokens, end) && !IsFinal(text, tokens, end))))
        {
            end++;
        }

        if (end == start || (end < tokens.Count && !IsPunctuation(text, tokens[end], ',', ';', ':', ')', '.', '—', '–')))
        {
            return null;
        }

        var words = new List<TitleWord>(end - start);
        TitleText.Append(text, tokens, start, end, words);
        var title = TitleParser.Parse(words, 0, words.Count, tables, literalTail: false);
        return title is null ? null : Mention(title, words, 0, document, sentence);
    }

    private static TitleMention? Mention(ParsedTitle title, List<TitleWord> words, int offset, Document document, Sentence sentence)
    {
        // Indexes of the parse were into the whole window; the mention keeps the title's own words.
        title = title with { First = title.First - offset, FormerAt = title.FormerAt - offset };
        var span = TextSpan.FromBounds(words[title.First].Span.Start, words[^1].Span.End);
        if (sentence.Block.IsInBlockQuote || document.IsInQuotation(span) || IsInSingleQuotes(document.ProseText, sentence.Span, span))
        {
            return null; // quoted words are the speaker's.
        }

        return new TitleMention(title, words, span);
    }

    /// <summary>
    /// Whether <paramref name="span"/> stands between single quotation marks in its sentence, as British copy quotes
    /// speech ("She said: 'I spoke to Prime Minister Obama.'"): a mark that opens a word before it, with none closing in
    /// between, and one that closes a word after it. An apostrophe inside a word ("club's") neither opens nor closes.
    /// </summary>
    private static bool IsInSingleQuotes(string text, TextSpan sentence, TextSpan span)
    {
        bool open = false;
        for (int i = sentence.Start; i < span.Start; i++)
        {
            if (text[i] is '\'' or '\u2018' or '\u2019')
            {
                bool opens = (i == sentence.Start || !char.IsLetterOrDigit(text[i - 1])) && i + 1 < text.Length && char.IsLetter(text[i + 1]);
                bool closes = i > sentence.Start && char.IsLetter(text[i - 1]) && (i + 1 >= text.Length || !char.IsLetterOrDigit(text[i + 1]));
                open = opens || (open && !closes);
            }
        }

        if (!open)
        {
            return false;
        }

        for (int i = span.End; i < sentence.End; i++)
        {
            if (text[i] is '\'' or '\u2019' && i > 0 && (char.IsLetter(text[i - 1]) || text[i - 1] is '.' or ',' or '!' or '?')
                && (i + 1 >= text.Length || !char.IsLetterOrDigit(text[i + 1])))
            {
                return true;
            }
        }

        return false;
    }

    // "Gov." "U.S.": a period right after a short word, part of an abbreviation.
    private static bool IsAbbreviationPeriod(string text, TokenList tokens, int index) =>
        IsPunctuation(text, tokens[index], '.') && index > 0 && tokens[index - 1].IsWord && tokens[index - 1].End == tokens[index].Start && tokens[index - 1].Span.Length <= 4;

    // The sentence's own full stop: nothing but closing quotes or brackets after it.
    private static bool IsFinal(string text, TokenList tokens, int index)
    {
        for (var i = index + 1; i < tokens.Count; i++)
        {
            var closing = NameNormalizer.IsApostrophe(text[tokens[i].Start]) || text[tokens[i].Start] is '"' or '”' or ')' or ']';
            if (tokens[i].IsWord || tokens[i].Kind == TokenKind.Number || !closing)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsPunctuation(string text, Token token, params ReadOnlySpan<char> marks) =>
        token.Kind == TokenKind.Punctuation && marks.Contains(text[token.Start]);
}
