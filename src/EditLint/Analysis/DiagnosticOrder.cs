namespace EditLint.Analysis;

/// <summary>
/// The order of a file's findings: by start, rule id, length, then message; findings equal in all four keep the
/// order they were reported in. A message is formatted only to break a tie of the first three keys, which is rare:
/// a sort by key would format every finding's message once more than the report does.
/// </summary>
internal static class DiagnosticOrder
{
    public static void Sort(Diagnostic[] diagnostics)
    {
        if (diagnostics.Length < 2)
        {
            return;
        }

        var order = new int[diagnostics.Length];
        for (int i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        var reported = (Diagnostic[])diagnostics.Clone();
        Array.Sort(order, (a, b) => Compare(reported, a, b));
        for (int i = 0; i < order.Length; i++)
        {
            diagnostics[i] = reported[order[i]];
        }
    }

    private static int Compare(Diagnostic[] reported, int a, int b)
    {
        var x = reported[a];
        var y = reported[b];
        int c = x.Span.Start.CompareTo(y.Span.Start);
        if (c == 0)
        {
            c = string.CompareOrdinal(x.Id, y.Id);
        }

        if (c == 0)
        {
            c = x.Span.Length.CompareTo(y.Span.Length);
        }

        if (c == 0 && a != b)
        {
            c = string.CompareOrdinal(x.Message, y.Message);
        }

        return c != 0 ? c : a.CompareTo(b);
    }
}
