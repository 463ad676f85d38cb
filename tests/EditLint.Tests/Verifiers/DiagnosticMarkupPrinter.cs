using EditLint.Analysis;

namespace EditLint.Tests.Verifiers;

/// <summary>Re-marks text with actual diagnostics, ready to paste into a test.</summary>
public static class DiagnosticMarkupPrinter
{
    public static string Print(string text, IEnumerable<Diagnostic> diagnostics)
    {
        var inserts = new List<(int Offset, int Order, string Mark)>();
        foreach (var d in diagnostics)
        {
            inserts.Add((d.Span.Start, 1, $"{{|{d.Id}:"));
            inserts.Add((d.Span.End, 0, "|}"));
        }

        var builder = new System.Text.StringBuilder(text);
        foreach (var (offset, _, mark) in inserts.OrderByDescending(x => x.Offset).ThenBy(x => x.Order))
        {
            builder.Insert(offset, mark);
        }

        return builder.ToString();
    }
}
