using EditLint.Text;

namespace EditLint.Documents;

/// <summary>
/// A block of prose: a paragraph, heading or table cell. Sentences never cross a block's bounds.
/// <see cref="IsInBlockQuote"/> is true for Markdown block quotes, which hold quoted material.
/// </summary>
public sealed record ProseBlock(TextSpan Span, ProseBlockKind Kind, bool IsInBlockQuote = false);
