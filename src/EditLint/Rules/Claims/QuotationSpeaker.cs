using EditLint.Documents;

namespace EditLint.Rules.Claims;

/// <summary>
/// Decides whether a quotation in a sentence has a named speaker, whose words it is: the sentence opens inside it, an
/// active verb or a colon after a name gives it to someone, or a transcript's paragraph opens with a speaker tag
/// ("((Gregory Kurtzer))"). A quoted label ("has been called “the finest pianist”") names nobody.
/// </summary>
internal static class QuotationSpeaker
{
    /// <summary>
    /// Whose words a quotation is: the sentence opens inside it (the speaker is named around it), or an active
    /// verb such as "called" names the speaker ("He called it “the best deal”"). A quoted label after a passive
    /// ("has been called “the finest pianist”") names nobody.
    /// </summary>
    public static bool HasSpeaker(Document document, Sentence sentence, SuperlativeLexicon lexicon)
    {
        var tokens = sentence.Tokens;
        for (int i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].IsWord)
            {
                if (document.IsInQuotation(tokens[i].Span))
                {
                    return true;
                }

                break;
            }
        }

        for (int i = 0; i < tokens.Count; i++)
        {
            if ((tokens[i].IsWord && !document.IsInQuotation(tokens[i].Span)
                && (lexicon.QuoteVerbs.Contains(document.GetText(tokens[i])) || lexicon.Attribution.TryMatch(document, tokens, i, out _, out _))
                && !VagueSource.IsVague(document, tokens, i, lexicon)) || OpensAQuotationAfterColon(document, tokens, i, lexicon) || (OpensAQuotationAfterParticiple(document, tokens, i) && !VagueSource.IsVague(document, tokens, SpeakingVerb(document, tokens, i), lexicon)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "((Gregory Kurtzer)) Velocity of growth is ...": one to four capitalised words in "((" and "))" opening a paragraph
    /// (not a heading), with text after them.
    /// </summary>
    public static bool OpensWithSpeakerTag(Document document, ProseBlock block)
    {
        var text = document.ProseText.AsSpan(block.Span.Start, block.Span.Length).TrimStart();
        if (block.Kind != ProseBlockKind.Paragraph || !text.StartsWith("((", StringComparison.Ordinal))
        {
            return false;
        }

        int close = text[..Math.Min(text.Length, SpeakerTagReach)].IndexOf("))", StringComparison.Ordinal);
        if (close <= 2 || text[(close + 2)..].IsWhiteSpace())
        {
            return false;
        }

        int words = 0;
        foreach (var range in text[2..close].Split(' '))
        {
            var word = text[2..close][range];
            if (word.IsEmpty || !char.IsUpper(word[0]) || word.ContainsAny('\n', '(', ')'))
            {
                return false;
            }

            words++;
        }

        return words <= 4;
    }

    private const int SpeakerTagReach = 64;

    /// <summary>
    /// 'Trump took a parting shot on Twitter: "Oh no, ... perhaps the biggest story in years!"': a colon that opens a
    /// quotation right after a name gives it to a speaker. After a common noun or another verb it is a label ('Her
    /// nickname: "the fastest woman alive"', 'The sign read: "the best pizza in town"'), which names nobody.
    /// </summary>
    private static bool OpensAQuotationAfterColon(Document document, TokenList tokens, int colon, SuperlativeLexicon lexicon) =>
        colon > 1 && colon + 2 < tokens.Count && tokens[colon].Kind == TokenKind.Punctuation && document.ProseText[tokens[colon].Start] == ':'
        && ClaimText.IsQuotationMark(document, tokens, colon + 1)
        && document.IsInQuotation(tokens[colon + 2].Span)
        && ((tokens[colon - 1].IsWord && ClaimText.StartsUpper(document.GetText(tokens[colon - 1])) && ClaimText.PreviousWord(tokens, colon - 1) >= 0)
            || OpensWithAName(document, tokens, lexicon));

    /// <summary>
    /// 'justified his choice by saying, "The 737 has the best reliability"', 'remembered asking, "It's the best-selling car
    /// in America"': a participle in -ing, a comma and an opening quotation mark give the quotation to the participle's
    /// subject, who says or asks it, as "said," does.
    /// </summary>
    private static bool OpensAQuotationAfterParticiple(Document document, TokenList tokens, int i) =>
        i + 3 < tokens.Count && tokens[i].IsWord && !document.IsInQuotation(tokens[i].Span) && ClaimText.IsPresentParticiple(document.GetText(tokens[i]))
        && char.IsLower(document.ProseText[tokens[i].Start]) && IntroducesAGerund(document, tokens, i)
        && ClaimText.IsCommaAt(document, tokens, i + 1) && ClaimText.IsQuotationMark(document, tokens, i + 2) && document.IsInQuotation(tokens[i + 3].Span);

    /// <summary>
    /// "by saying", "kept saying", "remembered asking", ", adding": a participle after a preposition that takes one, a
    /// verb of going on or of memory, or a comma is a verb; "the building", "the annual homecoming" are nouns.
    /// </summary>
    private static bool IntroducesAGerund(Document document, TokenList tokens, int i)
    {
        if (ClaimText.IsCommaAt(document, tokens, i - 1))
        {
            return true;
        }

        int before = ClaimText.PreviousWord(tokens, i);
        if (before < 0)
        {
            return false;
        }

        var word = document.GetText(tokens[before]);
        return GerundIntroducers.Contains(word) || (word.Length > 4 && word.EndsWith("ed", StringComparison.OrdinalIgnoreCase));
    }

    private static readonly WordSet GerundIntroducers = new(
        ["by", "while", "after", "before", "upon", "without", "keep", "keeps", "kept", "began", "begin", "begins", "start", "starts", "continue", "continues", "went", "go", "goes", "stop", "stops"]);

    /// <summary>The verb whose subject says it: "began" of "Critics began by saying", else the participle itself.</summary>
    private static int SpeakingVerb(Document document, TokenList tokens, int participle) =>
        ClaimText.IsWord(document, tokens, participle - 1, "by") && ClaimText.PreviousWord(tokens, participle - 1) is int verb and >= 0 ? verb : participle;

    /// <summary>
    /// 'Ceri Goddard, the chief executive of the group, condemned the plans: "..."': a sentence whose subject is a name
    /// of two capitalised words gives the quotation after its colon to that name.
    /// </summary>
    private static bool OpensWithAName(Document document, TokenList tokens, SuperlativeLexicon lexicon) =>
        tokens.Count > 2 && tokens[0].IsWord && tokens[1].IsWord && ClaimText.StartsUpper(document.GetText(tokens[0])) && ClaimText.StartsUpper(document.GetText(tokens[1]))
        && !IsFunctionOrTimeWord(document.GetText(tokens[0]), lexicon) && !IsFunctionOrTimeWord(document.GetText(tokens[1]), lexicon);

    /// <summary>"The", "In", "Last", "March", "When": words that open a sentence without naming its subject.</summary>
    private static bool IsFunctionOrTimeWord(ReadOnlySpan<char> word, SuperlativeLexicon lexicon) =>
        word.Equals("the", StringComparison.OrdinalIgnoreCase) || lexicon.Openers.Contains(word) || lexicon.Subordinators.Contains(word) || lexicon.NotPlaces.Contains(word);
}
