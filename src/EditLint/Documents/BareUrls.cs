using System.Buffers;
using EditLint.Text;
using Markdig.Helpers;

namespace EditLint.Documents;

/// <summary>
/// Bare URLs in Markdown prose (<c>http://</c>, <c>https://</c>, <c>ftp://</c>, <c>mailto:</c>, <c>tel:</c>,
/// <c>www.</c>), found where Markdig's autolink extension would make a link. The extension is not in the
/// pipeline: its opening letters h, f, m, t and w cut every paragraph into short literals, and parsing the
/// benchmark corpus took 60 % longer with it. Here a vectorised search of a block's prose finds each
/// prefix by its ':' or '.', and Markdig's <see cref="LinkHelper"/> reads the source text to find where the
/// URL ends and to check its domain, as the extension does; the source text keeps a URL whole where a
/// backslash escape splits its prose (<c>show\_bug.cgi</c>). Over the benchmark corpus both find the same 117
/// URLs, and a property test holds them equal on generated text. They differ beside Markdown marks: after an
/// unclosed '[' (the extension waits in case it opens a link), right after the '>' of a quoted line, and by a
/// character where a URL meets a code span, a table border or the end of a block.
/// </summary>
internal static class BareUrls
{
    // Every prefix holds a ':' or a '.', far rarer in prose than the letters the prefixes start with: a search
    // for all six prefixes at once (SearchValues<string>) took 5 % of a run's time on its false starts.
    private static readonly SearchValues<char> Anchors = SearchValues.Create(":.");

    // Each prefix with the offset of its ':' or '.', where the search stops.
    private static readonly (string Text, int Anchor)[] Prefixes =
        [.. new[] { "http://", "https://", "ftp://", "mailto:", "tel:", "www." }.Select(p => (p, p.AsSpan().IndexOfAny(Anchors)))];

    // The characters besides white space that may come before a bare URL (Markdig's AutoLinkOptions default).
    private const string ValidPreviousCharacters = "*_~(";

    /// <summary>
    /// Adds an autolink reference for each bare URL that starts in the prose of <paramref name="block"/>:
    /// <paramref name="prose"/> holds the block's prose characters, blanks elsewhere, at the offsets of <paramref name="text"/>.
    /// </summary>
    public static void Find(string text, ReadOnlySpan<char> prose, TextSpan block, List<LinkReference> into)
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
            int start = PrefixStart(prose[..block.End], anchor);
            int length = start < 0 ? 0 : UrlLength(text, prose, start, block.End);
            if (length > 0)
            {
                into.Add(new LinkReference(new TextSpan(start, length), LinkKind.AutoLink));
                at = start + length;
            }
            else
            {
                at = anchor + 1;
            }
        }
    }

    /// <summary>Where a prefix whose ':' or '.' is at <paramref name="anchor"/> starts, or -1.</summary>
    private static int PrefixStart(ReadOnlySpan<char> prose, int anchor)
    {
        foreach (var prefix in Prefixes)
        {
            int start = anchor - prefix.Anchor;
            if (start >= 0 && prose[start..].StartsWith(prefix.Text, StringComparison.Ordinal))
            {
                return start;
            }
        }

        return -1;
    }

    /// <summary>The length of the URL at <paramref name="start"/>, or 0 where Markdig would not make one.</summary>
    private static int UrlLength(string text, ReadOnlySpan<char> prose, int start, int end)
    {
        if (!StartsAfterBoundary(text, start))
        {
            return 0;
        }

        var slice = new StringSlice(text, start, CellEnd(text, prose, start, end) - 1);
        if (!LinkHelper.TryParseUrl(ref slice, out string? link, out _, isAutoLink: true))
        {
            return 0;
        }

        // Emphasis marks around a URL are not part of it ("**http://example.org**."): Markdig drops the marks
        // still open after the URL, and here they are the marks that are not prose.
        int length = link.Length;
        while (length > 0 && link[length - 1] is '*' or '_' && prose[start + length - 1] == ' ')
        {
            length--;
        }

        link = link[..length];
        if (link.Length == 0)
        {
            return 0;
        }

        int prefixLength;
        switch (link[0])
        {
            case 'h' when link is "http://" or "https://":
            case 'f' when link is "ftp://":
            case 't' when link is "tel":
                return 0;
            case 'h':
                prefixLength = link[4] == 's' ? 8 : 7;
                break;
            case 'f':
                prefixLength = 6;
                break;
            case 'w':
                prefixLength = 4;
                break;
            case 'm':
                int at = link.IndexOf('@');
                if (at < 0 || at == "mailto:".Length)
                {
                    return 0;
                }

                prefixLength = at + 1;
                break;
            default:
                return link.Length;
        }

        return LinkHelper.IsValidDomain(link, prefixLength) ? link.Length : 0;
    }

    /// <summary>Whether a URL may start here: after white space (Markdig's sense of it), at the start of the text or after one of the valid characters.</summary>
    private static bool StartsAfterBoundary(string text, int start)
    {
        char previous = start > 0 ? text[start - 1] : '\0';
        return previous.IsWhiteSpaceOrZero() || ValidPreviousCharacters.Contains(previous);
    }

    /// <summary>
    /// Where the text a URL may run on in ends: at a table border ('|' outside the prose), since a grid-table cell's
    /// lines lie between those of the cells beside it, else at the block's end. A URL ends at white space, so only
    /// the run of text that starts at <paramref name="start"/> is searched, and a long block is not read again per URL.
    /// </summary>
    private static int CellEnd(string text, ReadOnlySpan<char> prose, int start, int end)
    {
        for (int at = start; at < end && !text[at].IsWhiteSpaceOrZero(); at++)
        {
            if (text[at] == '|' && prose[at] == ' ')
            {
                return at;
            }
        }

        return end;
    }
}
