namespace EditLint.Analysis;

/// <summary>The JSON shapes a rule setting can take.</summary>
public enum RuleSettingType
{
    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean,

    /// <summary>A string, from <see cref="RuleSetting.AllowedValues"/> when the setting lists them.</summary>
    String,

    /// <summary>An array of strings.</summary>
    StringList,

    /// <summary>An object whose every value is <c>true</c> or <c>false</c>, e.g. per-term switches.</summary>
    BooleanMap,

    /// <summary>An array of objects, whose fields the rule checks itself.</summary>
    ObjectList,
}

/// <summary>
/// A setting a rule reads from <c>editlint.json</c> (<c>rules.&lt;ID&gt;.settings</c>), declared once on its
/// <see cref="RuleDescriptor"/>: the configuration check reads the declaration to reject a misspelt key or a value of
/// the wrong type (EL0001), instead of reading it as the default. Names are matched without regard to case, as
/// the configuration reader matches them. <see cref="DefaultValue"/> is the JSON the rule reads when the key is
/// absent. <see cref="Meaning"/> says what the setting does: the rule's docs page shows the declarations as a table
/// (<see cref="RuleSettingsMarkdown"/>), so the page cannot drift from what the check accepts.
/// </summary>
public sealed record RuleSetting(string Name, RuleSettingType Type, string DefaultValue)
{
    /// <summary>The values a <see cref="RuleSettingType.String"/> setting may take (compared without regard to case); empty for any.</summary>
    public IReadOnlyList<string> AllowedValues { get; init; } = [];

    /// <summary>What the setting does, in Markdown, as the docs table shows it.</summary>
    public string Meaning { get; init; } = string.Empty;

    /// <summary>What the value must be, as the configuration error and the docs say it.</summary>
    public string Expected => Type switch
    {
        RuleSettingType.Boolean => "true or false",
        RuleSettingType.String when AllowedValues.Count > 0 => "one of " + string.Join(", ", AllowedValues.Select(v => $"\"{v}\"")),
        RuleSettingType.String => "a string",
        RuleSettingType.StringList => "an array of strings",
        RuleSettingType.BooleanMap => "an object whose values are true or false",
        _ => "an array of objects",
    };
}
