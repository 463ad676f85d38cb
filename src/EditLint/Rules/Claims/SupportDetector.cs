using EditLint.Documents;
using EditLint.Text;

namespace EditLint.Rules.Claims;

/// <summary>
/// Decides whether a sentence cites a source for its claims: an attribution to someone named ("according to", "said";
/// <see cref="NamedAttribution"/>) or a citation (a link, a footnote, a bracketed reference like [3], a parenthetical
/// source, a credit after a dash), anywhere in it or among given tokens. The other supports have classes of their own
/// (<see cref="NamedOpinion"/>, <see cref="ConferredRank"/>, <see cref="QuotationSpeaker"/>, <see cref="FigureSupport"/>),
/// and so do a source that names no one (<see cref="VagueSource"/>) and a mark that disputes the claim
/// (<see cref="MaintenanceMarks"/>).
/// </summary>
internal static class SupportDetector
{
    /// <summary>
    /// Attribution or a citation anywhere in the sentence. With <paramref name="reportsCount"/> false, an attribution that
    /// reports what follows it ("said that") is left out: <see cref="NamedAttribution.SupportForWhatFollows"/> places it in its sentence.
    /// </summary>
    public static bool HasSource(Document document, Sentence sentence, SuperlativeLexicon lexicon, bool reportsCount) =>
        HasSource(document, sentence, lexicon, reportsCount, withAttribution: true);

    /// <summary>An attribution or reference among tokens [<paramref name="from"/>, <paramref name="to"/>), or a link or footnote anywhere in the sentence.</summary>
    public static bool HasSourceBetween(Document document, Sentence sentence, SuperlativeLexicon lexicon, int from, int to) =>
        HasSource(document, sentence, lexicon, reportsCount: false, withAttribution: true, from, to);

    /// <summary>
    /// An attribution, a bracketed reference or a parenthetical source among tokens [<paramref name="from"/>,
    /// <paramref name="to"/>) only, for a caller that has asked about the sentence's links and footnotes already.
    /// </summary>
    public static bool HasSourceAmong(Document document, Sentence sentence, SuperlativeLexicon lexicon, int from, int to) =>
        HasSourceAmong(document, sentence.Tokens, lexicon, reportsCount: false, withAttribution: true, from, to);

    /// <summary>
    /// A citation in the sentence (a link, a bracketed reference, a parenthetical source, a credit after a dash), but not
    /// an attribution in words: what a gloss on a name needs ("Turner said Houston, the fourth-largest U.S. city, was
    /// ..." attributes what Turner said, not the writer's description of Houston).
    /// </summary>
    public static bool HasCitation(Document document, Sentence sentence, SuperlativeLexicon lexicon) =>
        HasSource(document, sentence, lexicon, reportsCount: false, withAttribution: false);

    private static bool HasSource(Document document, Sentence sentence, SuperlativeLexicon lexicon, bool reportsCount, bool withAttribution, int from = 0, int to = int.MaxValue)
    {
        return document.HasLinkWithin(sentence.Span) || HasTrailingReference(document, sentence) || IsCreditedByDash(document, sentence)
            || HasSourceAmong(document, sentence.Tokens, lexicon, reportsCount, withAttribution, from, to);
    }

    private static bool HasSourceAmong(Document document, TokenList tokens, SuperlativeLexicon lexicon, bool reportsCount, bool withAttribution, int from, int to)
    {
        for (int i = from; i < tokens.Count && i < to; i++)
        {
            var token = tokens[i];
            switch (token.Kind)
            {
                case TokenKind.Word when withAttribution && NamedAttribution.IsNamedAttribution(document, tokens, i, lexicon, out int after) && (reportsCount || !NamedAttribution.ReportsWhatFollows(document, tokens, after)):
                    return true;
                case TokenKind.Punctuation when document.ProseText[token.Start] == '[' && IsBracketReference(document, tokens, i):
                    return true;
                case TokenKind.Punctuation when document.ProseText[token.Start] == '(' && IsParentheticalSource(document, tokens, i, lexicon):
                    return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A pull quote or an epigraph credited after a dash: "The world has lost one of the most inspiring defenders. — Jerzy
    /// Buzek, President of the European Parliament", the credit in the same sentence or in a short one of its own after it.
    /// </summary>
    private static bool IsCreditedByDash(Document document, Sentence sentence)
    {
        var tokens = sentence.Tokens;
        for (int i = Math.Max(1, tokens.Count - CreditLength); i + 1 < tokens.Count; i++)
        {
            if (IsCreditDash(document, tokens, i) && EndsASentence(document, tokens, i - 1))
            {
                return true;
            }
        }

        var sentences = document.Sentences;
        if (sentence.Index + 1 >= sentences.Count)
        {
            return false;
        }

        var next = sentences[sentence.Index + 1];
        return ReferenceEquals(next.Block, sentence.Block) && next.Tokens.Count <= CreditLength && IsCreditDash(document, next.Tokens, 0);
    }

    /// <summary>A full stop, question or exclamation mark, or a closing quotation mark right after one.</summary>
    private static bool EndsASentence(Document document, TokenList tokens, int index)
    {
        if (index < 0 || tokens[index].Kind != TokenKind.Punctuation)
        {
            return false;
        }

        char mark = document.ProseText[tokens[index].Start];
        return mark is '.' or '!' or '?' || (mark is '"' or '\u201D' && EndsASentence(document, tokens, index - 1));
    }

    /// <summary>How many tokens a credit line may hold: a name and a title, not another sentence.</summary>
    private const int CreditLength = 16;

    private static bool IsCreditDash(Document document, TokenList tokens, int index) =>
        index + 1 < tokens.Count && tokens[index].Kind == TokenKind.Punctuation && document.ProseText[tokens[index].Start] is '\u2014' or '\u2015'
        && tokens[index + 1].IsWord && ClaimText.StartsUpper(document.GetText(tokens[index + 1]));

    /// <summary>A footnote or reference right after the full stop: "the oldest constitution in the world.[^1]".</summary>
    private static bool HasTrailingReference(Document document, Sentence sentence)
    {
        int end = sentence.Span.End;
        string text = document.ProseText;
        if (end >= text.Length)
        {
            return false;
        }

        if (document.HasLinkWithin(new TextSpan(end, 1)))
        {
            return true;
        }

        if (text[end] != '[')
        {
            return false;
        }

        int close = text.IndexOf(']', end, Math.Min(14, text.Length - end));
        return close > end + 1 && text.AsSpan(end + 1, close - end - 1).TrimStart('^') is { Length: > 0 } label && !label.ContainsAny(' ', '\n');
    }

    /// <summary>
    /// "[3]", "[^1]", "[12]", "[note1]", "[a]" in plain text; Markdown footnotes arrive as links. A word in brackets is an
    /// editor's insertion in a quotation ("the symbolic beach resort in the Sixth Region [of O'Higgins]", "[during]",
    /// "[sic]"), not a reference, unless it is a caret label, holds a digit or is a single letter.
    /// </summary>
    private static bool IsBracketReference(Document document, TokenList tokens, int open)
    {
        int i = open + 1;
        bool caret = i < tokens.Count && tokens[i].Kind == TokenKind.Punctuation && document.ProseText[tokens[i].Start] == '^';
        if (caret)
        {
            i++;
        }

        if (i + 1 >= tokens.Count || tokens[i].Span.Length > 12
            || tokens[i + 1].Kind != TokenKind.Punctuation || document.ProseText[tokens[i + 1].Start] != ']')
        {
            return false;
        }

        return tokens[i].Kind == TokenKind.Number
            || (tokens[i].IsWord && (caret || tokens[i].Span.Length == 1 || document.GetText(tokens[i]).ContainsAnyInRange('0', '9')));
    }

    /// <summary>"(Source: IMF)", "(see Table 2)", "(Smith 2019)": a parenthesis that names where a claim comes from.</summary>
    private static bool IsParentheticalSource(Document document, TokenList tokens, int open, SuperlativeLexicon lexicon)
    {
        if (open + 1 < tokens.Count && tokens[open + 1].IsWord && lexicon.SourceWords.Contains(document.GetText(tokens[open + 1])))
        {
            return true;
        }

        bool name = false;
        for (int i = open + 1; i < tokens.Count && i <= open + 8; i++)
        {
            var token = tokens[i];
            if (token.Kind == TokenKind.Punctuation && document.ProseText[token.Start] == ')')
            {
                return false;
            }

            if (token.IsWord && ClaimText.StartsUpper(document.GetText(token)))
            {
                name = true;
            }
            else if (name && token.Kind == TokenKind.Number && AbsoluteDateDetector.IsYearLike(document.GetText(token)))
            {
                return i + 1 < tokens.Count && document.ProseText[tokens[i + 1].Start] is ')' or ',' or ':' or ';';
            }
        }

        return false;
    }
}
