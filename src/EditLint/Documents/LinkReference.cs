using EditLint.Text;

namespace EditLint.Documents;

/// <summary>A citation-like inline: a link, an autolink, a footnote reference.</summary>
public enum LinkKind
{
    Link,
    AutoLink,
    Footnote,
}

public readonly record struct LinkReference(TextSpan Span, LinkKind Kind);
