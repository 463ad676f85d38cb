using EditLint.Documents;
using EditLint.Text;

namespace EditLint.HouseRules;

/// <summary>
/// Every term of a pack compiled into one token trie: a node per word, children looked up by the token's own span of
/// the document (no copy, no allocation). Matching a sentence walks from each token while the trie follows, so the cost
/// is the number of tokens times the length of the longest term that shares their words: linear in the text.
/// </summary>
public sealed class TermMatcher
{
    private readonly List<Node> nodes = [new Node()];
    private bool frozen;
    private bool startsWithPunctuation;

    /// <summary>Adds a term; <paramref name="value"/> comes back with each match.</summary>
    public void Add(string term, int value)
    {
        if (frozen)
        {
            throw new InvalidOperationException("The matcher is compiled; no term can be added.");
        }

        var tokens = Tokenizer.Tokenize(term, new TextSpan(0, term.Length));
        if (tokens.Length == 0)
        {
            throw new ArgumentException($"The term '{term}' has no words.", nameof(term));
        }

        startsWithPunctuation |= tokens[0].Kind == TokenKind.Punctuation;
        int node = 0;
        foreach (var token in tokens)
        {
            string word = term.Substring(token.Start, token.Span.Length);
            var children = nodes[node].Children ??= new Dictionary<string, int>(TermComparer.Instance);
            if (!children.TryGetValue(word, out int child))
            {
                child = nodes.Count;
                nodes.Add(new Node());
                children.Add(word, child);
            }

            node = child;
        }

        nodes[node].Values.Add(value);
    }

    /// <summary>Ends adding; builds the span lookups.</summary>
    public void Compile()
    {
        foreach (var node in nodes)
        {
            if (node.Children is { } children)
            {
                node.Lookup = children.GetAlternateLookup<ReadOnlySpan<char>>();
            }

            node.ValueArray = [.. node.Values];
        }

        frozen = true;
    }

    public int TermCount => nodes.Sum(n => n.Values.Count);

    /// <summary>Adds every match in the sentence to <paramref name="into"/>, ordered by start, then by length.</summary>
    public void Match(Document document, Sentence sentence, List<TermMatch> into)
    {
        if (!frozen)
        {
            throw new InvalidOperationException("Compile the matcher first.");
        }

        var root = nodes[0];
        if (root.Children is null)
        {
            return;
        }

        var tokens = sentence.Tokens.AsSpan();
        string text = document.ProseText;
        for (int i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Kind == TokenKind.Punctuation && !startsWithPunctuation)
            {
                continue;
            }

            var current = root;
            for (int j = i; j < tokens.Length; j++)
            {
                var token = tokens[j];
                if (!current.Lookup.TryGetValue(text.AsSpan(token.Start, token.Span.Length), out int next))
                {
                    break;
                }

                current = nodes[next];
                foreach (int value in current.ValueArray)
                {
                    into.Add(new TermMatch(value, TextSpan.FromBounds(tokens[i].Start, token.End), i, j + 1));
                }

                if (current.Children is null)
                {
                    break;
                }
            }
        }
    }

    private sealed class Node
    {
        public Dictionary<string, int>? Children { get; set; }

        public Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Lookup { get; set; }

        public List<int> Values { get; } = [];

        public int[] ValueArray { get; set; } = [];
    }
}

/// <summary>
/// A match: the value its term was added with, its span, and its tokens [FirstToken, EndToken) (-1 for a pattern match);
/// <see cref="Replacement"/> is what a substitution pattern's preferred term makes of this match's groups, or null.
/// </summary>
public readonly record struct TermMatch(int Value, TextSpan Span, int FirstToken, int EndToken, string? Replacement = null);
