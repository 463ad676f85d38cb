using EditLint.Text;

namespace EditLint.Fixes;

/// <summary>Replace the text at <see cref="Span"/> (an offset range in the decoded text) with <see cref="NewText"/>.</summary>
public sealed record TextChange(TextSpan Span, string NewText);
