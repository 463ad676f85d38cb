using System.Globalization;
using EditLint.Analysis;
using EditLint.Text;

namespace EditLint.Cli.Output;

/// <summary>
/// The <c>text</c> format: the Roslyn/MSBuild canonical form <c>path(line,col): warning EL2001: message</c>, which terminals and editors
/// link, then a one-line summary. Colour only when asked for (a terminal, no NO_COLOR, no --no-color).
/// </summary>
public sealed class TextFormatter(bool color)
{
    public void Write(RunReport report, TextWriter writer)
    {
        foreach (var notification in report.AllNotifications)
        {
            writer.WriteLine(Colorize(notification.ToString(), notification.Severity));
        }

        foreach (var (file, diagnostic) in report.Diagnostics)
        {
            var position = file.Source!.Lines.GetPosition(diagnostic.Span.Start);
            bool colored = color && !diagnostic.IsSuppressed;
            writer.Write(colored ? ColorStart(diagnostic.Severity) : string.Empty);
            WriteFinding(writer, file.Path, position, diagnostic);
            writer.WriteLine(colored ? ColorEnd : string.Empty);
        }

        writer.WriteLine(Summary(report));
    }

    /// <summary>
    /// One finding, <c>path(line,col): warning EL2001: message</c>, written in parts: a large run reports tens of
    /// thousands, and a string made for each line only to be copied out again was most of the cost of writing them.
    /// </summary>
    private static void WriteFinding(TextWriter writer, string path, LinePosition position, Diagnostic diagnostic)
    {
        Span<char> location = stackalloc char[32]; // "(2147483647,2147483647): " at the longest
        location.TryWrite(CultureInfo.InvariantCulture, $"({position.Line + 1},{position.Character + 1}): ", out int written);
        writer.Write(path);
        writer.Write(location[..written]);
        writer.Write(diagnostic.Severity.Name());
        writer.Write(' ');
        writer.Write(diagnostic.Id);
        writer.Write(": ");
        diagnostic.WriteMessage(writer);
        if (diagnostic.IsSuppressed)
        {
            writer.Write(" (suppressed)");
        }
    }

    public static string Summary(RunReport report)
    {
        var active = report.Diagnostics.Select(x => x.Diagnostic).Where(d => !d.IsSuppressed).ToArray();
        var parts = new List<string>();
        foreach (var (severity, word) in new[] { (Severity.Error, "error"), (Severity.Warning, "warning"), (Severity.Note, "note") })
        {
            int count = active.Count(d => d.Severity == severity);
            if (count > 0)
            {
                parts.Add(EnglishCount.Of(count, word));
            }
        }

        int linted = report.Files.Count(f => f.WasLinted);
        // "1 error, 2 warnings and 3 notes", with no comma before "and", whatever the machine's culture.
        string findings = parts.Count == 0 ? "No findings" : parts.Count == 1 ? parts[0] : string.Join(", ", parts[..^1]) + " and " + parts[^1];
        string summary = $"{findings} in {EnglishCount.Of(linted, "file")}";
        int suppressed = report.Diagnostics.Count(x => x.Diagnostic.IsSuppressed);
        int skipped = report.Files.Count(f => !f.WasLinted);
        if (suppressed > 0)
        {
            summary += $"; {EnglishCount.Of(suppressed, "finding")} suppressed";
        }

        if (skipped > 0)
        {
            summary += $"; {EnglishCount.Of(skipped, "file")} skipped";
        }

        return $"{summary}; configuration: {report.Configuration}.";
    }

    private string Colorize(string line, Severity severity)
    {
        if (!color)
        {
            return line;
        }

        return ColorStart(severity) + line + ColorEnd;
    }

    private const string ColorEnd = "\u001b[0m";

    private static string ColorStart(Severity severity) => severity switch
    {
        Severity.Error => "\u001b[31m",
        Severity.Warning => "\u001b[33m",
        _ => "\u001b[36m",
    };
}
