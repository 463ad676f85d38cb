using EditLint.Documents;

namespace EditLint.Rules.Claims;

/// <summary>
/// Decides whether a sentence carries a bracketed maintenance mark ("[citation needed]", "[by whom?]"), which marks its
/// claim as unsupported.
/// </summary>
internal static class MaintenanceMarks
{
    /// <summary>
    /// A bracketed maintenance mark in the sentence or right after it ("[citation needed]", "[by whom?]",
    /// "[dubious – discuss]"): the claim is marked as unsupported, and no bracket is a citation then.
    /// </summary>
    public static bool IsDisputed(Document document, Sentence sentence, SuperlativeLexicon lexicon)
    {
        string text = document.ProseText;
        int after = sentence.Span.End;
        while (after < text.Length && text[after] is ' ' or '\t')
        {
            after++;
        }

        // The sentence's own text, and a mark that stands right after its full stop.
        int limit = after < text.Length && text[after] == '[' ? after + 1 : sentence.Span.End;
        int start = sentence.Span.Start;
        for (int open = text.IndexOf('[', start, limit - start); open >= 0; open = text.IndexOf('[', open + 1, limit - open - 1))
        {
            int close = text.IndexOf(']', open, Math.Min(48, text.Length - open));
            if (close > open && IsDisputeMark(text.AsSpan(open + 1, close - open - 1), lexicon.DisputeMarkers))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsDisputeMark(ReadOnlySpan<char> inner, string[] markers)
    {
        inner = inner.Trim();
        foreach (string marker in markers)
        {
            // Maintenance marks are written in lower case; "[Who] knows" opens the next sentence.
            if (inner.StartsWith(marker, StringComparison.Ordinal)
                && (inner.Length == marker.Length || !char.IsLetter(inner[marker.Length])))
            {
                return true;
            }
        }

        return false;
    }
}
