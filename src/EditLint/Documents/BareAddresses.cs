using System.Buffers;
using System.Collections.Frozen;
using EditLint.Text;

namespace EditLint.Documents;

/// <summary>
/// E-mail addresses (<c>press@e-mail.example.com</c>) and web addresses without a scheme that name a path
/// (<c>example.com/Kiev/e-mail</c>) in prose, which no reader makes a link: the rules must not read their words as
/// prose, or a house rule's fix rewrites the address ("press@email.example.com") and a name in one is "corrected".
/// What <see cref="BareUrls"/> finds (a scheme or "www.") is its own.
/// </summary>
internal static class BareAddresses
{
    private static readonly SearchValues<char> Anchors = SearchValues.Create("@/");

    // The endings a web address without a scheme is written with in prose, in lower case: "Node.js/Nato" and
    // "ASP.NET/Youtube" are names before a slash, not addresses, and their last words stay prose.
    private static readonly FrozenSet<string> WebEndings = new[]
    {
        "com", "org", "net", "edu", "gov", "mil", "int", "info", "biz", "io", "co", "dev", "app", "news", "ai", "me", "tv",
        "us", "uk", "eu", "de", "fr", "es", "it", "nl", "ru", "cn", "jp", "in", "au", "ca", "br", "ch", "se", "no", "fi",
        "dk", "pl", "be", "at", "ie", "nz", "za", "kr", "mx", "ar",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Adds the span of each address in <paramref name="block"/> of <paramref name="prose"/> to <paramref name="into"/>.</summary>
    public static void Find(ReadOnlySpan<char> prose, TextSpan block, List<TextSpan> into)
    {
        int at = block.Start;
        while (at < block.End)
        {
            int found = prose[at..block.End].IndexOfAny(Anchors);
            if (found < 0)
            {
                return;
            }

            int anchor = at + found;
            var address = prose[anchor] == '@' ? Email(prose, block, anchor) : HostPath(prose, block, anchor);
            if (address.Length > 0)
            {
                into.Add(address);
                at = address.End;
            }
            else
            {
                at = anchor + 1;
            }
        }
    }

    private static TextSpan Email(ReadOnlySpan<char> prose, TextSpan block, int at)
    {
        int start = at;
        while (start > block.Start && IsLocalPart(prose[start - 1]))
        {
            start--;
        }

        int end = HostEnd(prose, block, at + 1);
        return start < at && end > at + 1 ? TextSpan.FromBounds(start, end) : default;
    }

    /// <summary>A host with a top-level domain of letters right before the '/' at <paramref name="slash"/>, then the path to the next blank.</summary>
    private static TextSpan HostPath(ReadOnlySpan<char> prose, TextSpan block, int slash)
    {
        int start = slash;
        while (start > block.Start && IsHost(prose[start - 1]))
        {
            start--;
        }

        if (start == slash || HostEnd(prose, block, start) != slash || (start > block.Start && !IsOpening(prose[start - 1]))
            || !WebEndings.Contains(prose[(prose[start..slash].LastIndexOf('.') + start + 1)..slash].ToString()))
        {
            return default;
        }

        int end = slash;
        while (end < block.End && !char.IsWhiteSpace(prose[end]))
        {
            end++;
        }

        while (end > slash + 1 && prose[end - 1] is '.' or ',' or ';' or ':' or '!' or '?' or ')' or '"' or '\'' or '\u201D' or '\u2019')
        {
            end--;
        }

        return TextSpan.FromBounds(start, end);
    }

    /// <summary>The end of a host name at <paramref name="start"/> whose last label, after a dot, is two letters or more; <paramref name="start"/> when there is none.</summary>
    private static int HostEnd(ReadOnlySpan<char> prose, TextSpan block, int start)
    {
        int end = start;
        while (end < block.End && IsHost(prose[end]))
        {
            end++;
        }

        while (end > start && prose[end - 1] is '.' or '-')
        {
            end--; // a full stop after the address ends the sentence
        }

        int dot = prose[start..end].LastIndexOf('.');
        if (dot <= 0 || end - (start + dot + 1) < 2)
        {
            return start;
        }

        foreach (char c in prose[(start + dot + 1)..end])
        {
            if (!char.IsAsciiLetter(c))
            {
                return start;
            }
        }

        return end;
    }

    private static bool IsHost(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '-';

    private static bool IsLocalPart(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '%' or '+' or '-';

    private static bool IsOpening(char c) => char.IsWhiteSpace(c) || c is '(' or '<' or '"' or '\'' or '\u201C' or '\u2018' or '[';
}
