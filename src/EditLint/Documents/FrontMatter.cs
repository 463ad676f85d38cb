using System.Globalization;
using EditLint.Text;

namespace EditLint.Documents;

/// <summary>Reads the one key EditLint needs from YAML front matter: <c>date</c>.</summary>
internal static class FrontMatter
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ssK", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-ddTHH:mm:ss.FFFFFFFK", "yyyy-MM-dd HH:mm:ss K"];

    public static DateOnly? ReadDate(string text, TextSpan frontMatter, List<DocumentNotification> notifications)
    {
        var lines = text.AsSpan(frontMatter.Start, frontMatter.Length);
        int lineStart = frontMatter.Start;
        foreach (var range in lines.Split('\n'))
        {
            var line = lines[range];
            int offset = lineStart + range.Start.GetOffset(lines.Length);
            if (line.StartsWith("date:", StringComparison.Ordinal))
            {
                var raw = line["date:".Length..].Trim().Trim('"').Trim('\'');
                int valueStart = offset + line.IndexOf(raw.Length > 0 ? raw[0] : ':');
                if (DateTimeOffset.TryParseExact(raw.ToString(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value))
                {
                    return DateOnly.FromDateTime(value.UtcDateTime);
                }

                notifications.Add(new DocumentNotification(
                    "EL0007",
                    $"The front matter date '{raw.ToString()}' is not a date of the form YYYY-MM-DD; relative-time fixes will not be offered.",
                    new TextSpan(valueStart, raw.Length)));
                return null;
            }
        }

        return null;
    }
}
