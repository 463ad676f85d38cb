using System.Buffers;
using EditLint.Text;

namespace EditLint.Documents;

/// <summary>
/// Finds quoted speech in a block: curly “…” pairs and straight "…" pairs. An opening mark that never
/// closes within the block is not a quotation, so a stray mark cannot swallow the rest of a paragraph; except
/// at the very start of the block, right after a comma or colon that introduces speech, or after a word that
/// introduces speech and before a capital ('stated "The …'), where it is the
/// convention for a quotation that runs on into the next paragraph (each paragraph of it opens with a mark,
/// only the last one closes), and a first mark that closes the block after its last sentence ends a quotation opened
/// before the block.
/// Single quotes are left alone: ’ is far more often an apostrophe.
/// </summary>
public static class QuotationFinder
{
    // Only these marks change anything below, so the scan jumps from one to the next.
    private static readonly SearchValues<char> Marks = SearchValues.Create("\u201C\u201D\"");

    public static void Find(string text, TextSpan block, List<TextSpan> into)
    {
        int open = -1;
        int marks = 0;
        char closing = '\0';
        for (int i = block.Start; i < block.End; i++)
        {
            int next = text.AsSpan(i, block.End - i).IndexOfAny(Marks);
            if (next < 0)
            {
                break;
            }

            i += next;
            char c = text[i];
            marks++;
            if (open < 0)
            {
                if (c == '\u201C' || (c == '"' && IsOpeningPosition(text, i, block.Start)))
                {
                    open = i;
                    closing = c == '\u201C' ? '\u201D' : '"';
                }
                else if (marks == 1 && EndsRunOnQuotation(text, block, i))
                {
                    into.Add(TextSpan.FromBounds(block.Start, i + 1));
                }
            }
            else if (c == closing)
            {
                into.Add(TextSpan.FromBounds(open, i + 1));
                open = -1;
            }
            else if (c == '\u201C' && closing == '\u201D')
            {
                // A second opening mark: the first one was stray.
                open = i;
            }
        }

        if (open >= 0 && RunsOn(text, block, open))
        {
            into.Add(TextSpan.FromBounds(open, block.End));
        }
    }

    /// <summary>
    /// An opening mark that never closes runs on into the next paragraph when it opens the block, follows the
    /// words that introduce speech ('he said, "…', 'stating: "…') or opens a quoted sentence after a word that introduces speech ('stated "The …', 'said that "The …');
    /// anywhere else it is stray.
    /// </summary>
    private static bool RunsOn(string text, TextSpan block, int open)
    {
        var before = text.AsSpan(block.Start, open - block.Start).TrimEnd();
        return before.IsEmpty || before[^1] is ',' or ':' || OpensASentence(text, block, open);
    }

    /// <summary>
    /// 'McNab stated "The tanker is ...', 'It said that "The Treasury today ...': a mark before a capital, after a word that
    /// introduces speech and with no other mark after it in the block, opens a quoted sentence; after any other word ('the
    /// "Big Fix and it is', 'Costs rose. "The') it is stray.
    /// </summary>
    private static bool OpensASentence(string text, TextSpan block, int open)
    {
        if (open < 2 || text[open - 1] != ' ' || open + 1 >= block.End || !char.IsUpper(text[open + 1]))
        {
            return false;
        }

        int wordEnd = open - 1;
        int wordStart = wordEnd;
        while (wordStart > block.Start && char.IsLetter(text[wordStart - 1]))
        {
            wordStart--;
        }

        // No other mark of either kind after it in the block: '"We are over budget,” the CFO said' pairs mismatched marks.
        return SpeechIntroducers.Contains(text.AsSpan(wordStart, wordEnd - wordStart)) && text.AsSpan(open + 1, block.End - open - 1).IndexOfAny(Marks) < 0;
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SpeechIntroducers =
        new HashSet<string>(["said", "says", "say", "stated", "states", "added", "adds", "wrote", "writes", "told", "tells", "asked", "asks",
            "replied", "announced", "declared", "explained", "noted", "warned", "insisted", "argued", "that"], StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The block's first quotation mark of any kind closes, right after a full stop, question or exclamation mark, and
    /// ends the block:
    /// the block is the end of a quotation that opened before it ('He's one of the biggest guns out there."'), the
    /// mirror of a quotation that runs on.
    /// </summary>
    private static bool EndsRunOnQuotation(string text, TextSpan block, int close) =>
        close > block.Start && text[close - 1] is '.' or '?' or '!' && text.AsSpan(close + 1, block.End - close - 1).Trim().IsEmpty;

    private static bool IsOpeningPosition(string text, int i, int blockStart) =>
        i == blockStart || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[' or '—' or '–' or '-';
}
