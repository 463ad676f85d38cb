using EditLint.Text;

namespace EditLint.Tests.Verifiers;

/// <summary>A marked span: <c>[|…|]</c> (Id and Location null), <c>{|EL2001:…|}</c> (Id set) or <c>{|#0:…|}</c> (Location set).</summary>
public sealed record MarkedSpan(TextSpan Span, string? Id, int? Location);

/// <summary>
/// Reads Roslyn-style markup. Marks may nest; spans are offsets in the text with the markup removed.
/// </summary>
public static class MarkupParser
{
    public static (string Text, IReadOnlyList<MarkedSpan> Spans) Parse(string markup)
    {
        var text = new System.Text.StringBuilder(markup.Length);
        var spans = new List<MarkedSpan>();
        var open = new Stack<(int Start, string? Id, int? Location)>();
        int i = 0;
        while (i < markup.Length)
        {
            if (Starts(markup, i, "[|"))
            {
                open.Push((text.Length, null, null));
                i += 2;
            }
            else if (Starts(markup, i, "{|"))
            {
                int colon = markup.IndexOf(':', i + 2);
                if (colon < 0)
                {
                    throw new FormatException($"Markup '{{|' at {i} has no ':' after its id.");
                }

                string label = markup[(i + 2)..colon];
                open.Push(label.StartsWith('#')
                    ? (text.Length, null, int.Parse(label[1..], System.Globalization.CultureInfo.InvariantCulture))
                    : (text.Length, label, null));
                i = colon + 1;
            }
            else if (Starts(markup, i, "|]") || Starts(markup, i, "|}"))
            {
                if (open.Count == 0)
                {
                    throw new FormatException($"Markup close at {i} has no opening mark.");
                }

                var (start, id, location) = open.Pop();
                spans.Add(new MarkedSpan(TextSpan.FromBounds(start, text.Length), id, location));
                i += 2;
            }
            else
            {
                text.Append(markup[i]);
                i++;
            }
        }

        if (open.Count > 0)
        {
            throw new FormatException("Markup has an unclosed mark.");
        }

        return (text.ToString(), spans.OrderBy(s => s.Span.Start).ToList());
    }

    private static bool Starts(string s, int i, string token) => string.CompareOrdinal(s, i, token, 0, token.Length) == 0;
}
