using System.Buffers;
using EditLint.Documents;

namespace EditLint.Rules.Claims;

/// <summary>Small questions about the words of a sentence that both claim rules ask.</summary>
internal static class ClaimText
{
    /// <summary>
    /// Words in 's that are not possessives ("it's", "that's"), from the <c>contractions</c> of
    /// <c>rules/EL2001.superlatives.json</c>; both rules tell possessives by them.
    /// </summary>
    public static WordSet Contractions => LoadedContractions.Value;

    private static readonly Lazy<WordSet> LoadedContractions = new(() =>
    {
        using var data = EmbeddedRuleData.Load(SuperlativeLexicon.DataFile);
        return new WordSet(EmbeddedRuleData.Strings(data.RootElement.GetProperty("contractions"), "terms"));
    });

    /// <summary>The word token just before <paramref name="index"/>, or -1 when there is none or punctuation intervenes.</summary>
    public static int PreviousWord(TokenList tokens, int index) =>
        index > 0 && tokens[index - 1].IsWord ? index - 1 : -1;

    public static bool IsWord(Document document, TokenList tokens, int index, string word) =>
        index >= 0 && index < tokens.Count && tokens[index].IsWord && PhraseTable<bool>.SameWord(document.GetText(tokens[index]), word);

    /// <summary>
    /// Whether inline code ends right before the token, past spaces, tabs and one line break: "`man` and", whose code the
    /// prose text leaves blank. A backtick the prose text keeps is a character, not markup ("Press ` and"), and a run of
    /// three or more at the start of a line closes a fenced block.
    /// </summary>
    public static bool FollowsInlineCode(Document document, Token token)
    {
        var source = document.Source.Text;
        int k = token.Start - 1;
        bool lineBreak = false;
        while (k >= 0 && (source[k] is ' ' or '\t' or '\r' || (source[k] == '\n' && !lineBreak)))
        {
            lineBreak |= source[k] == '\n';
            k--;
        }

        if (k < 0 || source[k] != '`' || document.ProseText[k] != ' ')
        {
            return false;
        }

        int run = k;
        while (run > 0 && source[run - 1] == '`')
        {
            run--;
        }

        return !(k - run + 1 >= FenceLength && (run == 0 || source[run - 1] == '\n'));
    }

    private const int FenceLength = 3;

    /// <summary>"not", "never", "cannot" or a word in "n't" ("isn't", "aren’t").</summary>
    public static bool IsNegation(Document document, TokenList tokens, int index)
    {
        var word = document.GetText(tokens[index]);
        return IsWord(document, tokens, index, "not") || IsWord(document, tokens, index, "never") || IsWord(document, tokens, index, "cannot")
            || word.EndsWith("n't", StringComparison.OrdinalIgnoreCase) || word.EndsWith("n\u2019t", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>"among" or its British variant "amongst".</summary>
    public static bool IsAmong(Document document, TokenList tokens, int index) =>
        IsWord(document, tokens, index, "among") || IsWord(document, tokens, index, "amongst");

    /// <summary>True when "one of" stands right before token <paramref name="index"/>.</summary>
    public static bool IsOneOf(Document document, TokenList tokens, int index) =>
        IsWord(document, tokens, index - 1, "of") && index >= 2 && tokens[index - 2].IsWord && IsNumber(document, tokens, index - 2);

    /// <summary>"Russia's", "the world’s", "voters'": a possessive, not one of <paramref name="contractions"/> such as "it's".</summary>
    public static bool IsPossessive(ReadOnlySpan<char> word, WordSet contractions)
    {
        if (word.Length >= 3 && (word[^1] is 's' or 'S') && word[^2] is '\'' or '\u2019')
        {
            return !contractions.Contains(word);
        }

        return word.Length >= 2 && word[^1] is '\'' or '\u2019' && word[^2] is 's' or 'S';
    }

    public static bool StartsUpper(ReadOnlySpan<char> word) => word.Length > 0 && char.IsUpper(word[0]);

    /// <summary>Where the first of <paramref name="sequences"/> whose words end right before token <paramref name="index"/> starts ("one of" before "the"); -1 when none does.</summary>
    public static int SequenceBefore(Document document, TokenList tokens, IReadOnlyList<string[]> sequences, int index)
    {
        for (int s = 0; s < sequences.Count; s++)
        {
            string[] words = sequences[s];
            int start = index - words.Length;
            bool all = start >= 0;
            for (int k = 0; all && k < words.Length; k++)
            {
                all = IsWord(document, tokens, start + k, words[k]);
            }

            if (all)
            {
                return start;
            }
        }

        return -1;
    }

    /// <summary>A dash between words: a hyphen standing alone ("--" is two), an en dash, an em dash or a horizontal bar.</summary>
    public static bool IsDash(char c) => c is '-' or '\u2013' or '\u2014' or '\u2015';

    /// <summary>"spending", "Having": a word in -ing of five letters or more, read as a participle.</summary>
    public static bool IsPresentParticiple(ReadOnlySpan<char> word) =>
        word.Length > 4 && word.EndsWith("ing", StringComparison.OrdinalIgnoreCase);

    /// <summary>"will", "could", "must": the modal verbs, before a verb of their own.</summary>
    public static readonly string[] ModalWords = ["will", "would", "can", "could", "may", "might", "shall", "should", "must"];

    public static readonly WordSet Modals = new(ModalWords);

    /// <summary>"is", "was", "has", "will": a finite verb that makes the words around it a clause rather than a phrase.</summary>
    public static readonly WordSet FiniteVerbs = new(["is", "was", "are", "were", "has", "had", "have", .. ModalWords]);

    /// <summary>"growing", "viewed": a participle by its regular ending, -ing or -ed, of five letters or more.</summary>
    public static bool IsParticiple(ReadOnlySpan<char> word) =>
        IsPresentParticiple(word) || (word.Length > 4 && word.EndsWith("ed", StringComparison.OrdinalIgnoreCase));

    /// <summary>"a" or "an" at token <paramref name="index"/>.</summary>
    public static bool IsIndefiniteArticle(Document document, TokenList tokens, int index) =>
        IsWord(document, tokens, index, "a") || IsWord(document, tokens, index, "an");

    /// <summary>A comma at token <paramref name="index"/>, which may lie outside the sentence.</summary>
    public static bool IsCommaAt(Document document, TokenList tokens, int index) =>
        index >= 0 && index < tokens.Count && tokens[index].Kind == TokenKind.Punctuation && document.ProseText[tokens[index].Start] == ',';

    /// <summary>The last token of the phrase that token <paramref name="i"/> is in: the one before the next comma, semicolon, colon or dash, or the sentence's last.</summary>
    public static int PhraseEnd(Document document, TokenList tokens, int i)
    {
        while (i + 1 < tokens.Count && !IsClauseMarkAt(document, tokens, i + 1))
        {
            i++;
        }

        return i;
    }

    /// <summary>A comma, a semicolon, a colon or a dash.</summary>
    public static bool IsClauseMark(char c) => c is ',' or ';' or ':' || IsDash(c);

    /// <summary>A comma, a semicolon, a colon or a dash at token <paramref name="i"/>.</summary>
    public static bool IsClauseMarkAt(Document document, TokenList tokens, int i) =>
        tokens[i].Kind == TokenKind.Punctuation && IsClauseMark(document.ProseText[tokens[i].Start]);

    /// <summary>The first word of the phrase that token <paramref name="claim"/> is in, when a comma opens that phrase inside the sentence; -1 otherwise.</summary>
    public static int OpenerAfterComma(Document document, TokenList tokens, int claim)
    {
        int open = claim;
        while (open > 0 && !IsClauseMarkAt(document, tokens, open - 1))
        {
            open--;
        }

        return open >= 2 && document.ProseText[tokens[open - 1].Start] == ',' && tokens[open].IsWord ? open : -1;
    }

    /// <summary>"who", "which", "whose" at token <paramref name="index"/>: a relative clause opens.</summary>
    public static bool IsRelativeOpener(Document document, TokenList tokens, int index) =>
        IsWord(document, tokens, index, "who") || IsWord(document, tokens, index, "which") || IsWord(document, tokens, index, "whose");

    /// <summary>"heavily", "widely", "tentatively": an adverb in -ly (not "only", "fly").</summary>
    public static bool IsLyAdverb(ReadOnlySpan<char> word) => word.Length > 4 && word.EndsWith("ly", StringComparison.OrdinalIgnoreCase);

    /// <summary>A lower-case word that does not end in a plural "s": "man", "veteran", "one", "process".</summary>
    public static bool IsSingularCommonNoun(ReadOnlySpan<char> word) =>
        word.Length >= 3 && char.IsLower(word[0]) && !word.ContainsAnyExcept(LowerLetters) && (word[^1] != 's' || word[^2] == 's');

    private static readonly SearchValues<char> LowerLetters = SearchValues.Create("abcdefghijklmnopqrstuvwxyz");

    /// <summary>"seats", "players": a lower-case word ending in a single "s" (not "boss", "gas").</summary>
    public static bool IsPluralNoun(ReadOnlySpan<char> word) =>
        word.Length > 3 && word[^1] == 's' && word[^2] != 's' && !word.ContainsAnyExcept(LowerLetters);

    /// <summary>Counts written as words ("three", "several"), which a number slot takes as it takes digits.</summary>
    public static IReadOnlyList<string> NumberWordList { get; } =
        ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
         "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty",
         "sixty", "seventy", "eighty", "ninety", "hundred", "few", "several"];

    private static readonly WordSet NumberWords = new(NumberWordList);

    /// <summary>"three", "several": a count in words.</summary>
    public static bool IsNumberWord(ReadOnlySpan<char> word) => NumberWords.Contains(word);

    /// <summary>Whether the word <paramref name="text"/> of <paramref name="token"/> holds a hyphen-minus; most tokens are known not to, unsearched.</summary>
    public static bool HasHyphen(Token token, ReadOnlySpan<char> text) => !token.HasNoHyphen && text.Contains('-');

    /// <summary>
    /// Where the letters glued to a word's leading digits begin: 5 in "45,000kg", 3 in "221g", 2 in "11-month"; 0 when the
    /// word does not open with a digit, -1 when it is all digits.
    /// </summary>
    public static int GluedUnitStart(ReadOnlySpan<char> word) =>
        word.Length > 0 && char.IsAsciiDigit(word[0]) ? word.IndexOfAnyExcept("0123456789.,") : 0;

    /// <summary>"Sixty-four", "twenty-one": a number in words with a hyphen (not "twenty-first").</summary>
    public static bool IsCompoundNumber(ReadOnlySpan<char> word)
    {
        int hyphen = word.IndexOf('-');
        return hyphen > 0 && NumberWords.Contains(word[..hyphen]) && NumberWords.Contains(word[(hyphen + 1)..]);
    }

    /// <summary>
    /// An age at token <paramref name="i"/>: "37 years old", "19 years and 216 days old", "92-year-old", "aged 17", "the age of
    /// 17", "at age 104", "turned 114" (not "turned 40 pages").
    /// </summary>
    public static bool IsAgeAt(Document document, TokenList tokens, int i)
    {
        if (tokens[i].IsWord)
        {
            return IsAgeWord(document.GetText(tokens[i]));
        }

        if (tokens[i].Kind != TokenKind.Number)
        {
            return false;
        }

        return (IsWord(document, tokens, i + 1, "years") && IsOldWithin(document, tokens, i + 2))
            || IsWord(document, tokens, i - 1, "aged")
            || IsWord(document, tokens, i - 1, "age")
            || (IsWord(document, tokens, i - 1, "of") && IsWord(document, tokens, i - 2, "age"))
            || (IsAgeReached(document, tokens, i - 1) && (i + 1 >= tokens.Count || !tokens[i + 1].IsWord || IsWord(document, tokens, i + 1, "on")));
    }

    /// <summary>"old" at <paramref name="from"/> or after one more count ("and 216 days old").</summary>
    private static bool IsOldWithin(Document document, TokenList tokens, int from) =>
        IsWord(document, tokens, from, "old")
        || (IsWord(document, tokens, from, "and") && IsNumber(document, tokens, from + 1) && IsWord(document, tokens, from + 3, "old"));

    private static bool IsAgeReached(Document document, TokenList tokens, int verb) =>
        IsWord(document, tokens, verb, "turned") || IsWord(document, tokens, verb, "turns");

    /// <summary>"May 10", "Oct. 7, 8", "World War 2": a number after a capitalized word is part of a date or a name.</summary>
    public static bool IsInNameOrDate(Document document, TokenList tokens, int index)
    {
        int previous = index - 1;
        if (previous >= 1 && tokens[previous].Kind == TokenKind.Punctuation && document.ProseText[tokens[previous].Start] == '.')
        {
            previous--; // "Oct. 7", "No. 2"
        }
        else if (previous >= 1 && tokens[previous].Kind == TokenKind.Punctuation && document.ProseText[tokens[previous].Start] == ','
            && tokens[previous - 1].Kind == TokenKind.Number)
        {
            return IsInNameOrDate(document, tokens, previous - 1); // "Oct. 7, 8"
        }

        return previous >= 1 && tokens[previous].IsWord && StartsUpper(document.GetText(tokens[previous]));
    }

    /// <summary>A double quotation mark, straight or opening curly, at token <paramref name="index"/>: where a quotation may begin.</summary>
    public static bool IsQuotationMark(Document document, TokenList tokens, int index) =>
        index >= 0 && index < tokens.Count && tokens[index].Kind == TokenKind.Punctuation && document.ProseText[tokens[index].Start] is '"' or '\u201C';

    /// <summary>"18-year-old", "92-years-old": an age in one word.</summary>
    public static bool IsAgeWord(ReadOnlySpan<char> word) =>
        word.Length > 0 && char.IsAsciiDigit(word[0])
        && (word.EndsWith("-year-old", StringComparison.OrdinalIgnoreCase) || word.EndsWith("-years-old", StringComparison.OrdinalIgnoreCase));

    /// <summary>A number in digits or in words: "13", "thirteen".</summary>
    public static bool IsNumber(Document document, TokenList tokens, int index) =>
        index >= 0 && index < tokens.Count
        && (tokens[index].Kind == TokenKind.Number || (tokens[index].IsWord && NumberWords.Contains(document.GetText(tokens[index]))));
}
