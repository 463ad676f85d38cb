using System.Runtime.CompilerServices;
using EditLint.Text;

namespace EditLint.Documents;

/// <summary>
/// A parsed document. <see cref="ProseText"/> has the same length as the source text: prose characters are
/// copied, everything else (markup, code, URLs, HTML, front matter) is blanked with spaces, so offsets agree.
/// </summary>
public sealed class Document
{
    private readonly TextSpan[] quotations;
    private readonly LinkReference[] links;

    internal Document(
        string path,
        DocumentKind kind,
        SourceText source,
        string proseText,
        ProseBlock[] blocks,
        Sentence[] sentences,
        TextSpan[] quotations,
        LinkReference[] links,
        DirectiveComment[] comments,
        DateOnly? date,
        DocumentNotification[] notifications,
        bool hasCode)
    {
        Path = path;
        Kind = kind;
        Source = source;
        ProseText = proseText;
        Blocks = blocks;
        Sentences = sentences;
        this.quotations = quotations;
        this.links = links;
        Comments = comments;
        Date = date;
        Notifications = notifications;
        HasCode = hasCode;
    }

    public string Path { get; }

    public DocumentKind Kind { get; }

    public SourceText Source { get; }

    public string ProseText { get; }

    public IReadOnlyList<ProseBlock> Blocks { get; }

    public IReadOnlyList<Sentence> Sentences { get; }

    /// <summary>Spans of quoted speech, including their quotation marks, sorted by start.</summary>
    public IReadOnlyList<TextSpan> Quotations => quotations;

    /// <summary>Links, autolinks and footnote references, sorted by start.</summary>
    public IReadOnlyList<LinkReference> Links => links;

    public IReadOnlyList<DirectiveComment> Comments { get; }

    /// <summary>The document's date from front matter (<c>date:</c>), when it has one.</summary>
    public DateOnly? Date { get; }

    public IReadOnlyList<DocumentNotification> Notifications { get; }

    /// <summary>Whether the Markdown source holds code, a fenced code block or inline code, as technical documentation does.</summary>
    public bool HasCode { get; }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<char> GetText(Token token) => ProseText.AsSpan(token.Start, token.Span.Length);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<char> GetText(TextSpan span) => ProseText.AsSpan(span.Start, span.Length);

    public bool IsInQuotation(TextSpan span)
    {
        // The last quotation that starts at or before the span, and whether it holds the span.
        int index = LowerBound(quotations, span.Start + 1, static q => q) - 1;
        return index >= 0 && quotations[index].Contains(span);
    }

    public bool HasLinkWithin(TextSpan span)
    {
        int index = LowerBound(links, span.Start, static l => l.Span);
        return index < links.Length && links[index].Span.Start < span.End;
    }

    /// <summary>
    /// Whether a fix may rewrite <paramref name="span"/>: none of its characters is markup the prose blanked (a link's
    /// bracket, an emphasis mark; white space is no markup, so words wrapped over two lines may be fixed), and it is not
    /// the text of a reference link that is also its label. Such a fix rewrote "[cell](url) phone" as "[cellphone" and
    /// "[Kiev][]" as "[Kyiv][]", whose definition no longer matched.
    /// </summary>
    public bool CanRewrite(TextSpan span)
    {
        if (span.End > ProseText.Length)
        {
            return false;
        }

        var prose = ProseText.AsSpan(span.Start, span.Length);
        var source = Source.Text.AsSpan(span.Start, span.Length);
        for (int i = 0; i < prose.Length; i++)
        {
            if (prose[i] != source[i] && !char.IsWhiteSpace(source[i]))
            {
                return false;
            }
        }

        // The links that start before the span ends; a link's text lies inside its span, so only those can hold it.
        int end = LowerBound(links, span.End, static l => l.Span);
        for (int i = end - 1; i >= 0 && end - i <= MaxEnclosingLinks; i--)
        {
            if (links[i].TextIsLabel && links[i].Span.Start <= span.Start && span.End <= links[i].Span.End)
            {
                return false;
            }
        }

        return true;
    }

    // Links cannot nest, so the one that holds a span is among the last few to start before the span's end.
    private const int MaxEnclosingLinks = 4;

    /// <summary>The first item that starts at or after <paramref name="start"/>; the selectors are static, so a call allocates nothing.</summary>
    private static int LowerBound<T>(T[] items, int start, Func<T, TextSpan> spanOf)
    {
        int lo = 0, hi = items.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (spanOf(items[mid]).Start < start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
