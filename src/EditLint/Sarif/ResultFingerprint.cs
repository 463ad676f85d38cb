using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using EditLint.Text;

namespace EditLint.Sarif;

/// <summary>
/// EditLint's own fingerprint, <c>contextHash/v1</c>. GitHub's line hash starts at the line's first character, so on a
/// Markdown paragraph written as one long line every finding of a rule gets the same value, and any edit near the start
/// of the paragraph changes them all. This one hashes the rule id, the flagged text and up to
/// <see cref="ContextLength"/> non-blank characters on each side of it (line breaks are blanks, so re-wrapping a
/// paragraph changes nothing), then appends <c>:k</c>, where k counts earlier findings in the file with the same
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
        for (int i = end - 1; i >= 0 && kept.Length < ContextLength; i--)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                kept.Insert(0, text[i]);
            }
        }

        return kept.ToString();
    }

    private static string After(string text, int start)
    {
        var kept = new StringBuilder();
        for (int i = start; i < text.Length && kept.Length < ContextLength; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                kept.Append(text[i]);
            }
        }

        return kept.ToString();
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
