using Microsoft.Extensions.Configuration;

namespace EditLint.Analysis;

/// <summary>
/// A rule's settings from <c>editlint.json</c> (<c>"rules": { "EL2001": { "settings": { ... } } }</c>).
/// Values were type-checked when the file was loaded; these getters fall back to the rule's defaults.
/// </summary>
public sealed class RuleSettings(IConfigurationSection? section)
{
    public static RuleSettings Empty { get; } = new(null);

    public IConfigurationSection? Section { get; } = section;

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
