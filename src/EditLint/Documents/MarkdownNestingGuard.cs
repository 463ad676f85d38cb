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
        foreach (char c in text)
        {
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
                case '>' or '-' or '*' or '+' when lineStart:
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
