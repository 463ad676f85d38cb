namespace EditLint.HouseRules;

/// <summary>
/// Compares a token with a term's word, without case, and with curly and straight apostrophes (and the Unicode
/// hyphens) taken as one, so "People’s" matches "People's". It looks up spans of the document's text directly, so
/// matching allocates nothing per token; words without those marks (nearly all) take the framework's vectorised
/// ordinal-ignore-case path.
/// </summary>
internal sealed class TermComparer : IEqualityComparer<string>, IAlternateEqualityComparer<ReadOnlySpan<char>, string>
{
    private const string Marks = "\u2019\u2018\u02BC\u2010\u2011";

    public static TermComparer Instance { get; } = new();

    /// <summary>The apostrophe and hyphen forms folded to their ASCII forms; every other character as it is.</summary>
    public static char Normalize(char c) => c switch
    {
        '\u2019' or '\u2018' or '\u02BC' => '\'',
        '\u2010' or '\u2011' => '-',
        _ => c,
    };

    /// <summary>Equal as written, but for apostrophe and hyphen forms: the test a case-sensitive term makes.</summary>
    public static bool EqualsExactly(ReadOnlySpan<char> text, ReadOnlySpan<char> term)
    {
        if (text.Length != term.Length)
        {
            return false;
        }

        for (int i = 0; i < text.Length; i++)
        {
            if (Normalize(text[i]) != Normalize(term[i]))
            {
                return false;
            }
        }

        return true;
    }

    public bool Equals(string? x, string? y) => x is null || y is null ? ReferenceEquals(x, y) : Equals(x.AsSpan(), y);

    public int GetHashCode(string obj) => GetHashCode(obj.AsSpan());

    public bool Equals(ReadOnlySpan<char> alternate, string other)
    {
        if (alternate.Length != other.Length)
        {
            return false;
        }

        if (alternate.IndexOfAny(Marks) < 0 && other.AsSpan().IndexOfAny(Marks) < 0)
        {
            return alternate.Equals(other, StringComparison.OrdinalIgnoreCase);
        }

        for (int i = 0; i < alternate.Length; i++)
        {
            char a = Normalize(alternate[i]), b = Normalize(other[i]);
            if (a != b && !new ReadOnlySpan<char>(in a).Equals(new ReadOnlySpan<char>(in b), StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    public int GetHashCode(ReadOnlySpan<char> alternate)
    {
        if (alternate.IndexOfAny(Marks) < 0)
        {
            return string.GetHashCode(alternate, StringComparison.OrdinalIgnoreCase);
        }

        Span<char> buffer = alternate.Length <= 256 ? stackalloc char[alternate.Length] : new char[alternate.Length];
        for (int i = 0; i < alternate.Length; i++)
        {
            buffer[i] = Normalize(alternate[i]);
        }

        return string.GetHashCode(buffer, StringComparison.OrdinalIgnoreCase);
    }

    public string Create(ReadOnlySpan<char> alternate) => alternate.ToString();
}
