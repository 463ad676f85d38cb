using System.Text.Json;
using EditLint.Documents;

namespace EditLint.Rules.Claims;

/// <summary>
/// When EL2002's "now" and "yet" speak of the day of writing: "now" as a claim about the present, not the discourse marker,
/// a story's "now" or the next step of a procedure; "yet" denying a state of the product in documentation. The words come
/// from the <c>grammar</c> section of <c>rules/EL2002.temporal.json</c>.
/// </summary>
internal sealed class PresentTimeWords(JsonElement grammar)
{
    private readonly WordSet nowExceptPrecededBy = new(EmbeddedRuleData.Strings(grammar, "nowExceptPrecededBy"));
    private readonly PhraseTable<bool> nowExceptFollowedBy = PhraseTable<bool>.Of(EmbeddedRuleData.Strings(grammar, "nowExceptFollowedBy"), true);
    private readonly WordSet nowNarrativeExceptAfter = new(EmbeddedRuleData.Strings(grammar, "nowNarrativeExceptAfter"));
    private readonly WordSet productStates = new(EmbeddedRuleData.Strings(grammar, "productStates"));

    /// <summary>
    /// Where "now" at token <paramref name="now"/> starts a claim about the present ("the company now employs 300 people",
    /// "right now"), or -1: not the discourse marker ("Now, consider", "Now on to the next step"), "now that", "just now", "by now",
    /// "now and then" ("now and" otherwise joins a claim: "saves lives now and reduces the chances").
    /// </summary>
    public int ClaimStart(Document document, Sentence sentence, int now)
    {
        var tokens = sentence.Tokens;
        int previous = ClaimText.PreviousWord(tokens, now);
        bool nextIsComma = now + 1 < tokens.Count && tokens[now + 1].Kind == TokenKind.Punctuation && document.ProseText[tokens[now + 1].Start] == ',';
        if ((sentence.IsFirstWord(now) && (nextIsComma || now + 1 >= tokens.Count || ClaimText.IsWord(document, tokens, now + 1, "on") || ClaimText.IsWord(document, tokens, now + 1, "onto")))
            || (previous >= 0 && nowExceptPrecededBy.Contains(document.GetText(tokens[previous])) && !IsJoinedState(document, sentence, previous, nextIsComma))
            || (now + 1 < tokens.Count && tokens[now + 1].IsWord && nowExceptFollowedBy.TryMatch(document, tokens, now + 1, out _, out _)))
        {
            return -1;
        }

        if (IsNarrativeNow(document, tokens, now, previous) || IsStepOfAProcedure(document, sentence, now))
        {
            return -1;
        }

        return previous >= 0 && ClaimText.IsWord(document, tokens, previous, "right") ? previous : now;
    }

    /// <summary>
    /// Whether "yet" at token <paramref name="yet"/> denies a state of the product: "is not yet supported", "has not yet
    /// been implemented", "are not fully supported yet" say, in documentation (a Markdown document with code, which the
    /// caller checks), what the product lacks on the day of writing (annotation.md, Technical documentation). Not before a
    /// state of a program's run ("the data is not yet available"); elsewhere "yet" on its own is left alone ("police have
    /// not yet named him").
    /// </summary>
    public bool DeniesAProductState(Document document, TokenList tokens, int yet)
    {
        int denial = -1;
        bool stateBefore = false;
        for (int k = yet - 1; k >= 0 && k >= yet - DenialReach && tokens[k].IsWord; k--)
        {
            if (ClaimText.IsNegation(document, tokens, k))
            {
                denial = k;
                break;
            }

            stateBefore |= productStates.Contains(document.GetText(tokens[k]));
        }

        int after = yet + 1;
        if (ClaimText.IsWord(document, tokens, after, "been") || ClaimText.IsWord(document, tokens, after, "be"))
        {
            after++;
        }

        if (after < tokens.Count && tokens[after].IsWord && ClaimText.IsLyAdverb(document.GetText(tokens[after])))
        {
            after++; // "not yet fully supported"
        }

        // "not supported yet." closes its clause; in "not documented yet widely used", "yet" joins two states.
        bool closesClause = yet + 1 >= tokens.Count || !tokens[yet + 1].IsWord;
        bool stateAfter = denial == yet - 1 && after < tokens.Count && tokens[after].IsWord && productStates.Contains(document.GetText(tokens[after]));
        return denial >= 0 && ((stateBefore && closesClause) || stateAfter);
    }

    /// <summary>"not fully supported yet", "not supported on Windows yet": the denial at most four words before "yet".</summary>
    private const int DenialReach = 4;

    /// <summary>
    /// "a nation torn by two decades of war and now ravaged by COVID-19", "former Under Secretary of the Army and now with
    /// the firm", "`man` and `catman` now document": "and now" after a word or inline code joins a present state to another. At the head of a sentence, after a comma or
    /// before one ("And now, the weather", "..., and now it's time for their Government to act") it says what comes next.
    /// </summary>
    private static bool IsJoinedState(Document document, Sentence sentence, int previous, bool nextIsComma)
    {
        var tokens = sentence.Tokens;
        return ClaimText.IsWord(document, tokens, previous, "and") && !nextIsComma
            && ((!sentence.IsFirstWord(previous) && tokens[previous - 1].IsWord) || ClaimText.FollowsInlineCode(document, tokens[previous]));
    }

    /// <summary>
    /// "Now we can inspect the change:", "Now you'll see the output", "Now let's match": in documentation (a Markdown
    /// document with code) a sentence that opens with "now", the writer's and reader's "we" or "you" and a modal, or "let's",
    /// takes the next step of a procedure, not the day of writing (annotation.md, Technical documentation). "Now we
    /// support Windows" and release notes' "Now `exists` can be used" state the product's present.
    /// </summary>
    private static bool IsStepOfAProcedure(Document document, Sentence sentence, int now)
    {
        var tokens = sentence.Tokens;
        if (!document.HasCode || !sentence.IsFirstWord(now) || now + 1 >= tokens.Count || !tokens[now + 1].IsWord)
        {
            return false;
        }

        var subject = document.GetText(tokens[now + 1]);
        return StepOpeners.Contains(subject)
            || ((Is(subject, "we") || Is(subject, "you")) && (ClaimText.IsWord(document, tokens, now + 2, "need")
                || (now + 2 < tokens.Count && tokens[now + 2].IsWord && ClaimText.Modals.Contains(document.GetText(tokens[now + 2])))));
    }

    /// <summary>The words that open a step after "Now"; a curly apostrophe matches the straight one.</summary>
    private static readonly WordSet StepOpeners = new(["let", "let's", "we're", "we'll", "you're", "you'll"]);

    /// <summary>"anyone who now doubted": "now" before a past tense tells a story; "he is now retired" is a present state.</summary>
    private bool IsNarrativeNow(Document document, TokenList tokens, int now, int previous)
    {
        if (now + 1 >= tokens.Count || !tokens[now + 1].IsWord)
        {
            return false;
        }

        // "now ravaged by COVID-19", "now owned by the state": a participle with its agent is a present state. In a past
        // narrative it is not ("The army, now reinforced by fresh troops, marched"), a false alarm taken for the gain.
        var next = document.GetText(tokens[now + 1]);
        return next.Length > 4 && next.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && !ClaimText.IsWord(document, tokens, now + 2, "by")
            && (previous < 0 || !nowNarrativeExceptAfter.Contains(document.GetText(tokens[previous])));
    }

    private static bool Is(ReadOnlySpan<char> word, string expected) => PhraseTable<bool>.SameWord(word, expected);
}
