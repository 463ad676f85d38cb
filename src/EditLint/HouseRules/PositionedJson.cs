using System.Text.Json;

namespace EditLint.HouseRules;

/// <summary>
/// A JSON value with the byte offset of its first token, so every problem in a rule file can be reported at its own
/// line and column (System.Text.Json's DOM forgets positions). Comments and trailing commas are allowed.
/// </summary>
internal sealed class PositionedJson
{
    private PositionedJson(JsonTokenType type, long offset)
    {
        Type = type;
        Offset = offset;
    }

    public JsonTokenType Type { get; }

    /// <summary>The byte offset of the value's first token.</summary>
    public long Offset { get; }

    public string? String { get; private set; }

    public bool? Bool { get; private set; }

    public List<Property> Properties { get; } = [];

    public List<PositionedJson> Items { get; } = [];

    public bool IsObject => Type == JsonTokenType.StartObject;

    public bool IsArray => Type == JsonTokenType.StartArray;

    public bool IsString => Type == JsonTokenType.String;

    public static JsonReaderOptions ReaderOptions { get; } = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>Reads the whole document; throws <see cref="JsonException"/> for bad JSON.</summary>
    public static PositionedJson? Parse(byte[] bytes)
    {
        var reader = new Utf8JsonReader(bytes, ReaderOptions);
        if (!reader.Read())
        {
            return null;
        }

        var root = Read(ref reader);
        while (reader.Read())
        {
            // Reading to the end finds trailing garbage.
        }

        return root;
    }

    public Property? Find(string name) => Properties.FirstOrDefault(p => p.Name == name);

    private static PositionedJson Read(ref Utf8JsonReader reader)
    {
        var node = new PositionedJson(reader.TokenType, reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    string name = reader.GetString()!;
                    long nameOffset = reader.TokenStartIndex;
                    reader.Read();
                    node.Properties.Add(new Property(name, nameOffset, Read(ref reader)));
                }

                break;
            case JsonTokenType.StartArray:
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    node.Items.Add(Read(ref reader));
                }

                break;
            case JsonTokenType.String:
                node.String = reader.GetString();
                break;
            case JsonTokenType.True or JsonTokenType.False:
                node.Bool = reader.GetBoolean();
                break;
        }

        return node;
    }

    public sealed record Property(string Name, long NameOffset, PositionedJson Value);
}
