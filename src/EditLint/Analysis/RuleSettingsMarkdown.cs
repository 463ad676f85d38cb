namespace EditLint.Analysis;

/// <summary>
/// The Markdown table of a rule's declared settings, as its docs page shows it between
/// <see cref="Begin"/> and <see cref="End"/>: key, the value the configuration check accepts, default, meaning.
/// </summary>
public static class RuleSettingsMarkdown
{
    public const string Begin = "<!-- settings: generated from the rule's declared settings (RuleSetting) -->";
    public const string End = "<!-- settings end -->";

    public static IEnumerable<string> Table(IEnumerable<RuleSetting> settings)
    {
        yield return "| key | value | default | meaning |";
        yield return "|---|---|---|---|";
        foreach (var setting in settings)
        {
            yield return $"| `{setting.Name}` | {setting.Expected} | `{setting.DefaultValue}` | {setting.Meaning} |";
        }
    }
}
