using System.Text.Json;
using EditLint.IO;
using EditLint.Text;

namespace EditLint.Configuration;

/// <summary>
/// Where every key and array entry of <c>editlint.json</c> is written, by its configuration path
/// (<c>rules:EL1003:settings:titles:0</c>, keys without regard to case), read in one pass on the first question: a rule
/// reporting thousands of problems in its settings asks as many questions, and each had read and walked the file anew.
/// </summary>
public sealed class JsonPathIndex(string configPath)
{
    private static readonly JsonReaderOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    private readonly Lazy<(Dictionary<string, long> Offsets, JsonPositions Positions)?> index = new(() => Build(configPath));

    /// <summary>The 0-based position of what <paramref name="path"/> names (a key at its name, an entry at its start), else of the deepest part of it written, else null.</summary>
    public LinePosition? Find(IReadOnlyList<string> path)
    {
        if (index.Value is not { } built)
        {
            return null;
        }

        for (int length = path.Count; length > 0; length--)
        {
            if (built.Offsets.TryGetValue(string.Join(':', path.Take(length)), out long offset))
            {
                return built.Positions.At(offset);
            }
        }

        return null;
    }

    private static (Dictionary<string, long>, JsonPositions)? Build(string configPath)
    {
        ReadOnlyMemory<byte> json;
        try
        {
            json = JsonFileBytes.ToUtf8(SystemFiles.ReadAllBytes(configPath), out _);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        var offsets = new Dictionary<string, long>(StringComparer.OrdinalIgnoreCase);
        var containers = new Stack<(string Path, int NextIndex, bool IsArray)>();
        string? pendingKey = null;
        var reader = new Utf8JsonReader(json.Span, Options);
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.PropertyName)
                {
                    pendingKey = Join(containers.Peek().Path, reader.GetString()!);
                    offsets.TryAdd(pendingKey, reader.TokenStartIndex);
                    continue;
                }

                if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
                {
                    containers.Pop();
                    continue;
                }

                string path = pendingKey ?? (containers.TryPeek(out var parent) && parent.IsArray ? NextEntry(containers, offsets, reader.TokenStartIndex) : string.Empty);
                pendingKey = null;
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    containers.Push((path, 0, reader.TokenType == JsonTokenType.StartArray));
                }
            }
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // A file that loaded is valid JSON; if it changed since, what was indexed before the change is kept.
        }

        return (offsets, new JsonPositions(json));
    }

    /// <summary>The path of the next entry of the array on top of <paramref name="containers"/>, recorded at <paramref name="offset"/>.</summary>
    private static string NextEntry(Stack<(string Path, int NextIndex, bool IsArray)> containers, Dictionary<string, long> offsets, long offset)
    {
        var array = containers.Pop();
        containers.Push(array with { NextIndex = array.NextIndex + 1 });
        string path = Join(array.Path, array.NextIndex.ToString(System.Globalization.CultureInfo.InvariantCulture));
        offsets.TryAdd(path, offset);
        return path;
    }

    private static string Join(string parent, string key) => parent.Length == 0 ? key : parent + ":" + key;
}
