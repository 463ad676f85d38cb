using System.Runtime.InteropServices;
using EditLint.Documents;
using EditLint.Text;

namespace EditLint.Rules.Claims;

/// <summary>
/// Phrases of one or more words, looked up by their first word and matched token by token (case-insensitive,
/// curly and straight apostrophes alike). A phrase never matches across punctuation. The word <c>#</c> in a
/// phrase matches one number, in digits or in words.
/// </summary>
internal sealed class PhraseTable<T>
{
    public const string NumberSlot = "#";

    private static readonly string[] NumberWordList =
        ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
         "fifteen", "twenty", "thirty", "forty", "fifty", "hundred", "few", "several"];

    private static readonly WordSet NumberWords = new(NumberWordList);

    private readonly Dictionary<string, List<Phrase>> byFirstWord = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<Phrase>>.AlternateLookup<ReadOnlySpan<char>> lookup;
    private readonly List<Phrase> numberFirst = [];
    private WordPrefilter? prefilter;

    public PhraseTable() => lookup = byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();

    public sealed record Phrase(string Text, string[] Words, T Value);

    public void Add(string text, T value)
    {
        string[] words = WordSet.Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return;
        }

        var phrase = new Phrase(text, words, value);
        if (words[0] == NumberSlot)
        {
            // Filed under digits and under every number word, so a lookup finds it in one step.
            Insert(numberFirst, phrase);
            foreach (string number in NumberWordList)
            {
                Insert(ListFor(number), phrase);
            }
        }
        else
        {
            Insert(ListFor(words[0]), phrase);
        }
    }

    /// <summary>The words phrases start with; a caller can index them together with other word lists.</summary>
    public IEnumerable<string> FirstWords => byFirstWord.Keys;

    private List<Phrase> ListFor(string word)
    {
        if (!byFirstWord.TryGetValue(word, out var list))
        {
            list = [];
            byFirstWord.Add(word, list);
            prefilter = null;
        }

        return list;
    }

    /// <summary>Longest first, so the caller tries "this past year" before "this year".</summary>
    private static void Insert(List<Phrase> list, Phrase phrase)
    {
        int at = list.FindIndex(p => p.Words.Length < phrase.Words.Length);
        list.Insert(at < 0 ? list.Count : at, phrase);
    }

    /// <summary>The phrases that may start at token <paramref name="index"/>, longest first.</summary>
    public ReadOnlySpan<Phrase> Candidates(Document document, TokenList tokens, int index)
    {
        var token = tokens[index];
        if (token.Kind == TokenKind.Number)
        {
            return CollectionsMarshal.AsSpan(numberFirst);
        }

        if (!token.IsWord)
        {
            return [];
        }

        var text = document.GetText(token);
        prefilter ??= new WordPrefilter(byFirstWord.Keys);
        if (!prefilter.MayContain(text))
        {
            return [];
        }

        if (lookup.TryGetValue(text, out var list))
        {
            return CollectionsMarshal.AsSpan(list);
        }

        if (text.Contains('\u2019'))
        {
            Span<char> buffer = text.Length <= 64 ? stackalloc char[text.Length] : new char[text.Length];
            text.CopyTo(buffer);
            buffer.Replace('\u2019', '\'');
            if (lookup.TryGetValue(buffer, out list))
            {
                return CollectionsMarshal.AsSpan(list);
            }
        }

        return [];
    }

    /// <summary>
    /// True when <paramref name="phrase"/> matches the tokens from <paramref name="index"/>; <paramref name="end"/> is the
    /// index after it. A phrase from <see cref="Candidates"/> already matches its first word, which is not compared again.
    /// </summary>
    public static bool Matches(Phrase phrase, Document document, TokenList tokens, int index, out int end, bool firstWordMatched = false)
    {
        end = index;
        int from = firstWordMatched && index < tokens.Count ? 1 : 0;
        end += from;
        for (int w = from; w < phrase.Words.Length; w++)
        {
            string word = phrase.Words[w];
            if (end >= tokens.Count)
            {
                return false;
            }

            var token = tokens[end];
            if (word == NumberSlot)
            {
                if (!(token.Kind == TokenKind.Number || (token.IsWord && NumberWords.Contains(document.GetText(token)))))
                {
                    return false;
                }
            }
            else if (!token.IsWord || !SameWord(document.GetText(token), word))
            {
                return false;
            }

            end++;
        }

        return true;
    }

    /// <summary>The longest phrase that matches at <paramref name="index"/>, if any.</summary>
    public bool TryMatch(Document document, TokenList tokens, int index, out Phrase? phrase, out int end)
    {
        foreach (var candidate in Candidates(document, tokens, index))
        {
            if (Matches(candidate, document, tokens, index, out end, firstWordMatched: true))
            {
                phrase = candidate;
                return true;
            }
        }

        phrase = null;
        end = index;
        return false;
    }

    public static bool SameWord(ReadOnlySpan<char> text, ReadOnlySpan<char> word)
    {
        if (text.Length != word.Length)
        {
            return false;
        }

        for (int i = 0; i < text.Length; i++)
        {
            char a = text[i] == '\u2019' ? '\'' : text[i];
            if (char.ToLowerInvariant(a) != char.ToLowerInvariant(word[i]))
            {
                return false;
            }
        }

        return true;
    }
}
