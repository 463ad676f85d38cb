using EditLint.Analysis;
using EditLint.Text;

namespace EditLint.Tests.Analysis;

public class DiagnosticOrderTests
{
    private static readonly RuleDescriptor A = new("EL2997", "A", "T", "{0}", RuleCategory.Claims, Severity.Warning, "D.", ["t"]);
    private static readonly RuleDescriptor B = new("EL2998", "B", "T", "{0}", RuleCategory.Claims, Severity.Warning, "D.", ["t"]);

    [Fact]
    public void Sorts_by_start_id_length_then_message_and_keeps_the_reported_order_of_full_ties()
    {
        var first = new Diagnostic(A, new TextSpan(5, 2), "m");
        var second = new Diagnostic(A, new TextSpan(5, 2), "m");
        Diagnostic[] reported =
        [
            new Diagnostic(B, new TextSpan(5, 1), "a"),
            first,
            new Diagnostic(A, new TextSpan(5, 2), "b"),
            new Diagnostic(A, new TextSpan(5, 1), "z"),
            second,
            new Diagnostic(A, new TextSpan(0, 9), "y"),
        ];
        var expected = reported
            .OrderBy(d => d.Span.Start).ThenBy(d => d.Id, StringComparer.Ordinal).ThenBy(d => d.Span.Length).ThenBy(d => d.Message, StringComparer.Ordinal)
            .ToArray();

        DiagnosticOrder.Sort(reported);

        reported.ShouldBe(expected);
        Array.IndexOf(reported, first).ShouldBeLessThan(Array.IndexOf(reported, second));
        reported.Select(d => d.Message).ShouldBe(["y", "z", "b", "m", "m", "a"]);
    }
}
