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

    public static bool IsTooDeep(string text)
    {
        int bracketDepth = 0;
        int quoteDepth = 0;
        bool lineStart = true;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            switch (c)
            {
                case '[':
                    if (++bracketDepth > MaxBracketDepth)
                    {
                        return true;
                    }

                    break;
                case ']':
                    bracketDepth = Math.Max(0, bracketDepth - 1);
                    break;
                case '\n' or '\r':
                    lineStart = true;
                    quoteDepth = 0;
                    continue;
                // A list marker is followed by a space: a rule or table border ("-----…") nests nothing; the
                // Perl manual's 65-dash lines were read as plain text before (issue #6's corpus).
                case '>' when lineStart:
                case '-' or '*' or '+' when lineStart && i + 1 < text.Length && text[i + 1] is ' ' or '\t':
                    if (++quoteDepth > MaxQuoteDepth)
                    {
                        return true;
                    }

                    continue;
                case ' ' or '\t' when lineStart:
                    continue;
            }

            lineStart = false;
        }

        return false;
    }
}
