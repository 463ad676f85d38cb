using System.Text;

namespace EditLint.Names;

/// <summary>
/// Lower-case English words (rules/english-words.txt, from Debian's wamerican). A capitalised
/// token that is an ordinary word ("Park", "Rice", "Young", "Sun", "Opportunity") does not make
/// a name on its own unless a name list uses it. The 64,000 words are kept in one string with an
/// open-addressing table of their offsets, not as a set of strings: as 64,000 objects they loaded
/// more slowly and were marked and copied by every collection until the run ended.
/// </summary>
public sealed class EnglishWords
{
    private const string ResourceName = "rules/english-words.txt";

    private static readonly Lazy<EnglishWords> Embedded = new(LoadEmbedded);

    // Word k is letters[starts[k]..starts[k + 1]]; slots hold k + 1, or 0 where empty.
    private readonly string letters;
    private readonly int[] starts;
    private readonly int[] slots;

    private EnglishWords(string letters, List<int> wordStarts)
    {
        this.letters = letters;
        starts = [.. wordStarts];
        var capacity = 16;
        while (capacity < (starts.Length - 1) * 2)
        {
            capacity <<= 1;
        }

        slots = new int[capacity];
        for (var k = 0; k < starts.Length - 1; k++)
        {
            var word = Word(k);
            var slot = Slot(word);
            while (slots[slot] != 0 && !Word(slots[slot] - 1).SequenceEqual(word))
            {
                slot = (slot + 1) & (slots.Length - 1);
            }

            slots[slot] = k + 1;
        }
    }

    /// <summary>The list shipped in the tool.</summary>
    public static EnglishWords Default => Embedded.Value;

    /// <summary>A list from words given directly (tests).</summary>
    public static EnglishWords From(IEnumerable<string> words)
    {
        var starts = new List<int> { 0 };
        var all = new StringBuilder();
        foreach (var word in words)
        {
            all.Append(word.ToLowerInvariant());
            starts.Add(all.Length);
        }

        return new EnglishWords(all.ToString(), starts);
    }

    /// <summary>True when the lower-case form of <paramref name="token"/> is an English word.</summary>
    public bool Contains(ReadOnlySpan<char> token)
    {
        Span<char> lower = token.Length <= 64 ? stackalloc char[token.Length] : new char[token.Length];
        token.ToLowerInvariant(lower);
        for (var slot = Slot(lower); slots[slot] != 0; slot = (slot + 1) & (slots.Length - 1))
        {
            if (Word(slots[slot] - 1).SequenceEqual(lower))
            {
                return true;
            }
        }

        return false;
    }

    private ReadOnlySpan<char> Word(int k) => letters.AsSpan(starts[k], starts[k + 1] - starts[k]);

    // FNV-1a, folded to the table's size.
    private int Slot(ReadOnlySpan<char> word)
    {
        var hash = 2166136261u;
        foreach (var c in word)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)((hash ^ (hash >> 15)) & (uint)(slots.Length - 1));
    }

    private static EnglishWords LoadEmbedded()
    {
        using var stream = typeof(EnglishWords).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);

        // The file is ASCII: its words are copied straight from the bytes, without the comments and line breaks.
        var letters = new char[bytes.Length];
        var length = 0;
        var starts = new List<int>(70_000) { 0 };
        foreach (var range in bytes.AsSpan().Split((byte)'\n'))
        {
            var line = bytes.AsSpan(range).TrimEnd((byte)'\r');
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            length += Encoding.ASCII.GetChars(line, letters.AsSpan(length));
            starts.Add(length);
        }

        return new EnglishWords(new string(letters, 0, length), starts);
    }
}
