using System.Text.Json;
using EditLint.IO;
using EditLint.Text;

namespace EditLint.Configuration;

/// <summary>
/// Where an entry of a top-level array (<c>"names": ["names/*.json"]</c>) is written in <c>editlint.json</c>, so that a
/// glob that matches nothing is reported at its line and column like every other configuration problem.
/// </summary>
public static class JsonEntryPosition
{
    private static readonly JsonReaderOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>The 0-based position of <paramref name="value"/> in the array <paramref name="key"/>, else of the key, else null.</summary>
    public static LinePosition? Find(string configPath, string key, string value)
    {
        if (Read(configPath) is not { } json)
        {
            return null;
        }

        var positions = new JsonPositions(json);
        long? keyOffset = Search(json.Span, key, value, out long valueOffset);
        return valueOffset >= 0 ? positions.At(valueOffset) : keyOffset is { } offset ? positions.At(offset) : null;
    }

    /// <summary>The configuration as UTF-8, or null when it can no longer be read.</summary>
    private static ReadOnlyMemory<byte>? Read(string configPath)
    {
        try
        {
            return JsonFileBytes.ToUtf8(SystemFiles.ReadAllBytes(configPath), out _);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static long? Search(ReadOnlySpan<byte> json, string key, string value, out long valueOffset)
    {
        valueOffset = -1;
        var reader = new Utf8JsonReader(json, Options);
        try
        {
            while (reader.Read())
            {
                if (reader.CurrentDepth != 1 || reader.TokenType != JsonTokenType.PropertyName || !string.Equals(reader.GetString(), key, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                long keyOffset = reader.TokenStartIndex;
                if (reader.Read() && reader.TokenType == JsonTokenType.StartArray)
                {
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        if (reader.TokenType == JsonTokenType.String && reader.GetString() == value)
                        {
                            valueOffset = reader.TokenStartIndex;
                            break;
                        }
                    }
                }

                return keyOffset;
            }
        }
        catch (JsonException)
        {
            // A file that loaded is valid JSON; if it changed since, the problem is reported without a position.
        }

        return null;
    }
}
