using System.Text.Json;
using EditLint.Analysis;

namespace EditLint.Configuration;

/// <summary>
/// The check of <c>rules.&lt;ID&gt;.settings</c> against the settings each rule declares (<see cref="RuleSetting"/>):
/// an unknown key or a value of the wrong type is an error at its line and column, where the configuration reader
/// alone would read <c>"flagQuotations": "yes"</c> as false.
/// </summary>
internal sealed partial class ConfigurationValidator
{
    private void Settings(ref Utf8JsonReader reader, string id)
    {
        if (!Expect(ref reader, JsonTokenType.StartObject, $"The settings of '{id}' must be an object."))
        {
            return;
        }

        if (declaredSettings is null)
        {
            reader.Skip();
            return;
        }

        var declared = declaredSettings.GetValueOrDefault(id) ?? [];
        ReadObject(ref reader, (ref Utf8JsonReader r, string key, long keyOffset) =>
        {
            var setting = declared.FirstOrDefault(s => s.Name.Equals(key, StringComparison.OrdinalIgnoreCase));
            if (setting is null)
            {
                Add(keyOffset, declared.Count == 0
                    ? $"'{id}' has no settings; remove '{key}'."
                    : $"Unknown setting '{key}' for '{id}'; expected one of {string.Join(", ", declared.Select(s => s.Name))}.");
                r.Skip();
                return;
            }

            long valueOffset = r.TokenStartIndex;
            if (!Fits(ref r, setting))
            {
                Add(valueOffset, $"The setting '{setting.Name}' of '{id}' must be {setting.Expected}.");
            }
        });
    }

    /// <summary>Reads the whole value, true when it has the setting's type.</summary>
    private static bool Fits(ref Utf8JsonReader reader, RuleSetting setting)
    {
        switch (setting.Type)
        {
            case RuleSettingType.Boolean:
                return IsBoolean(reader.TokenType);
            case RuleSettingType.String:
                return reader.TokenType == JsonTokenType.String
                    && (setting.AllowedValues.Count == 0 || setting.AllowedValues.Contains(reader.GetString()!, StringComparer.OrdinalIgnoreCase));
            case RuleSettingType.StringList:
                return AllItems(ref reader, JsonTokenType.StartArray, t => t == JsonTokenType.String);
            case RuleSettingType.BooleanMap:
                return AllItems(ref reader, JsonTokenType.StartObject, IsBoolean);
            default:
                return AllItems(ref reader, JsonTokenType.StartArray, t => t == JsonTokenType.StartObject);
        }
    }

    /// <summary>Reads a whole array or object; true when it is one, and every item (every property's value) passes.</summary>
    private static bool AllItems(ref Utf8JsonReader reader, JsonTokenType container, Func<JsonTokenType, bool> item)
    {
        if (reader.TokenType != container)
        {
            reader.Skip();
            return false;
        }

        var end = container == JsonTokenType.StartArray ? JsonTokenType.EndArray : JsonTokenType.EndObject;
        bool all = true;
        while (reader.Read() && reader.TokenType != end)
        {
            if (reader.TokenType == JsonTokenType.PropertyName)
            {
                reader.Read();
            }

            all &= item(reader.TokenType);
            reader.Skip();
        }

        return all;
    }

    private static bool IsBoolean(JsonTokenType type) => type is JsonTokenType.True or JsonTokenType.False;
}
