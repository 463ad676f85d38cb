using System.Text.Json;
using EditLint.Analysis;
using EditLint.Text;

namespace EditLint.Configuration;

/// <summary>
/// Checks <c>editlint.json</c> token by token before it is bound, so that every mistake — bad JSON, an unknown
/// key or rule id, a value of the wrong type — is reported at its own line and column.
/// Comments and trailing commas are allowed, as the configuration reader allows them.
/// </summary>
internal sealed partial class ConfigurationValidator
{
    private static readonly string[] Severities = ["error", "warning", "note", "none"];
    private readonly string path;
    private readonly byte[] bytes;
    private readonly IReadOnlySet<string> knownRuleIds;
    private readonly IReadOnlyDictionary<string, IReadOnlyList<RuleSetting>>? declaredSettings;
    private readonly JsonPositions positions;
    private readonly List<ToolNotification> problems = [];

    private ConfigurationValidator(string path, byte[] bytes, IReadOnlySet<string> knownRuleIds, IReadOnlyDictionary<string, IReadOnlyList<RuleSetting>>? declaredSettings)
    {
        this.path = path;
        this.bytes = bytes;
        this.knownRuleIds = knownRuleIds;
        this.declaredSettings = declaredSettings;
        positions = new JsonPositions(bytes);
    }

    /// <summary>
    /// Every problem of the file. <paramref name="declaredSettings"/> holds the settings each rule declares (a rule not
    /// in it has none); without it, a rule's settings are only checked to be an object.
    /// </summary>
    public static IReadOnlyList<ToolNotification> Validate(string path, byte[] bytes, IReadOnlySet<string> knownRuleIds, IReadOnlyDictionary<string, IReadOnlyList<RuleSetting>>? declaredSettings = null)
    {
        var validator = new ConfigurationValidator(path, bytes, knownRuleIds, declaredSettings);
        validator.Run();
        return validator.problems;
    }

    private void Run()
    {
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        try
        {
            if (!reader.Read())
            {
                Add(0, "The file is empty; it must hold a JSON object such as {}.");
                return;
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                Add(reader.TokenStartIndex, "The configuration must be a JSON object.");
                reader.Skip();
            }
            else
            {
                ReadObject(ref reader, Root);
            }

            while (reader.Read())
            {
                // Reading to the end finds trailing garbage.
            }
        }
        catch (JsonException e)
        {
            problems.Add(new ToolNotification(ToolRules.ConfigurationError.Id, Severity.Error, $"The file is not valid JSON: {JsonPositions.Describe(e)}", path, positions.At(e)));
        }
        catch (InvalidOperationException) when (JsonSurrogates.FirstUnpaired(bytes) is long at and >= 0)
        {
            problems.Add(new ToolNotification(ToolRules.ConfigurationError.Id, Severity.Error, $"In the file, {JsonSurrogates.Problem}, which no text can hold.", path, positions.At(at)));
        }
    }

    private delegate void PropertyHandler(ref Utf8JsonReader reader, string name, long nameOffset);

    private void ReadObject(ref Utf8JsonReader reader, PropertyHandler handler)
    {
        // Keys are compared as the configuration reader compares them: without regard to case.
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            string name = reader.GetString()!;
            long offset = reader.TokenStartIndex;
            reader.Read();
            if (!seen.Add(name))
            {
                Add(offset, $"The key '{name}' appears twice in this object; keep one.");
                reader.Skip();
                continue;
            }

            handler(ref reader, name, offset);
        }
    }

    private void Root(ref Utf8JsonReader reader, string name, long offset)
    {
        switch (name)
        {
            case "$schema":
                Expect(ref reader, JsonTokenType.String, "'$schema' must be a string.");
                break;
            case "include" or "exclude" or "names" or "rulePaths":
                StringArray(ref reader, name);
                break;
            case "maxFileSize":
                if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt64(out long size) || size <= 0)
                {
                    Add(reader.TokenStartIndex, "'maxFileSize' must be a positive whole number of bytes.");
                    reader.Skip();
                }

                break;
            case "maxFindingsPerFile":
                if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt32(out int findings) || findings <= 0)
                {
                    Add(reader.TokenStartIndex, "'maxFindingsPerFile' must be a positive whole number.");
                    reader.Skip();
                }

                break;
            case "rules":
                Rules(ref reader);
                break;
            case "overrides":
                Overrides(ref reader);
                break;
            default:
                Add(offset, $"Unknown key '{name}'; expected one of $schema, include, exclude, names, rulePaths, maxFileSize, maxFindingsPerFile, rules, overrides.");
                reader.Skip();
                break;
        }
    }

    private void Rules(ref Utf8JsonReader reader)
    {
        if (!Expect(ref reader, JsonTokenType.StartObject, "'rules' must be an object of rule ids, e.g. { \"EL2001\": { \"severity\": \"note\" } }."))
        {
            return;
        }

        ReadObject(ref reader, (ref Utf8JsonReader r, string id, long offset) =>
        {
            if (!knownRuleIds.Contains(id))
            {
                Add(offset, $"Unknown rule id '{id}'; run 'editlint rules' for the list.");
                r.Skip();
                return;
            }

            if (r.TokenType == JsonTokenType.String)
            {
                SeverityValue(ref r, id);
                return;
            }

            if (!Expect(ref r, JsonTokenType.StartObject, $"The entry for '{id}' must be an object with 'severity' and 'settings', or a severity string."))
            {
                return;
            }

            ReadObject(ref r, (ref Utf8JsonReader rr, string key, long keyOffset) =>
            {
                switch (key)
                {
                    case "severity":
                        SeverityValue(ref rr, id);
                        break;
                    case "settings":
                        Settings(ref rr, id);
                        break;
                    default:
                        Add(keyOffset, $"Unknown key '{key}' for rule '{id}'; expected 'severity' or 'settings'.");
                        rr.Skip();
                        break;
                }
            });
        });
    }

    private void Overrides(ref Utf8JsonReader reader)
    {
        if (!Expect(ref reader, JsonTokenType.StartArray, "'overrides' must be an array of { \"files\": [globs], \"rules\": { ... } }."))
        {
            return;
        }

        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            long start = reader.TokenStartIndex;
            if (!Expect(ref reader, JsonTokenType.StartObject, "Each override must be an object with 'files' and 'rules'."))
            {
                continue;
            }

            bool hasFiles = false;
            ReadObject(ref reader, (ref Utf8JsonReader r, string key, long offset) =>
            {
                switch (key)
                {
                    case "files":
                        hasFiles = true;
                        StringArray(ref r, "files");
                        break;
                    case "rules":
                        Rules(ref r);
                        break;
                    default:
                        Add(offset, $"Unknown key '{key}' in an override; expected 'files' or 'rules'.");
                        r.Skip();
                        break;
                }
            });
            if (!hasFiles)
            {
                Add(start, "This override has no 'files' globs.");
            }
        }
    }

    private void SeverityValue(ref Utf8JsonReader reader, string id)
    {
        if (reader.TokenType != JsonTokenType.String || !Severities.Contains(reader.GetString()))
        {
            Add(reader.TokenStartIndex, $"The severity of '{id}' must be one of error, warning, note, none.");
            reader.Skip();
        }
    }

    private void StringArray(ref Utf8JsonReader reader, string name)
    {
        if (!Expect(ref reader, JsonTokenType.StartArray, $"'{name}' must be an array of strings."))
        {
            return;
        }

        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.String || reader.GetString()!.Length == 0)
            {
                Add(reader.TokenStartIndex, $"Each item of '{name}' must be a non-empty string.");
                reader.Skip();
            }
        }
    }

    private bool Expect(ref Utf8JsonReader reader, JsonTokenType type, string message)
    {
        if (reader.TokenType == type)
        {
            return true;
        }

        Add(reader.TokenStartIndex, message);
        reader.Skip();
        return false;
    }

    private void Add(long byteOffset, string message) =>
        problems.Add(new ToolNotification(ToolRules.ConfigurationError.Id, Severity.Error, message, path, positions.At(byteOffset)));
}
