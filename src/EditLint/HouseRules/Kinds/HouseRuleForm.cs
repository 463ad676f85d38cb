namespace EditLint.HouseRules.Kinds;

/// <summary>
/// What one kind of house rule is, kept in one place, as Vale keeps each check in its own file: its name in a rule file,
/// the key that lists its terms and how they are read, its default title and message, and how its terms read on the
/// docs page. The loader reads the fields every rule shares and hands the rest to the rule's kind; a kind it does not
/// know is an error, never another kind.
/// </summary>
internal abstract class HouseRuleForm
{
    public abstract HouseRuleKind Kind { get; }

    /// <summary>The <c>kind</c> value of a rule file.</summary>
    public abstract string Name { get; }

    /// <summary>Other spellings a rule file may use for <see cref="Name"/> ("capitalisation").</summary>
    public virtual IReadOnlyList<string> OtherSpellings => [];

    /// <summary>The key that lists the rule's terms ("terms", "swap", "groups", "acronyms").</summary>
    public abstract string TermsKey { get; }

    public abstract string DefaultTitle { get; }

    /// <summary>The message when the rule gives none, with <c>{match}</c> and <c>{suggestion}</c>.</summary>
    public abstract string DefaultMessage { get; }

    /// <summary>Whether <c>"pattern": true</c> and <c>"wholeWords": false</c> apply; the other kinds match whole words.</summary>
    public virtual bool AcceptsPatterns => false;

    /// <summary>Whether the kind always matches case, whatever <c>caseSensitive</c> says (capitalization: the capitals are the rule).</summary>
    public virtual bool AlwaysMatchesCase => false;

    /// <summary>Reads the value of <see cref="TermsKey"/>; problems go to <paramref name="reader"/>.</summary>
    public abstract List<HouseTerm> ReadTerms(IHouseTermReader reader, PositionedJson.Property property);

    public abstract string[] DocsHeaders { get; }

    public abstract IEnumerable<string[]> DocsRows(HouseRule rule);
}

/// <summary>What a kind needs of the loader to read its terms: strings with their positions, and a place for problems.</summary>
internal interface IHouseTermReader
{
    /// <summary>The strings of an array, each a term of at least one word; anything else is reported.</summary>
    List<(string Text, long Offset)> Terms(PositionedJson.Property property);

    /// <summary>A term of at least one word, else reported at <paramref name="offset"/>.</summary>
    bool CheckTerm(string term, long offset);

    /// <summary>The string value of <paramref name="property"/>, else reported.</summary>
    string? String(PositionedJson.Property property);

    void Fail(long offset, string message);
}
