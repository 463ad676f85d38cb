using EditLint.LanguageServer.Protocol;
using EditLint.Text;
using Range = EditLint.LanguageServer.Protocol.Range;

namespace EditLint.LanguageServer.Workspace;

/// <summary>
/// LSP positions and EditLint offsets are both UTF-16 code units, so conversion goes through the engine's own
/// <see cref="LineMap"/>. Positions past the end of a line or of the text are clamped, as the protocol asks.
/// </summary>
internal static class TextPositions
{
    public static int ToOffset(LineMap lines, string text, Position position)
    {
        if (position.Line < 0)
        {
            return 0;
        }

        if (position.Line >= lines.LineCount)
        {
            return text.Length;
        }

        int start = lines.GetLineStart(position.Line);
        int end = lines.GetLineEnd(position.Line, text);
        return start + Math.Clamp(position.Character, 0, end - start);
    }

    /// <summary>
    /// As <see cref="ToOffset(LineMap, string, Position)"/>, walking the lines up to the position instead of building a
    /// map of them all: for a change, whose text is used once.
    /// </summary>
    public static int ToOffset(string text, Position position)
    {
        if (position.Line < 0)
        {
            return 0;
        }

        var span = text.AsSpan();
        int start = 0;
        for (int line = 0; line < position.Line; line++)
        {
            int next = span[start..].IndexOfAny('\r', '\n');
            if (next < 0)
            {
                return text.Length;
            }

            start += next;
            start += span[start] == '\r' && start + 1 < span.Length && span[start + 1] == '\n' ? 2 : 1;
        }

        int end = span[start..].IndexOfAny('\r', '\n');
        return start + Math.Clamp(position.Character, 0, end < 0 ? span.Length - start : end);
    }

    public static Range ToRange(LineMap lines, TextSpan span)
    {
        var positions = lines.GetPositionSpan(span);
        return new Range(
            new Position(positions.Start.Line, positions.Start.Character),
            new Position(positions.End.Line, positions.End.Character));
    }

    public static bool Intersects(Range a, Range b) => !IsBefore(a.End, b.Start) && !IsBefore(b.End, a.Start);

    public static bool Contains(Range range, Position position) => !IsBefore(position, range.Start) && !IsBefore(range.End, position);

    private static bool IsBefore(Position a, Position b) => a.Line < b.Line || (a.Line == b.Line && a.Character < b.Character);
}
