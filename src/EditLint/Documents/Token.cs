using EditLint.Text;

namespace EditLint.Documents;

/// <summary>A token of a sentence; its text is read from the document by span, never copied in the hot path.</summary>
/// <remarks>
/// Eight bytes, not the twelve of a span and a kind side by side: the kind is kept in the top two bits of the length.
/// A document holds about one token per five characters of prose, and the token arrays were a sixth of all a run
/// allocated; every rule also reads them word by word.
/// </remarks>
public readonly record struct Token
{
    private const int KindShift = 30;
    private const int LengthMask = (1 << KindShift) - 1;

    private readonly int start;
    private readonly int lengthAndKind;

    public Token(TextSpan Span, TokenKind Kind)
    {
        // One comparison each on the tokenizer's path: a negative length is a large unsigned one.
        ArgumentOutOfRangeException.ThrowIfGreaterThan((uint)Span.Length, (uint)LengthMask, nameof(Span));
        ArgumentOutOfRangeException.ThrowIfGreaterThan((uint)Kind, 3u, nameof(Kind));
        start = Span.Start;
        lengthAndKind = Span.Length | ((int)Kind << KindShift);
    }

    public TextSpan Span => new(start, lengthAndKind & LengthMask);

    public TokenKind Kind => (TokenKind)((uint)lengthAndKind >> KindShift);

    public int Start => start;

    public int End => start + (lengthAndKind & LengthMask);

    public bool IsWord => Kind == TokenKind.Word;

    public void Deconstruct(out TextSpan Span, out TokenKind Kind)
    {
        Span = this.Span;
        Kind = this.Kind;
    }
}
