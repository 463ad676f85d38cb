using System.Buffers;
using System.Text;

namespace EditLint.Names;

/// <summary>
/// Lower-case English words (rules/english-words.txt, from Debian's wamerican). A capitalised
/// token that is an ordinary word ("Park", "Rice", "Young", "Sun", "Opportunity") does not make
/// a name on its own unless a name list uses it. The 64,000 words stay in the list's own bytes, one
/// per line, with an open-addressing table of where each starts: two objects that no collection has
/// to trace, and little memory to touch at start-up.
/// </summary>
public sealed class EnglishWords
{
    private const string ResourceName = "rules/english-words.txt";

    private static readonly Lazy<EnglishWords> Embedded = new(LoadEmbedded);

    // Lines of ASCII words, ended by LF or CR LF; lines starting with '#' are comments and are not indexed.
    private readonly byte[] lines;

    // Where a word starts in lines, plus one; 0 where empty.
    private readonly int[] slots;

    private EnglishWords(byte[] lines)
    {
        this.lines = lines;
        var lineCount = lines.AsSpan().Count((byte)'\n') + 1;
        var capacity = 16;
        while (capacity < lineCount * 2)
        {
            capacity <<= 1;
        }

        slots = new int[capacity];
        foreach (var line in lines.AsSpan().Split((byte)'\n'))
        {
            var word = WithoutCarriageReturn(lines.AsSpan(line));
            if (word.Length > 0 && word[0] != '#')
            {
                Insert(line.Start.GetOffset(lines.Length), word);
            }
        }
    }

    /// <summary>The list shipped in the tool.</summary>
    public static EnglishWords Default => Embedded.Value;

    /// <summary>A list from words given directly (tests): ASCII words, none starting with '#'.</summary>
    public static EnglishWords From(IEnumerable<string> words)
    {
        var text = string.Join('\n', words.Select(word => word.ToLowerInvariant()));
        if (!Ascii.IsValid(text))
        {
            throw new ArgumentException("English words are ASCII.", nameof(words));
        }

        return new(Encoding.ASCII.GetBytes(text));
    }

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

    // The word starting at start, up to its line's end (LF, or CR LF).
    private ReadOnlySpan<byte> Word(int start)
    {
        var rest = lines.AsSpan(start);
        var end = rest.IndexOf((byte)'\n');
        return WithoutCarriageReturn(end < 0 ? rest : rest[..end]);
    }

    private static ReadOnlySpan<byte> WithoutCarriageReturn(ReadOnlySpan<byte> line) => line.EndsWith((byte)'\r') ? line[..^1] : line;

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
