using System.Text;
using EditLint.Analysis;

namespace EditLint.Cli.Output;

/// <summary>
/// GitHub Actions workflow commands (<c>::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message</c>): a job
/// that runs <c>editlint check --format github</c> gets annotations on the pull request without code scanning.
/// Suppressed findings are left out; the tool's own problems come first, as plain annotations. Positions are 1-based,
/// the end column one past the last character, as in SARIF.
/// </summary>
public sealed class GitHubAnnotationFormatter
{
    public void Write(RunReport report, TextWriter writer)
    {
        foreach (var notification in report.AllNotifications)
        {
            var properties = new List<(string, string)>();
            if (notification.Path is { } path)
            {
                properties.Add(("file", path));
                if (notification.Position is { } p)
                {
                    properties.Add(("line", (p.Line + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)));
                    properties.Add(("col", (p.Character + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)));
                }
            }

            properties.Add(("title", $"{notification.Id} {ToolRules.All.FirstOrDefault(r => r.Id == notification.Id)?.Name ?? "EditLint"}"));
            writer.Write(Command(notification.Severity, properties, notification.Message));
        }

        foreach (var (file, diagnostic) in report.Diagnostics)
        {
            if (diagnostic.IsSuppressed)
            {
                continue;
            }

            var span = file.Source!.Lines.GetPositionSpan(diagnostic.Span);
            var properties = new List<(string, string)>
            {
                ("file", file.Path),
                ("line", Number(span.Start.Line)),
                ("col", Number(span.Start.Character)),
                ("endLine", Number(span.End.Line)),
                ("endColumn", Number(span.End.Character)),
                ("title", $"{diagnostic.Id} {diagnostic.Descriptor.Name}"),
            };
            writer.Write(Command(diagnostic.Severity, properties, diagnostic.Message));
        }
    }

    /// <summary>One workflow command line, escaped as the Actions runner expects.</summary>
    public static string Command(Severity severity, IEnumerable<(string Key, string Value)> properties, string message)
    {
        string command = severity switch
        {
            Severity.Error => "error",
            Severity.Warning => "warning",
            _ => "notice",
        };
        var line = new StringBuilder("::").Append(command);
        string joined = string.Join(',', properties.Select(p => $"{p.Key}={EscapeProperty(p.Value)}"));
        if (joined.Length > 0)
        {
            line.Append(' ').Append(joined);
        }

        return line.Append("::").Append(EscapeData(message)).Append('\n').ToString();
    }

    /// <summary>Message text: '%', CR and LF are encoded (the runner's <c>escapeData</c>).</summary>
    public static string EscapeData(string value) =>
        value.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    /// <summary>Property values: as message text, and ':' and ',' too (the runner's <c>escapeProperty</c>).</summary>
    public static string EscapeProperty(string value) =>
        EscapeData(value).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);

    private static string Number(int zeroBased) => (zeroBased + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
