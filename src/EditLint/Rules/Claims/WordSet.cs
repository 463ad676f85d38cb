using EditLint.Text;

namespace EditLint.Rules.Claims;

/// <summary>A case-insensitive set of words that answers for a span of the document without allocating.</summary>
internal sealed class WordSet
{
    private readonly HashSet<string> words;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup;
    private readonly WordPrefilter prefilter;

    public WordSet(IEnumerable<string> items)
    {
        words = new HashSet<string>(items.Select(Normalize), StringComparer.OrdinalIgnoreCase);
        lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        prefilter = new WordPrefilter(words);
    }

    /// <summary>How many words the set holds.</summary>
    public int Count => words.Count;

    /// <summary>The words, as stored (curly apostrophes straightened).</summary>
    public IEnumerable<string> Words => words;

    public bool Contains(ReadOnlySpan<char> word)
    {
        if (!prefilter.MayContain(word))
        {
            return false;
        }

        if (word.Contains('\u2019'))
        {
            Span<char> buffer = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
            word.CopyTo(buffer);
            buffer.Replace('\u2019', '\'');
            return lookup.Contains(buffer);
        }

        return lookup.Contains(word);
    }

    /// <summary>Curly apostrophes are stored straight, so "world’s" and "world's" are one word.</summary>
    public static string Normalize(string word) => word.Replace('\u2019', '\'').Trim();
}
