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

    private readonly Dictionary<string, PhraseGroup> byFirstWord = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, PhraseGroup>.AlternateLookup<ReadOnlySpan<char>> lookup;
    private readonly PhraseGroup numberFirst = new();
    private WordPrefilter? prefilter;

    public PhraseTable() => lookup = byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A table of <paramref name="phrases"/>, each with <paramref name="value"/>.</summary>
    public static PhraseTable<T> Of(IEnumerable<string> phrases, T value)
    {
        var table = new PhraseTable<T>();
        foreach (string phrase in phrases)
        {
            table.Add(phrase, value);
        }

        return table;
    }

    public sealed record Phrase(string Text, string[] Words, T Value);

    /// <summary>
    /// The phrases that share a first word, and what their second words can be: a common first word ("the", "in",
    /// "at") usually has none of them after it, and is then passed over without trying each phrase.
    /// </summary>
    private sealed class PhraseGroup
    {
        // Worked out on first use, once the table is complete; a race only builds the same thing twice.
        private Followers? followers;

        /// <summary>Longest first, so the caller tries "this past year" before "this year".</summary>
        public List<Phrase> Phrases { get; } = [];

        public void Insert(Phrase phrase)
        {
            int at = Phrases.FindIndex(p => p.Words.Length < phrase.Words.Length);
            Phrases.Insert(at < 0 ? Phrases.Count : at, phrase);
            followers = null;
        }

        /// <summary>False when no phrase of the group can match from token <paramref name="index"/>, judging by the token after it.</summary>
        public bool MayContinue(Document document, TokenList tokens, int index)
        {
            var next = followers ??= new Followers(Phrases);
            if (next.AnyOneWord)
            {
                return true;
            }

            if (index + 1 >= tokens.Count)
            {
                return false;
            }

            var token = tokens[index + 1];
            return token.Kind == TokenKind.Number
                ? next.AnyNumber
                : token.IsWord && (next.AnyNumber || next.Words.MayContain(document.GetText(token)));
        }

        private sealed class Followers(List<Phrase> phrases)
        {
            public bool AnyOneWord { get; } = phrases.Exists(p => p.Words.Length == 1);

            public bool AnyNumber { get; } = phrases.Exists(p => p.Words.Length > 1 && p.Words[1] == NumberSlot);

            public WordPrefilter Words { get; } = new(phrases.Where(p => p.Words.Length > 1).Select(p => p.Words[1]));
        }
    }

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
            numberFirst.Insert(phrase);
            foreach (string number in ClaimText.NumberWordList)
            {
                GroupFor(number).Insert(phrase);
            }
        }
        else
        {
            GroupFor(words[0]).Insert(phrase);
            if (words.Length == 1)
            {
                LongestOneWord = Math.Max(LongestOneWord, words[0].Length);
                if (LetterPair(words[0]) is int pair and >= 0)
                {
                    oneWordStarts[pair] = true;
                }
            }
        }
    }

    /// <summary>The length of the longest one-word phrase: how far into a word <see cref="OneWord"/> can match.</summary>
    public int LongestOneWord { get; private set; }

    /// <summary>False when no one-word phrase begins with the word's first two letters: one array read for most words.</summary>
    public bool MayStartOneWord(ReadOnlySpan<char> word) => LetterPair(word) is int pair and >= 0 && oneWordStarts[pair];

    private readonly bool[] oneWordStarts = new bool[26 * 26];

    private static int LetterPair(ReadOnlySpan<char> word) =>
        word.Length >= 2 && char.IsAsciiLetter(word[0]) && char.IsAsciiLetter(word[1])
            ? ((char.ToLowerInvariant(word[0]) - 'a') * 26) + (char.ToLowerInvariant(word[1]) - 'a')
            : -1;

    /// <summary>The words phrases start with; a caller can index them together with other word lists.</summary>
    public IEnumerable<string> FirstWords => byFirstWord.Keys;

    /// <summary>
    /// Each phrase's last word that is not a number slot: a sentence without any of them holds no phrase. Null when a
    /// phrase is numbers only ("#"), which any sentence with a number may hold.
    /// </summary>
    public IReadOnlyCollection<string>? LastWords
    {
        get
        {
            var phrases = byFirstWord.Values.Append(numberFirst).SelectMany(g => g.Phrases).ToList();
            return phrases.Exists(p => p.Words.All(w => w == NumberSlot))
                ? null
                : phrases.Select(p => p.Words.Last(w => w != NumberSlot)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        }
    }

    /// <summary>The one-word phrase that is <paramref name="word"/>, if the table holds one: "recently" in "recently-elected".</summary>
    public Phrase? OneWord(ReadOnlySpan<char> word) =>
        lookup.TryGetValue(word, out var group) ? group.Phrases.Find(p => p.Words.Length == 1) : null;

    private PhraseGroup GroupFor(string word)
    {
        if (!byFirstWord.TryGetValue(word, out var group))
        {
            group = new PhraseGroup();
            byFirstWord.Add(word, group);
            prefilter = null;
        }

        return group;
    }

    /// <summary>The phrases that may start at token <paramref name="index"/>, longest first.</summary>
    public ReadOnlySpan<Phrase> Candidates(Document document, TokenList tokens, int index)
    {
        var token = tokens[index];
        if (token.Kind == TokenKind.Number)
        {
            return Continuing(numberFirst, document, tokens, index);
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

        if (lookup.TryGetValue(text, out var group))
        {
            return Continuing(group, document, tokens, index);
        }

        if (text.Contains('\u2019'))
        {
            Span<char> buffer = text.Length <= 64 ? stackalloc char[text.Length] : new char[text.Length];
            text.CopyTo(buffer);
            buffer.Replace('\u2019', '\'');
            if (lookup.TryGetValue(buffer, out group))
            {
                return Continuing(group, document, tokens, index);
            }
        }

        return [];
    }

    private static ReadOnlySpan<Phrase> Continuing(PhraseGroup group, Document document, TokenList tokens, int index) =>
        group.MayContinue(document, tokens, index) ? CollectionsMarshal.AsSpan(group.Phrases) : [];

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
                if (!ClaimText.IsNumber(document, tokens, end))
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
