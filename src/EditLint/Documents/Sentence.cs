using EditLint.Text;

namespace EditLint.Documents;

/// <summary>A sentence of a prose block, with its tokens. Offsets point into the document's text.</summary>
public sealed class Sentence(TextSpan span, Token[] tokens, ProseBlock block, int index)
{
    public TextSpan Span { get; } = span;

    public TokenList Tokens { get; } = new(tokens);

    public ProseBlock Block { get; } = block;

    /// <summary>The position of this sentence in its document, from 0.</summary>
    public int Index { get; } = index;

    /// <summary>True for the first word token of the sentence: its capital says nothing about names.</summary>
    public bool IsFirstWord(int tokenIndex)
    {
        for (int i = 0; i < tokenIndex; i++)
        {
            if (Tokens[i].IsWord || Tokens[i].Kind == TokenKind.Number)
            {
                return false;
            }
        }

        return Tokens[tokenIndex].IsWord;
    }
}
