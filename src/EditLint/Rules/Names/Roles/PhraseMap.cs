namespace EditLint.Rules.Names.Roles;

/// <summary>Phrases of <see cref="TitleWord"/> keys to values, looked up longest first from a position.</summary>
internal sealed class PhraseMap<T>
    where T : class
{
    private readonly Dictionary<string, T> phrases = new(StringComparer.Ordinal);

    private readonly HashSet<string> words = new(StringComparer.Ordinal);

    public int MaxWords { get; private set; }

    /// <summary>Whether any phrase has this word: a word no phrase has cannot be inside a title.</summary>
    public bool HasWord(string key) => words.Contains(key);

    /// <summary>Adds a phrase; an existing phrase keeps its value unless <paramref name="replace"/>.</summary>
    public void Add(IReadOnlyList<TitleWord> words, T value, bool replace = false)
    {
        if (words.Count == 0)
        {
            return;
        }

        var key = TitleText.Join(words, 0, -1);
        if (replace)
        {
            phrases[key] = value;
        }
        else
        {
            phrases.TryAdd(key, value);
        }

        MaxWords = Math.Max(MaxWords, words.Count);
        foreach (var word in words)
        {
            this.words.Add(word.Key);
        }
    }

    public T? Get(string key) => phrases.GetValueOrDefault(key);

    /// <summary>The longest phrase that starts at <paramref name="start"/> and ends by <paramref name="end"/>, and its length in words.</summary>
    public (T Value, int Length)? Longest(IReadOnlyList<TitleWord> words, int start, int end)
    {
        for (var length = Math.Min(MaxWords, end - start); length >= 1; length--)
        {
            if (phrases.TryGetValue(TitleText.Join(words, start, length), out var value))
            {
                return (value, length);
            }
        }

        return null;
    }
}
