using System.Buffers;

namespace EditLint.Documents;

/// <summary>
/// Markdown parsers, Markdig included, take quadratic time on deeply nested brackets ("[[[[…") and block
/// quotes; 20 KB of such input takes seconds. One linear pass finds such input so it can be read as plain
/// text instead: no real article nests links hundreds of levels deep, quotes and list markers (counted
/// together at the start of a line: "> - > - …") more than 64, or indents a list marker more than 128 blanks.
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

    private static readonly SearchValues<char> BracketsAndLineBreaks = SearchValues.Create("[]\r\n");

    /// <summary>Where the nesting first passes a limit: the offset of the bracket or marker that does, or -1.</summary>
    public static int FindTooDeep(string text)
    {
        int bracketDepth = 0;
        int i = 0;
        while (i < text.Length)
        {
            // The start of a line: blanks, quote marks and list markers, counted together.
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

                // A list marker is followed by a space: a rule or table border ("-----…") nests nothing; the
                // Perl manual's 65-dash lines were read as plain text before.
                bool marker = c == '>' || (c is '-' or '*' or '+' && i + 1 < text.Length && text[i + 1] is ' ' or '\t');
                if (!marker)
                {
                    break;
                }

                if (++quoteDepth > MaxQuoteDepth || blanks > MaxMarkerIndent)
                {
                    return i;
                }

                i++;
            }

            // The rest of the line: only brackets matter, so skip to the next bracket or line break.
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
                }
                else
                {
                    break;
                }
            }
        }

        return -1;
    }
}
