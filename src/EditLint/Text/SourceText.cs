namespace EditLint.Text;

/// <summary>A decoded document: the text every span points into, and how it was encoded.</summary>
public sealed class SourceText
{
    private LineMap? lines;

    public SourceText(string text, TextEncodingKind encoding = TextEncodingKind.Utf8)
    {
        Text = text;
        Encoding = encoding;
    }

    public string Text { get; }

    public TextEncodingKind Encoding { get; }

    public int Length => Text.Length;

    public LineMap Lines => lines ??= new LineMap(Text);

    public ReadOnlySpan<char> this[TextSpan span] => Text.AsSpan(span.Start, span.Length);

    public string ToString(TextSpan span) => Text.Substring(span.Start, span.Length);

    public override string ToString() => Text;
}
