using System.Reflection;

namespace EditLint.Names;

/// <summary>
/// Lower-case English words (rules/english-words.txt, from Debian's wamerican). A capitalised
/// token that is an ordinary word ("Park", "Rice", "Young", "Sun", "Opportunity") does not make
/// a name on its own unless a name list uses it.
/// </summary>
public sealed class EnglishWords
{
    private const string ResourceName = "rules/english-words.txt";

    private static readonly Lazy<EnglishWords> Embedded = new(LoadEmbedded);

    private readonly HashSet<string> words;

    private EnglishWords(HashSet<string> words) => this.words = words;

    /// <summary>The list shipped in the tool.</summary>
    public static EnglishWords Default => Embedded.Value;

    /// <summary>A list from words given directly (tests).</summary>
    public static EnglishWords From(IEnumerable<string> words) =>
        new(new HashSet<string>(words.Select(w => w.ToLowerInvariant()), StringComparer.Ordinal));

    /// <summary>True when the lower-case form of <paramref name="token"/> is an English word.</summary>
    public bool Contains(ReadOnlySpan<char> token)
    {
        Span<char> lower = token.Length <= 64 ? stackalloc char[token.Length] : new char[token.Length];
        token.ToLowerInvariant(lower);
        var lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        return lookup.Contains(lower);
    }

    private static EnglishWords LoadEmbedded()
    {
        using var stream = typeof(EnglishWords).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(70_000, StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            set.Add(line);
        }

        return new EnglishWords(set);
    }
}
