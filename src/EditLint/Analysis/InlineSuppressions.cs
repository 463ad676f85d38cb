using EditLint.Documents;
using EditLint.Text;

namespace EditLint.Analysis;

/// <summary>
/// The inline directives of one document: <c>editlint-disable [IDS] [-- reason]</c> until the matching
/// <c>editlint-enable [IDS]</c> (or the end of the document), and <c>editlint-disable-next-line [IDS]</c>.
/// No ids means every rule. A suppressed diagnostic is kept and marked.
/// </summary>
public sealed class InlineSuppressions
{
    private const string Prefix = "editlint-";
    private readonly List<Range> ranges = [];

    private InlineSuppressions()
    {
    }

    public static InlineSuppressions Parse(Document document, IReadOnlySet<string> knownRuleIds, List<ToolNotification> notifications)
    {
        var result = new InlineSuppressions();
        var open = new Dictionary<string, (int Start, string? Reason, TextSpan Comment)>(StringComparer.Ordinal);
        const string all = "*";
        var lines = document.Source.Lines;
        foreach (var comment in document.Comments)
        {
            if (!TryParse(comment.Content, out string verb, out var ids, out string? reason))
            {
                Notify(document, comment.Span, $"'{comment.Content}' is not an editlint directive; use editlint-disable, editlint-enable or editlint-disable-next-line.", notifications);
                continue;
            }

            foreach (string id in ids.Where(id => !knownRuleIds.Contains(id)))
            {
                Notify(document, comment.Span, $"The directive names the unknown rule '{id}'; run 'editlint rules' for the list.", notifications);
            }

            List<string> keys = ids.Count == 0 ? [all] : ids;
            switch (verb)
            {
                case "disable":
                    foreach (string key in keys)
                    {
                        open.TryAdd(key, (comment.Span.End, reason, comment.Span));
                    }

                    break;
                case "enable":
                    foreach (string key in ids.Count == 0 ? [.. open.Keys] : keys)
                    {
                        if (open.Remove(key, out var start))
                        {
                            result.ranges.Add(new Range(TextSpan.FromBounds(start.Start, comment.Span.Start), key == all ? null : key, start.Reason, start.Comment));
                        }
                    }

                    break;
                case "disable-next-line":
                    int line = lines.GetPosition(comment.Span.End).Line + 1;
                    if (line < lines.LineCount)
                    {
                        var span = TextSpan.FromBounds(lines.GetLineStart(line), lines.GetLineEnd(line, document.Source.Text));
                        foreach (string key in keys)
                        {
                            result.ranges.Add(new Range(span, key == all ? null : key, reason, comment.Span));
                        }
                    }

                    break;
            }
        }

        foreach (var (key, start) in open)
        {
            result.ranges.Add(new Range(TextSpan.FromBounds(start.Start, document.Source.Length), key == all ? null : key, start.Reason, start.Comment));
        }

        return result;
    }

    public Suppression? Find(Diagnostic diagnostic)
    {
        foreach (var range in ranges)
        {
            if ((range.RuleId is null || range.RuleId == diagnostic.Id) &&
                diagnostic.Span.Start >= range.Span.Start && diagnostic.Span.Start <= range.Span.End)
            {
                return new Suppression(range.Reason, range.Comment);
            }
        }

        return null;
    }

    private static bool TryParse(string content, out string verb, out List<string> ids, out string? reason)
    {
        verb = string.Empty;
        ids = [];
        reason = null;
        if (!content.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        int dashes = content.IndexOf("--", Prefix.Length, StringComparison.Ordinal);
        string head = dashes >= 0 ? content[..dashes] : content;
        if (dashes >= 0)
        {
            reason = content[(dashes + 2)..].Trim();
            reason = reason.Length == 0 ? null : reason;
        }

        var words = head.Split([' ', '\t', ',', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries);
        verb = words[0][Prefix.Length..];
        ids = [.. words.Skip(1).Select(w => w.ToUpperInvariant())];
        return verb is "disable" or "enable" or "disable-next-line";
    }

    private static void Notify(Document document, TextSpan span, string message, List<ToolNotification> notifications) =>
        notifications.Add(new ToolNotification(ToolRules.UnknownDirective.Id, Severity.Warning, message, document.Path, document.Source.Lines.GetPosition(span.Start)));

    private sealed record Range(TextSpan Span, string? RuleId, string? Reason, TextSpan Comment);
}
