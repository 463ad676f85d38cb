namespace EditLint.Documents;

public enum TokenKind
{
    /// <summary>Letters, possibly with digits, inner hyphens and apostrophes: "Geun-hye", "Russia’s".</summary>
    Word,

    /// <summary>Digits with inner separators: "1,500", "3.5", "2015".</summary>
    Number,

    /// <summary>One character that is neither a letter, a digit nor white space.</summary>
    Punctuation,
}
