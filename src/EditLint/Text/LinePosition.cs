namespace EditLint.Text;

/// <summary>A 0-based line and a 0-based column counted in UTF-16 code units.</summary>
public readonly record struct LinePosition(int Line, int Character);

/// <summary>The start and end of a span as line positions; the end is exclusive.</summary>
public readonly record struct LinePositionSpan(LinePosition Start, LinePosition End);
