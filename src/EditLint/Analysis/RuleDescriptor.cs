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
        string precision = "high")
    {
        if (!IdPattern().IsMatch(id))
        {
            throw new ArgumentException($"Rule id '{id}' is not of the form EL0000.", nameof(id));
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

    /// <summary>The rule's docs page, relative to the repository root.</summary>
    public string DocsPath => $"docs/rules/{Id}.md";

    public string HelpUri => DocsBaseUri + Id + ".md";

    public int Number => int.Parse(Id.AsSpan(2), System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex("^EL[0-9]{4}$")]
    private static partial Regex IdPattern();
}
