using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace EditLint.Sarif;

/// <summary>Source-generated serialization for the SARIF model: camelCase names, nulls left out.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true)]
[JsonSerializable(typeof(SarifLog))]
internal sealed partial class SarifJsonContext : JsonSerializerContext
{
    /// <summary>
    /// The options output uses. Relaxed escaping keeps quotes and non-ASCII letters readable ("'Park Geun-hye'",
    /// not "\u0027Park Geun-hye\u0027"); the log is a file, never embedded in HTML. "\n" line breaks on every
    /// platform so the same input gives the same bytes.
    /// </summary>
    public static SarifJsonContext Output { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
