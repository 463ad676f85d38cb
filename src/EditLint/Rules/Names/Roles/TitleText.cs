using EditLint.Documents;
using EditLint.Names;
using EditLint.Text;

namespace EditLint.Rules.Names.Roles;

/// <summary>
/// Turns tokens into <see cref="TitleWord"/>s, the same way for the text and for the data (title forms, a name
/// list's titles and organisations): hyphens split words ("Secretary-General", "then-President"), a possessive is
/// a word of its own ("Russia" "'s"), an abbreviation keeps its period ("Gov.") and initials joined by periods are
/// one word ("U.S.").
/// </summary>
internal static class TitleText
{
    /// <summary>The words of a data string ("Minister of Foreign Affairs", "U.S.").</summary>
    public static List<TitleWord> Words(string text)
    {
        var tokens = Tokenizer.Tokenize(text, new TextSpan(0, text.Length));
        var words = new List<TitleWord>();
        Append(text, tokens, 0, tokens.Length, words);
        return words;
    }

    /// <summary>The words of a data string joined by spaces: the key a table is looked up by.</summary>
    public static string Key(string text) => Join(Words(text), 0, -1);

    /// <summary>Keys of <paramref name="words"/> from <paramref name="start"/>, <paramref name="count"/> of them (-1: to the end), joined by spaces.</summary>
    public static string Join(IReadOnlyList<TitleWord> words, int start, int count)
    {
        var end = count < 0 ? words.Count : start + count;
        return string.Join(' ', Enumerable.Range(start, end - start).Select(i => words[i].Key));
    }

    /// <summary>
    /// Appends the words of <paramref name="tokens"/>[from..to): words, and a period right after a word as part of it
    /// ("Gov."). The caller leaves other punctuation, and a sentence's own full stop, out of the range.
    /// </summary>
    public static void Append(string text, IReadOnlyList<Token> tokens, int from, int to, List<TitleWord> words)
    {
        var first = words.Count;
        for (var i = from; i < to; i++)
        {
            var token = tokens[i];
            if (!token.IsWord)
            {
                if (text[token.Start] == '.' && words.Count > first && words[^1].Span.End == token.Start)
                {
                    var last = words[^1];
                    words[^1] = last with { Key = last.Key + ".", Span = TextSpan.FromBounds(last.Span.Start, token.End) };
                }

                continue;
            }

            AddPieces(text, token.Span, words);
        }

        // "U." "S." written without a space are the one word "U.S.".
        for (var k = words.Count - 1; k > first; k--)
        {
            var (left, right) = (words[k - 1], words[k]);
            if (left.Span.End == right.Span.Start && left.Key.EndsWith('.') && right.Key.EndsWith('.') && IsInitials(text, left.Span) && IsInitials(text, right.Span))
            {
                var span = TextSpan.FromBounds(left.Span.Start, right.Span.End);
                words[k - 1] = new TitleWord(Normalize(text.AsSpan(span.Start, span.Length)), span, true);
                words.RemoveAt(k);
            }
        }
    }

    /// <summary>True when the word begins with a capital.</summary>
    public static bool IsCapitalised(ReadOnlySpan<char> word) => word.Length > 0 && char.IsUpper(word[0]);

    private static void AddPieces(string text, TextSpan span, List<TitleWord> words)
    {
        var start = span.Start;
        for (var i = span.Start; i <= span.End; i++)
        {
            if (i < span.End && !IsHyphen(text[i]))
            {
                continue;
            }

            if (i > start)
            {
                AddWord(text, TextSpan.FromBounds(start, i), words);
            }

            start = i + 1;
        }
    }

    private static void AddWord(string text, TextSpan span, List<TitleWord> words)
    {
        var word = text.AsSpan(span.Start, span.Length);
        if (word.Length > 2 && NameNormalizer.IsApostrophe(word[^2]) && word[^1] is 's' or 'S')
        {
            var core = new TextSpan(span.Start, span.Length - 2);
            words.Add(new TitleWord(Normalize(text.AsSpan(core.Start, core.Length)), core, IsCapitalised(word)));
            words.Add(new TitleWord("'s", TextSpan.FromBounds(core.End, span.End), false));
            return;
        }

        words.Add(new TitleWord(Normalize(word), span, IsCapitalised(word)));
    }

    /// <summary>Lower case, unless every letter is a capital and there are two or more ("UN", "U.S.", "DPRK").</summary>
    public static string Normalize(ReadOnlySpan<char> word)
    {
        var letters = 0;
        var allCapitals = true;
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                letters++;
                allCapitals &= char.IsUpper(c);
            }
        }

        var result = allCapitals && letters >= 2 ? word.ToString() : word.ToString().ToLowerInvariant();
        return result.Replace('\u2019', '\'');
    }

    private static bool IsInitials(string text, TextSpan span)
    {
        // "U.", "S." or "S.A.": capitals each followed by a period.
        if (span.Length == 0 || span.Length % 2 != 0)
        {
            return false;
        }

        for (var i = span.Start; i < span.End; i += 2)
        {
            if (!char.IsUpper(text[i]) || text[i + 1] != '.')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';
}
