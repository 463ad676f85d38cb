using System.Buffers;

namespace EditLint.Documents;

/// <summary>
/// Markdown parsers, Markdig included, take quadratic time on deeply nested brackets ("[[[[…") and block
/// quotes; 20 KB of such input takes seconds. One linear pass finds such input so it can be read as plain
/// text instead: no real article nests links hundreds of levels deep, or quotes and list markers
/// (counted together at the start of a line: "> - > - …") more than 64.
/// </summary>
internal static class MarkdownNestingGuard
{
    public const int MaxBracketDepth = 256;
    public const int MaxQuoteDepth = 64;

    private static readonly SearchValues<char> BracketsAndLineBreaks = SearchValues.Create("[]\r\n");

    public static bool IsTooDeep(string text)
    {
        int bracketDepth = 0;
        int i = 0;
        while (i < text.Length)
        {
            // The start of a line: blanks, quote marks and list markers, counted together.
            int quoteDepth = 0;
            while (i < text.Length)
            {
                char c = text[i];
                if (c is ' ' or '\t')
                {
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

                if (++quoteDepth > MaxQuoteDepth)
                {
                    return true;
                }

                i++;
            }

            // The rest of the line: only brackets matter, so skip to the next bracket or line break.
            while (i < text.Length)
            {
                int next = text.AsSpan(i).IndexOfAny(BracketsAndLineBreaks);
                if (next < 0)
                {
                    return false;
                }

                i += next;
                char c = text[i++];
                if (c == '[')
                {
                    if (++bracketDepth > MaxBracketDepth)
                    {
                        return true;
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

        return false;
    }
}
