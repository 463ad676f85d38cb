using System.Globalization;
using EditLint.Configuration;
using Microsoft.Extensions.Configuration;

namespace EditLint.Analysis;

/// <summary>
/// A rule's settings from <c>editlint.json</c> (<c>"rules": { "EL2001": { "settings": { ... } } }</c>).
/// Values were type-checked when the file was loaded; these getters fall back to the rule's defaults.
/// </summary>
public sealed class RuleSettings(IConfigurationSection? section, JsonPathIndex? positions = null, string? displayPath = null)
{
    public static RuleSettings Empty { get; } = new(null);

    public IConfigurationSection? Section { get; } = section;

    /// <summary>
    /// A configuration error (EL0001) about these settings that only the rule can find (a term it does not have, an entry
    /// it cannot use), at the key or entry <paramref name="keys"/> names below them in <c>editlint.json</c>:
    /// <c>Problem(message, "terms", "nonsense")</c>, <c>Problem(message, "titles", 0)</c>.
    /// </summary>
    public ToolNotification Problem(string message, params object[] keys)
    {
        var position = positions is null || Section is null
            ? null
            : positions.Find([.. Section.Path.Split(':'), .. keys.Select(k => Convert.ToString(k, CultureInfo.InvariantCulture)!)]);
        return new ToolNotification(ToolRules.ConfigurationError.Id, Severity.Error, message, displayPath, position);
    }

    public bool GetBool(string key, bool defaultValue) =>
        Section?[key] is { } value && bool.TryParse(value, out bool result) ? result : defaultValue;

    public string GetString(string key, string defaultValue) => Section?[key] ?? defaultValue;

    public IReadOnlyList<string> GetStrings(string key) =>
        Section?.GetSection(key).GetChildren().Select(c => c.Value).OfType<string>().ToArray() ?? [];

    /// <summary>A map of string keys to booleans, e.g. per-term on/off switches.</summary>
    public IReadOnlyDictionary<string, bool> GetSwitches(string key) =>
        Section?.GetSection(key).GetChildren()
            .Where(c => bool.TryParse(c.Value, out _))
            .ToDictionary(c => c.Key, c => bool.Parse(c.Value!), StringComparer.OrdinalIgnoreCase)
        ?? new Dictionary<string, bool>();
}
