using System.Collections;

namespace EditLint.Documents;

/// <summary>
/// The tokens of a sentence. A struct over the array, so that the rules' loops index tokens without an
/// interface call: through <see cref="IReadOnlyList{T}"/> the indexer was the hottest method of a run.
/// </summary>
public readonly struct TokenList(Token[] tokens) : IReadOnlyList<Token>
{
    private readonly Token[] tokens = tokens;

    public int Count => tokens.Length;

    public Token this[int index] => tokens[index];

    public ReadOnlySpan<Token> AsSpan() => tokens;

    /// <summary>The index of the first token that starts at or after <paramref name="offset"/> (<see cref="Count"/> if none): a binary search.</summary>
    public int FirstAtOrAfter(int offset)
    {
        int lo = 0, hi = tokens.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (tokens[mid].Start < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    public IEnumerator<Token> GetEnumerator() => ((IEnumerable<Token>)tokens).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
