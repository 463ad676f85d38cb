using System.Text.Json;

namespace EditLint.Rules.Claims;

/// <summary>Reads a data file of <c>rules/</c>, which the library embeds so the tool needs no files next to it.</summary>
internal static class EmbeddedRuleData
{
    public static JsonDocument Load(string fileName)
    {
        using var stream = Open(fileName);
        return JsonDocument.Parse(stream, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
    }

    /// <summary>The lines of an embedded text file of <c>rules/</c>, without blank lines and '#' comments.</summary>
    public static IEnumerable<string> Lines(string fileName)
    {
        using var reader = new StreamReader(Open(fileName));
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                lines.Add(line.Trim());
            }
        }

        return lines;
    }

    private static Stream Open(string fileName)
    {
        string name = "rules/" + fileName;
        return typeof(EmbeddedRuleData).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The rule data file '{name}' is not embedded in the library.");
    }

    public static IEnumerable<string> Strings(JsonElement element, string property) =>
        element.TryGetProperty(property, out var array) && array.ValueKind == JsonValueKind.Array
            ? array.EnumerateArray().Select(e => e.GetString()).OfType<string>()
            : [];
}
