using EditLint.Text;

namespace EditLint.Documents;

/// <summary>A citation-like inline: a link, an autolink, a footnote reference.</summary>
public enum LinkKind
{
    Link,
    AutoLink,
    Footnote,
}

/// <summary>
/// <paramref name="TextIsLabel"/>: a shortcut or collapsed reference link (<c>[Kiev]</c>, <c>[Kiev][]</c>), whose text is
/// also the label that finds its definition, so changing the words would break the link.
/// </summary>
public readonly record struct LinkReference(TextSpan Span, LinkKind Kind, bool TextIsLabel = false);
