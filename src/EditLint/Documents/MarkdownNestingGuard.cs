using System.Buffers;

namespace EditLint.Documents;

/// <summary>
/// Markdown parsers, Markdig included, take quadratic time on deeply nested brackets ("[[[[…") and block
/// quotes; 20 KB of such input takes seconds. One linear pass finds such input so it can be read as plain
/// text instead: no real article nests links hundreds of levels deep, quotes and list markers (counted
/// together at the start of a line: "> - > - …") more than 64, or indents a list marker more than 128 blanks.
/// The lines of a fenced code block are code, not Markdown, and are not counted.
/// </summary>
internal static class MarkdownNestingGuard
{
    public const int MaxBracketDepth = 256;
    public const int MaxQuoteDepth = 64;

    /// <summary>
    /// Blanks before a line's quote marks and list markers: each level of a list nested by indentation alone takes two
    /// or more, and Markdig's time grows with the square of the depth (a list 2,000 levels deep, 4 MB, took 14 s).
    /// </summary>
    public const int MaxMarkerIndent = 2 * MaxQuoteDepth;

    private static readonly SearchValues<char> BracketsAndLineBreaks = SearchValues.Create("[])\r\n");

    /// <summary>Where the nesting first passes a limit: the offset of the bracket or marker that does, or -1.</summary>
    public static int FindTooDeep(string text)
    {
        int bracketDepth = 0;
        char fence = '\0';
        int i = 0;
        while (i < text.Length)
        {
            // The start of a line: blanks, quote marks and list markers, counted together. Inside a fenced code block
            // nothing nests: only the closing fence matters.
            int quoteDepth = 0;
            int blanks = 0;
            while (i < text.Length)
            {
                char c = text[i];
                if (c is ' ' or '\t')
                {
                    blanks++;
                    i++;
                    continue;
                }

                int markerEnd = MarkerEnd(text, i);
                if (markerEnd < 0)
                {
                    break;
                }

                if (fence == '\0' && (++quoteDepth > MaxQuoteDepth || blanks > MaxMarkerIndent))
                {
                    return i;
                }

                i = markerEnd;
            }

            bool fenceLine = IsFence(text, i);
            if (fenceLine)
            {
                fence = fence == '\0' ? text[i] : fence == text[i] ? '\0' : fence;
            }

            if (fence != '\0' || fenceLine)
            {
                int lineBreak = text.AsSpan(i).IndexOfAny('\r', '\n');
                i = lineBreak < 0 ? text.Length : i + lineBreak + 1;
                continue;
            }

            // The rest of the line: only brackets matter, so skip to the next bracket or line break. A link's
            // destination, "](", left open on its line ("[a]([a]([a](…") makes Markdig read the rest of the line
            // again for each one (64 KB of them took 1.8 s, 128 KB 5.7 s); a ")" closes the latest.
            int openDestinations = 0;
            while (i < text.Length)
            {
                int next = text.AsSpan(i).IndexOfAny(BracketsAndLineBreaks);
                if (next < 0)
                {
                    return -1;
                }

                i += next;
                char c = text[i++];
                if (c == '[')
                {
                    if (++bracketDepth > MaxBracketDepth)
                    {
                        return i - 1;
                    }
                }
                else if (c == ']')
                {
                    bracketDepth = Math.Max(0, bracketDepth - 1);
                    if (i < text.Length && text[i] == '(' && ++openDestinations > MaxBracketDepth)
                    {
                        return i - 1;
                    }
                }
                else if (c == ')')
                {
                    openDestinations = Math.Max(0, openDestinations - 1);
                }
                else
                {
                    break;
                }
            }
        }

        return -1;
    }

    /// <summary>
    /// Where a quote mark or list marker at <paramref name="i"/> ends, or -1: "&gt;", or "-", "*", "+" or up to nine digits
    /// and "." or ")" followed by a blank. A rule or table border ("-----…") nests nothing; the Perl manual's 65-dash lines
    /// were read as plain text before.
    /// </summary>
    private static int MarkerEnd(string text, int i)
    {
        char c = text[i];
        if (c == '>')
        {
            return i + 1;
        }

        int end = i;
        while (end < text.Length && end - i < 9 && char.IsAsciiDigit(text[end]))
        {
            end++;
        }

        bool bullet = end == i && c is '-' or '*' or '+';
        bool ordinal = end > i && end < text.Length && text[end] is '.' or ')';
        return (bullet || ordinal) && end + 1 < text.Length && text[end + 1] is ' ' or '\t' ? end + 1 : -1;
    }

    /// <summary>Three backticks or tildes at <paramref name="i"/>: a code fence opens or closes.</summary>
    private static bool IsFence(string text, int i) =>
        i + 2 < text.Length && text[i] is '`' or '~' && text[i + 1] == text[i] && text[i + 2] == text[i];
}
