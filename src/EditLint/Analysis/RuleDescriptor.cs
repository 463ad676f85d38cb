using System.Text.RegularExpressions;

namespace EditLint.Analysis;

/// <summary>
/// Describes a rule once; the console, SARIF <c>tool.driver.rules</c>, <c>editlint rules</c> and the docs page
/// all read it. <see cref="MessageFormat"/> is a composite format string over the diagnostic's arguments.
/// </summary>
public sealed partial record RuleDescriptor
{
    public const string DocsBaseUri = "https://github.com/editlint/editlint/blob/main/docs/rules/";

    public RuleDescriptor(
        string id,
        string name,
        string title,
        string messageFormat,
        string category,
        Severity defaultSeverity,
        string description,
        IReadOnlyList<string> tags,
        string precision = "high",
        string? helpUri = null,
        IReadOnlyList<RuleSetting>? settings = null)
    {
        if (!IsWellFormedId(id))
        {
            throw new ArgumentException($"Rule id '{id}' is not a prefix of 2 to 12 capital letters and a 4-digit number, such as EL0000 or HOUSE0012.", nameof(id));
        }

        Id = id;
        Name = name;
        Title = title;
        MessageFormat = messageFormat;
        Category = category;
        DefaultSeverity = defaultSeverity;
        Description = description;
        Tags = tags;
        Precision = precision;
        HelpUri = helpUri ?? DocsBaseUri + id + ".md";
        Settings = settings ?? [];
    }

    public string Id { get; }

    /// <summary>PascalCase name, e.g. "NameMismatch".</summary>
    public string Name { get; }

    public string Title { get; }

    public string MessageFormat { get; }

    public string Category { get; }

    public Severity DefaultSeverity { get; }

    public string Description { get; }

    public IReadOnlyList<string> Tags { get; }

    /// <summary>SARIF precision: very-high, high, medium or low.</summary>
    public string Precision { get; }

    /// <summary>The settings the rule reads from <c>editlint.json</c>; none for most rules.</summary>
    public IReadOnlyList<RuleSetting> Settings { get; }

    /// <summary>The rule's docs page, relative to the repository root.</summary>
    public string DocsPath => $"docs/rules/{Id}.md";

    /// <summary>The rule's help page: the built-in docs page, or the page a house rule names.</summary>
    public string HelpUri { get; }

    /// <summary>The letters before the number: "EL" for built-in rules (reserved), a house's own prefix otherwise.</summary>
    public string Prefix => PrefixOf(Id);

    public bool IsBuiltInId => Prefix == BuiltInPrefix;

    public int Number => int.Parse(Id.AsSpan(Id.Length - 4), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Whether <paramref name="id"/> has the form of a rule id: 2 to 12 capital letters and 4 digits (EL2001, HOUSE0012).</summary>
    public static bool IsWellFormedId(string id) => IdPattern().IsMatch(id);

    /// <summary>The letters of a well-formed id before its four digits: "EL" of EL2001, "HOUSE" of HOUSE0012.</summary>
    public static string PrefixOf(string id) => id[..^4];

    /// <summary>The prefix of built-in rules; house rules may not use it, so a house id can never shadow a shipped rule.</summary>
    public const string BuiltInPrefix = "EL";

    // The one pattern of a rule id, for built-in rules, house rules and the ids a configuration names.
    [GeneratedRegex("^[A-Z]{2,12}[0-9]{4}$")]
    private static partial Regex IdPattern();
}
