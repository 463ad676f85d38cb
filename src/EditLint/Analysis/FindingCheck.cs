using EditLint.Text;

namespace EditLint.Analysis;

/// <summary>
/// What makes a finding one the engine cannot show: a rule its analyzer does not declare, or a span, fix or related
/// span outside the text. Such a finding is a bug in the rule, not a fact about the prose.
/// </summary>
internal static class FindingCheck
{
    /// <summary>Why <paramref name="finding"/> cannot be shown, or null when it can.</summary>
    public static string? Problem(Diagnostic finding, IReadOnlySet<string> declared, int textLength)
    {
        if (!declared.Contains(finding.Id))
        {
            return $"reported {finding.Id}, a rule it does not declare";
        }

        if (!Inside(finding.Span, textLength))
        {
            return $"reported {finding.Id} at {finding.Span}, outside the text (length {textLength})";
        }

        if (finding.Fix is { } fix && !Inside(fix.Span, textLength))
        {
            return $"reported {finding.Id} at {finding.Span} with a fix at {fix.Span}, outside the text (length {textLength})";
        }

        foreach (var related in finding.AdditionalSpans)
        {
            if (!Inside(related.Span, textLength))
            {
                return $"reported {finding.Id} at {finding.Span} with a related location at {related.Span}, outside the text (length {textLength})";
            }
        }

        return null;
    }

    private static bool Inside(TextSpan span, int textLength) => span.Start >= 0 && span.Length >= 0 && span.End <= textLength;
}
