namespace EditLint.Names;

/// <summary>
/// What the name rules need to know of a capitalised word, whatever its place: its key, whether it is a title
/// word, an ordinary English word, a word of some listed name. Worked out once per word and thread and kept:
/// the same words ("The", "In", "President", "Congress") start sentence after sentence, and finding these facts
/// again each time (a key string and three set look-ups) was most of the time spent finding name mentions.
/// </summary>
internal readonly record struct WordFacts(string Key, bool IsTitle, bool IsCommon, bool IsListToken)
{
    // Bounded, so an archive of rare words cannot grow it without end; when full it starts again.
    private const int Limit = 50_000;

    [ThreadStatic]
    private static Cache? cache;

    public static WordFacts Of(ReadOnlySpan<char> word, NameIndex index, EnglishWords words)
    {
        var current = cache;
        if (current is null || !ReferenceEquals(current.Index, index) || !ReferenceEquals(current.Words, words) || current.Facts.Count >= Limit)
        {
            cache = current = new Cache(index, words);
        }

        if (current.Lookup.TryGetValue(word, out var facts))
        {
            return facts;
        }

        var key = NameNormalizer.Key(word);
        facts = new WordFacts(key, TitleWords.IsTitle(word), words.Contains(word), index.HasToken(key));
        current.Facts.Add(word.ToString(), facts);
        return facts;
    }

    private sealed class Cache
    {
        public Cache(NameIndex index, EnglishWords words)
        {
            Index = index;
            Words = words;
            Lookup = Facts.GetAlternateLookup<ReadOnlySpan<char>>();
        }

        public NameIndex Index { get; }

        public EnglishWords Words { get; }

        public Dictionary<string, WordFacts> Facts { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, WordFacts>.AlternateLookup<ReadOnlySpan<char>> Lookup { get; }
    }
}
