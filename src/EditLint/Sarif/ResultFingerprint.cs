using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using EditLint.Text;

namespace EditLint.Sarif;

/// <summary>
/// EditLint's own fingerprint, <c>contextHash/v1</c>. GitHub's line hash starts at the line's first character, so on a
/// Markdown paragraph written as one long line every finding of a rule gets the same value, and any edit near the start
/// of the paragraph changes them all. This one hashes the rule id, the flagged text and up to
/// <see cref="ContextLength"/> non-blank characters on each side of it within its paragraph (line breaks are blanks,
/// so re-wrapping a paragraph changes nothing; a blank line ends the context), then appends <c>:k</c>, where k counts earlier findings in the file with the same
/// hash. It holds no line number, so it stays the same when lines above move.
/// </summary>
public static class ResultFingerprint
{
    public const string Name = "contextHash/v1";

    public const int ContextLength = 24;

    /// <summary>Fingerprints for findings in one file, in the order given; equal inputs are numbered 1, 2, ….</summary>
    public sealed class Builder(string text)
    {
        private readonly Dictionary<string, int> counts = new(StringComparer.Ordinal);

        public string Next(string ruleId, TextSpan span)
        {
            string hash = Hash(text, ruleId, span);
            int count = counts.GetValueOrDefault(hash) + 1;
            counts[hash] = count;
            return hash + ":" + count.ToString(CultureInfo.InvariantCulture);
        }
    }

    /// <summary>The hash part (16 hex digits) for one finding.</summary>
    public static string Hash(string text, string ruleId, TextSpan span)
    {
        var input = new StringBuilder();
        input.Append(ruleId).Append('\u001f');
        AppendKept(input, text.AsSpan(span.Start, span.Length));
        input.Append('\u001f');
        input.Append(Before(text, span.Start));
        input.Append('\u001f');
        input.Append(After(text, span.End));
        byte[] digest = SHA256.HashData(Encoding.UTF8.GetBytes(input.ToString()));
        return Convert.ToHexStringLower(digest, 0, 8);
    }

    private static string Before(string text, int end)
    {
        var kept = new StringBuilder();
        int breaks = 0;
        for (int i = end - 1; i >= 0 && kept.Length < ContextLength; i--)
        {
            if (!Blank(text, i, ref breaks))
            {
                kept.Insert(0, text[i]);
            }
            else if (breaks >= 2)
            {
                break;
            }
        }

        return kept.ToString();
    }

    private static string After(string text, int start)
    {
        var kept = new StringBuilder();
        int breaks = 0;
        for (int i = start; i < text.Length && kept.Length < ContextLength; i++)
        {
            if (!Blank(text, i, ref breaks))
            {
                kept.Append(text[i]);
            }
            else if (breaks >= 2)
            {
                break;
            }
        }

        return kept.ToString();
    }

    /// <summary>
    /// Whether the character is white space; counts the line breaks in the current run of white space, so that the
    /// context stops at a blank line (the end of the paragraph) and never reaches into the paragraph above or below.
    /// </summary>
    private static bool Blank(string text, int i, ref int breaks)
    {
        char c = text[i];
        if (!char.IsWhiteSpace(c))
        {
            breaks = 0;
            return false;
        }

        if (c == '\n' || (c == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')))
        {
            breaks++;
        }

        return true;
    }

    private static void AppendKept(StringBuilder into, ReadOnlySpan<char> chars)
    {
        foreach (char c in chars)
        {
            if (!char.IsWhiteSpace(c))
            {
                into.Append(c);
            }
        }
    }
}
