namespace EditLint.HouseRules;

/// <summary>
/// Compares a token with a term's word, without case, and with curly and straight apostrophes (and the Unicode
/// hyphens) taken as one, so "People’s" matches "People's". It looks up spans of the document's text directly, so
/// matching allocates nothing per token.
/// </summary>
internal sealed class TermComparer : IEqualityComparer<string>, IAlternateEqualityComparer<ReadOnlySpan<char>, string>
{
    public static TermComparer Instance { get; } = new();

    public static char Fold(char c) => c switch
    {
        '\u2019' or '\u2018' or '\u02BC' => '\'',
        '\u2010' or '\u2011' => '-',
        _ => char.ToUpperInvariant(c),
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
            if (text[i] != term[i] && !(Fold(text[i]) == Fold(term[i]) && !char.IsLetter(text[i])))
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

        for (int i = 0; i < alternate.Length; i++)
        {
            if (alternate[i] != other[i] && Fold(alternate[i]) != Fold(other[i]))
            {
                return false;
            }
        }

        return true;
    }

    public int GetHashCode(ReadOnlySpan<char> alternate)
    {
        var hash = default(HashCode);
        foreach (char c in alternate)
        {
            hash.Add(Fold(c));
        }

        return hash.ToHashCode();
    }

    public string Create(ReadOnlySpan<char> alternate) => alternate.ToString();
}
