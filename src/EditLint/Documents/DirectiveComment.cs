using EditLint.Text;

namespace EditLint.Documents;

/// <summary>
/// A comment that may hold an inline directive (<c>editlint-disable EL2001 -- reason</c>).
/// <see cref="Content"/> is the comment's inner text, trimmed; <see cref="Span"/> covers the whole comment.
/// </summary>
public sealed record DirectiveComment(TextSpan Span, string Content);
