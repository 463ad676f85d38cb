using System.Buffers;
using EditLint.Text;

namespace EditLint.Documents;

/// <summary>
/// Splits a block of prose into sentences. A sentence ends at '.', '!' or '?' (with any closing quotes or
/// brackets after it) followed by white space and a capital, digit or opening mark — but not after an
/// abbreviation or an initial, not at an ellipsis, and not inside a quotation.
/// </summary>
public static class SentenceSplitter
{
    private static readonly SearchValues<char> Terminators = SearchValues.Create(".!?");

    public static void Split(string text, TextSpan block, IReadOnlyList<TextSpan> quotations, List<TextSpan> into)
    {
        int quoteIndex = 0;
        int start = SkipWhiteSpace(text, block.Start, block.End);
        int i = start;
        while (i < block.End)
        {
            // Jump to the next candidate with a vectorised search; most characters end nothing.
            int next = text.AsSpan(i, block.End - i).IndexOfAny(Terminators);
            if (next < 0)
            {
                break;
            }

            i += next;

            int runEnd = i;
            while (runEnd < block.End && text[runEnd] is '.' or '!' or '?')
            {
                runEnd++;
            }

            bool ellipsis = runEnd - i >= 3 && text[i] == '.';
            int after = runEnd;
            while (after < block.End && IsClosingMark(text[after]))
            {
                after++;
            }

            while (quoteIndex < quotations.Count && quotations[quoteIndex].End <= i)
            {
                quoteIndex++;
            }

            bool insideQuote = quoteIndex < quotations.Count && quotations[quoteIndex].Start < i && after < quotations[quoteIndex].End;
            if (!ellipsis && !insideQuote && IsBoundary(text, i, runEnd, after, block))
            {
                AddTrimmed(text, start, after, into);
                start = SkipWhiteSpace(text, after, block.End);
                i = start;
                continue;
            }

            i = Math.Max(after, i + 1);
        }

        if (start < block.End)
        {
            AddTrimmed(text, start, block.End, into);
        }
    }

    private static bool IsBoundary(string text, int terminator, int runEnd, int after, TextSpan block)
    {
        if (after >= block.End)
        {
            return true;
        }

        if (!char.IsWhiteSpace(text[after]))
        {
            return false;
        }

        int next = SkipWhiteSpace(text, after, block.End);
        if (next >= block.End)
        {
            return true;
        }

        char n = text[next];
        if (!(char.IsUpper(n) || char.IsDigit(n) || n is '“' or '"' or '‘' or '\'' or '(' or '['))
        {
            return false;
        }

        if (text[terminator] == '.' && runEnd == terminator + 1)
        {
            var word = WordBefore(text, terminator, block.Start);
            if (Abbreviations.IsAbbreviation(word))
            {
                return false;
            }
        }

        return true;
    }

    private static ReadOnlySpan<char> WordBefore(string text, int period, int blockStart)
    {
        int s = period;
        while (s > blockStart && (char.IsLetter(text[s - 1]) || (text[s - 1] == '.' && s - 2 >= blockStart && char.IsLetter(text[s - 2]))))
        {
            s--;
        }

        return text.AsSpan(s, period - s);
    }

    private static bool IsClosingMark(char c) => c is '”' or '’' or '"' or '\'' or ')' or ']';

    private static int SkipWhiteSpace(string text, int i, int end)
    {
        while (i < end && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    private static void AddTrimmed(string text, int start, int end, List<TextSpan> into)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            into.Add(TextSpan.FromBounds(start, end));
        }
    }
}
