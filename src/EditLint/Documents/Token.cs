using EditLint.Text;

namespace EditLint.Documents;

/// <summary>A token of a sentence; its text is read from the document by span, never copied in the hot path.</summary>
public readonly record struct Token(TextSpan Span, TokenKind Kind)
{
    public int Start => Span.Start;

    public int End => Span.End;

    public bool IsWord => Kind == TokenKind.Word;
}
