using System.Buffers;
using System.Text;

namespace EditLint.Names;

/// <summary>
/// Lower-case English words (rules/english-words.txt, from Debian's wamerican). A capitalised
/// token that is an ordinary word ("Park", "Rice", "Young", "Sun", "Opportunity") does not make
/// a name on its own unless a name list uses it. The 64,000 words stay in the list's own bytes, one
/// per line, with an open-addressing table of where each starts: about 1 MB in two objects, where a
/// set of 64,000 strings loaded more slowly and was copied by every collection until the run ended.
/// </summary>
public sealed class EnglishWords
{
    private const string ResourceName = "rules/english-words.txt";

    private static readonly Lazy<EnglishWords> Embedded = new(LoadEmbedded);

    // Lines of ASCII words; lines starting with '#' are comments and are not indexed.
    private readonly byte[] lines;

    // Where a word starts in lines, plus one; 0 where empty.
    private readonly int[] slots;

    private EnglishWords(byte[] lines)
    {
        this.lines = lines;
        var words = lines.AsSpan().Count((byte)'\n') + 1;
        var capacity = 16;
        while (capacity < words * 2)
        {
            capacity <<= 1;
        }

        slots = new int[capacity];
        for (var start = 0; start < lines.Length;)
        {
            var word = Word(start);
            if (word.Length > 0 && word[0] != '#')
            {
                Insert(start, word);
            }

            start += word.Length + 1;
            if (start < lines.Length && lines[start - 1] == '\r' && lines[start] == '\n')
            {
                start++;
            }
        }
    }

    /// <summary>The list shipped in the tool.</summary>
    public static EnglishWords Default => Embedded.Value;

    /// <summary>A list from words given directly (tests); only words of ASCII letters can ever be found.</summary>
    public static EnglishWords From(IEnumerable<string> words) =>
        new(Encoding.ASCII.GetBytes(string.Join('\n', words.Select(word => word.ToLowerInvariant()))));

    /// <summary>A list from the lines of a word file such as rules/english-words.txt, with or without carriage returns.</summary>
    internal static EnglishWords FromLines(byte[] lines) => new(lines);

    /// <summary>True when the lower-case form of <paramref name="token"/> is an English word.</summary>
    public bool Contains(ReadOnlySpan<char> token)
    {
        Span<char> lower = token.Length <= 64 ? stackalloc char[token.Length] : new char[token.Length];
        Span<byte> ascii = token.Length <= 64 ? stackalloc byte[token.Length] : new byte[token.Length];
        token.ToLowerInvariant(lower);
        if (token.Length == 0 || Ascii.FromUtf16(lower, ascii, out _) != OperationStatus.Done)
        {
            return false;
        }

        for (var slot = Slot(ascii); slots[slot] != 0; slot = (slot + 1) & (slots.Length - 1))
        {
            if (Word(slots[slot] - 1).SequenceEqual(ascii))
            {
                return true;
            }
        }

        return false;
    }

    private void Insert(int start, ReadOnlySpan<byte> word)
    {
        var slot = Slot(word);
        while (slots[slot] != 0)
        {
            if (Word(slots[slot] - 1).SequenceEqual(word))
            {
                return;
            }

            slot = (slot + 1) & (slots.Length - 1);
        }

        slots[slot] = start + 1;
    }

    // The word starting at start, up to its line's end.
    private ReadOnlySpan<byte> Word(int start)
    {
        var line = lines.AsSpan(start);
        var end = line.IndexOfAny((byte)'\n', (byte)'\r');
        return end < 0 ? line : line[..end];
    }

    // FNV-1a, folded to the table's size.
    private int Slot(ReadOnlySpan<byte> word)
    {
        var hash = 2166136261u;
        foreach (var b in word)
        {
            hash = (hash ^ b) * 16777619u;
        }

        return (int)((hash ^ (hash >> 15)) & (uint)(slots.Length - 1));
    }

    private static EnglishWords LoadEmbedded()
    {
        using var stream = typeof(EnglishWords).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return FromLines(bytes);
    }
}
