using EditLint.Text;

namespace EditLint.Documents;

/// <summary>A token of a sentence; its text is read from the document by span, never copied in the hot path.</summary>
/// <remarks>
/// Eight bytes, not the twelve of a span and a kind side by side: the kind is kept in the top two bits of the length,
/// and below them whether the tokenizer found the token free of hyphens. A document holds about one token per six or seven
/// characters of prose, and the token arrays were about a ninth of all a run allocated (39 of 350 MB over the benchmark corpus); every rule also reads them word by word.
/// </remarks>
public readonly record struct Token
{
    private const int KindShift = 30;
    private const int NoHyphenBit = 1 << 29;
    private const int LengthMask = NoHyphenBit - 1;

    private readonly int start;
    private readonly int lengthAndKind;

    public Token(TextSpan Span, TokenKind Kind)
        : this(Span, Kind, noHyphen: false)
    {
    }

    /// <summary>A token the tokenizer made, which knows whether the token holds a hyphen.</summary>
    internal Token(TextSpan span, TokenKind kind, bool noHyphen)
    {
        // One comparison each on the tokenizer's path: a negative length is a large unsigned one.
        ArgumentOutOfRangeException.ThrowIfGreaterThan((uint)span.Length, (uint)LengthMask, nameof(span));
        ArgumentOutOfRangeException.ThrowIfGreaterThan((uint)kind, 3u, nameof(kind));
        start = span.Start;
        lengthAndKind = span.Length | ((int)kind << KindShift) | (noHyphen ? NoHyphenBit : 0);
    }

    public TextSpan Span => new(start, lengthAndKind & LengthMask);

    public TokenKind Kind => (TokenKind)((uint)lengthAndKind >> KindShift);

    public int Start => start;

    public int End => start + (lengthAndKind & LengthMask);

    public bool IsWord => Kind == TokenKind.Word;

    /// <summary>
    /// False when the token may hold a hyphen-minus ("-"): a rule that looks for one in a word can skip the search
    /// when this is true. The tokenizer knows; a token made by hand says false and is searched.
    /// </summary>
    internal bool HasNoHyphen => (lengthAndKind & NoHyphenBit) != 0;

    public void Deconstruct(out TextSpan Span, out TokenKind Kind)
    {
        Span = this.Span;
        Kind = this.Kind;
    }

    /// <summary>Span and kind; what the tokenizer knew of hyphens is not part of a token's value.</summary>
    public bool Equals(Token other) => start == other.start && (lengthAndKind & ~NoHyphenBit) == (other.lengthAndKind & ~NoHyphenBit);

    public override int GetHashCode() => HashCode.Combine(start, lengthAndKind & ~NoHyphenBit);
}
