using EditLint.Text;

namespace EditLint.Names;

/// <summary>One word of a name mention: its span (a possessive "’s" left out) and what it is.</summary>
public readonly record struct NameWord(TextSpan Span, string Key, bool IsTitle, bool IsCommon, bool IsListToken, bool IsSentenceStart);

/// <summary>
/// A name mention: a run of capitalised words with the particles names have ("de", "van",
/// "bin"), leading titles kept aside ("Foreign Minister", "Admiral"), possessive stripped.
/// </summary>
public sealed class NameMention
{
    public NameMention(IReadOnlyList<NameWord> words, int titleCount, bool precededByTitle, TextSpan? titleSpan, int droppedWords = 0)
    {
        DroppedWords = droppedWords;
        Words = words;
        TitleCount = titleCount;
        PrecededByTitle = precededByTitle;
        Span = TextSpan.FromBounds(words[0].Span.Start, words[^1].Span.End);
        TitleSpan = titleSpan;
    }

    /// <summary>The words of the name itself, without title.</summary>
    public IReadOnlyList<NameWord> Words { get; }

    /// <summary>How many title words stood in front (kept for role checks).</summary>
    public int TitleCount { get; }

    /// <summary>True when a title ("Senator", "president") comes right before the name.</summary>
    public bool PrecededByTitle { get; }

    /// <summary>The name's span, from its first word to its last, possessive excluded.</summary>
    public TextSpan Span { get; }

    /// <summary>The span of the title in front of the name, when there is one.</summary>
    public TextSpan? TitleSpan { get; }

    /// <summary>
    /// How many capitalised ordinary words were dropped in front of the name ("Lee" in
    /// "Lee Myung-bak", "Rush" in an unlisted "Rush Limbaugh"): the name stood in a longer run.
    /// </summary>
    public int DroppedWords { get; }
}
