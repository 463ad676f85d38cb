using System.Text.Json;

namespace EditLint.Sarif;

/// <summary>Serializes a <see cref="SarifLog"/>: indented JSON, "\n" line breaks, a final newline, no byte order mark.</summary>
public static class SarifWriter
{
    public static string Serialize(SarifLog log) =>
        JsonSerializer.Serialize(log, SarifJsonContext.Output.SarifLog) + "\n";
}
