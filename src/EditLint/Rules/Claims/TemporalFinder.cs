using EditLint.Documents;
using EditLint.Text;

namespace EditLint.Rules.Claims;

/// <summary>What EL2002 found: a relative time reference, its span and the term it matched.</summary>
internal readonly record struct TemporalMatch(TextSpan Span, TemporalTerm Term, int FirstToken);

/// <summary>
/// Finds relative time references in a sentence: the listed terms left to right in one pass, longest term first,
/// then the grammar's shapes ("three years ago", "last September"); where two overlap, the one that starts first
/// (and then the longer) wins. A term is skipped where its neighbours make it something else ("as soon as", "so
/// far as", "up to date", "electric current").
/// </summary>
internal static class TemporalFinder
{
    public static void Find(Document document, Sentence sentence, TemporalLexicon lexicon, List<TemporalMatch> into)
    {
        if (HasAnchor(document, sentence.Tokens, lexicon))
        {
            ReadEveryWord(document, sentence, lexicon, into);
        }
    }

    /// <summary>The reading of a sentence word by word, which <see cref="Find"/> spares the sentences without an anchor.</summary>
    internal static void ReadEveryWord(Document document, Sentence sentence, TemporalLexicon lexicon, List<TemporalMatch> into)
    {
        FindTerms(document, sentence, lexicon, into);
        int listed = into.Count;
        lexicon.Grammar.Find(document, sentence, into);
        if (into.Count == listed)
        {
            return;
        }

        into.Sort(static (a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : b.Span.Length.CompareTo(a.Span.Length));
        int kept = 0;
        for (int i = 0; i < into.Count; i++)
        {
            if (kept == 0 || into[i].Span.Start >= into[kept - 1].Span.End)
            {
                into[kept++] = into[i];
            }
        }

        into.RemoveRange(kept, into.Count - kept);
    }

    /// <summary>Whether a word of the sentence, or a one-word term before a hyphen ("recently-elected"), is an anchor.</summary>
    private static bool HasAnchor(Document document, TokenList tokens, TemporalLexicon lexicon)
    {
        if (lexicon.Anchors is not { } anchors)
        {
            return true;
        }

        for (int i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].IsWord)
            {
                var word = document.GetText(tokens[i]);
                if (anchors.Contains(word) || (!tokens[i].HasNoHyphen && TermBeforeHyphen(word, lexicon, out _) is not null))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static void FindTerms(Document document, Sentence sentence, TemporalLexicon lexicon, List<TemporalMatch> into)
    {
        var tokens = sentence.Tokens;
        int i = 0;
        while (i < tokens.Count)
        {
            if (tokens[i].Kind == TokenKind.Punctuation)
            {
                i++;
                continue;
            }

            int next = i + 1;
            if (TryHyphenedPrefix(document, tokens, lexicon, i, into))
            {
                i = next;
                continue;
            }

            foreach (var candidate in lexicon.Terms.Candidates(document, tokens, i))
            {
                if (PhraseTable<TemporalTerm>.Matches(candidate, document, tokens, i, out int end, firstWordMatched: true) && Applies(candidate.Value, document, tokens, i, end))
                {
                    int start = i;
                    int previous = ClaimText.PreviousWord(tokens, i);
                    if (candidate.Value.WithArticle && previous >= 0 && ClaimText.IsWord(document, tokens, previous, "the"))
                    {
                        start = previous;
                    }

                    into.Add(new TemporalMatch(TextSpan.FromBounds(tokens[start].Start, tokens[end - 1].End), candidate.Value, i));
                    next = end;
                    break;
                }
            }

            i = next;
        }
    }

    /// <summary>"a recently-accepted paper", "the currently-serving mayor": a one-word term before a hyphen.</summary>
    private static bool TryHyphenedPrefix(Document document, TokenList tokens, TemporalLexicon lexicon, int i, List<TemporalMatch> into)
    {
        var word = document.GetText(tokens[i]);
        if (!tokens[i].IsWord || tokens[i].HasNoHyphen || TemporalLexicon.IsListedCompound(word)
            || TermBeforeHyphen(word, lexicon, out int hyphen) is not { } phrase || phrase.Value.ExceptFollowedBy.Contains(word[(hyphen + 1)..]))
        {
            return false; // "current-account" as "current account"
        }

        if (!AppliesInDocumentation(phrase.Value, document, tokens, i, i + 1, word[(hyphen + 1)..]))
        {
            return false; // "the current-position offset" in documentation, as "the current position"
        }

        into.Add(new TemporalMatch(new TextSpan(tokens[i].Start, hyphen), phrase.Value, i));
        return true;
    }

    /// <summary>The one-word term that <paramref name="word"/> begins with, before a hyphen ("recently" in "recently-elected").</summary>
    private static PhraseTable<TemporalTerm>.Phrase? TermBeforeHyphen(ReadOnlySpan<char> word, TemporalLexicon lexicon, out int hyphen)
    {
        hyphen = -1;
        if (!lexicon.Terms.MayStartOneWord(word))
        {
            return null;
        }

        // A hyphen further in than the longest one-word term cannot close one: most words are not read to the end.
        hyphen = word.Length > 3 ? word[..Math.Min(word.Length, lexicon.Terms.LongestOneWord + 1)].IndexOf('-') : -1;
        return hyphen > 0 ? lexicon.Terms.OneWord(word[..hyphen]) : null;
    }

    private static bool Applies(TemporalTerm term, Document document, TokenList tokens, int start, int end)
    {
        bool atEnd = end >= tokens.Count || (tokens[end].Kind == TokenKind.Punctuation && document.ProseText[tokens[end].Start] is '.' or '!' or '?' or ';' or ':' or ')');
        bool atComma = !atEnd && tokens[end].Kind == TokenKind.Punctuation && document.ProseText[tokens[end].Start] == ',';
        if (atEnd ? term.ExceptAtEnd : atComma ? term.ExceptBeforeComma : tokens[end].IsWord && term.ExceptFollowedBy.Contains(document.GetText(tokens[end])))
        {
            return false;
        }

        return ClaimText.SequenceBefore(document, tokens, term.ExceptPrecededBy, start) < 0 && AppliesInDocumentation(term, document, tokens, start, end, []);
    }

    /// <summary>
    /// In a document with code (technical documentation) a term with <see cref="TemporalTerm.ProductNouns"/> needs one of
    /// them after it, in <paramref name="glued"/> (what follows a hyphen: "current-release") or in the words from
    /// <paramref name="end"/> on; and a term after one of its <see cref="TemporalTerm.InCodeDocumentsExceptPrecededBy"/>
    /// ("Get the latest version", "the currently selected item") is something else unless a number names the one meant or,
    /// for a term with <see cref="TemporalTerm.InCodeDocumentsExceptBefore"/>, the word after it is none of those
    /// ("the currently supported platforms").
    /// </summary>
    private static bool AppliesInDocumentation(TemporalTerm term, Document document, TokenList tokens, int start, int end, ReadOnlySpan<char> glued)
    {
        if (!document.HasCode)
        {
            return true;
        }

        bool product = term.ProductNouns is not { } products || (glued.Length > 0 && products.Contains(glued)) || NamesAProduct(document, tokens, products, end);
        return product && !IsSomethingElseInDocumentation(term, document, tokens, start, end, glued);
    }

    /// <summary>A standing pointer, a program's moment or a pointer into the text: "Get the latest version", "the currently selected item", "explained shortly".</summary>
    private static bool IsSomethingElseInDocumentation(TemporalTerm term, Document document, TokenList tokens, int start, int end, ReadOnlySpan<char> glued) =>
        ClaimText.SequenceBefore(document, tokens, term.InCodeDocumentsExceptPrecededBy, start) >= 0 && !IsNumberedAfter(tokens, end)
        && (term.InCodeDocumentsExceptBefore is not { } before || before.Contains(glued.Length > 0 ? glued : WordAt(document, tokens, end)));

    private static ReadOnlySpan<char> WordAt(Document document, TokenList tokens, int k) =>
        k < tokens.Count && tokens[k].IsWord ? document.GetText(tokens[k]) : [];

    /// <summary>
    /// Whether a noun of <paramref name="products"/> is among the few words right after the term, past a version number or
    /// a dotted name ("the current stable release", "the current 2.x release", "the current Node.js release"); a
    /// possessive closes the search, as it heads a phrase of its own ("the current user's support ticket").
    /// </summary>
    private static bool NamesAProduct(Document document, TokenList tokens, WordSet products, int end)
    {
        for (int k = end, words = 0; k < tokens.Count && words < ProductNounReach; k++)
        {
            var token = tokens[k];
            if (token.Kind == TokenKind.Punctuation && (k == end || token.Start != tokens[k - 1].End))
            {
                return false; // a mark inside a dotted name ("Node.js") is read past; any other closes the phrase
            }

            if (!token.IsWord)
            {
                words += token.Kind == TokenKind.Number ? 1 : 0;
                continue;
            }

            var word = document.GetText(token);
            if (products.Contains(word))
            {
                return true;
            }

            if (ClaimText.IsPossessive(word, ClaimText.Contractions))
            {
                return false;
            }

            words++;
        }

        return false;
    }

    /// <summary>"get the latest version, 1.2": a number a few tokens after the term names the one meant, as of writing.</summary>
    private static bool IsNumberedAfter(TokenList tokens, int end)
    {
        for (int k = end; k < tokens.Count && k < end + NumberReach; k++)
        {
            if (tokens[k].Kind == TokenKind.Number)
            {
                return true;
            }
        }

        return false;
    }

    private const int NumberReach = 4;

    /// <summary>"current" and at most two modifiers before the noun: "the current long-term support release".</summary>
    private const int ProductNounReach = 3;
}
