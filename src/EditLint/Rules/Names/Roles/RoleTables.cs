using System.Text.Json;
using EditLint.Analysis;
using EditLint.Rules.Claims;
using Microsoft.Extensions.Configuration;

namespace EditLint.Rules.Names.Roles;

/// <summary>
/// The offices and organisations EL1003 knows: <c>rules/EL1003.titles.json</c> and
/// <c>rules/EL1003.organisations.json</c>, with what a house adds in <c>editlint.json</c>
/// (<c>rules.EL1003.settings.titles</c> and <c>.organisations</c>) and the organisations its name lists name.
/// </summary>
internal sealed class RoleTables
{
    public const string TitlesKey = "titles";
    public const string OrganisationsKey = "organisations";

    /// <summary>The settings EL1003 declares; the configuration check and the docs read them. Each entry's fields are checked as the tables are built.</summary>
    public static IReadOnlyList<RuleSetting> Settings { get; } =
    [
        new(TitlesKey, RuleSettingType.ObjectList, "[]") { Meaning = "adds forms to an office of the table (or a new office; `takesTarget: true` for an envoy's office)" },
        new(OrganisationsKey, RuleSettingType.ObjectList, "[]") { Meaning = "adds aliases to a known organisation or makes a new one known by its name" },
    ];

    private static readonly Lazy<ShippedData> Data = new(Read);

    private RoleTables()
    {
    }

    public PhraseMap<Office> Offices { get; } = new();

    public PhraseMap<Organisation> Organisations { get; } = new();

    /// <summary>Whether a word can stand inside a title: a word of an office or an organisation, or of the grammar around them.</summary>
    public bool IsTitleWord(string key) =>
        key is "the" or "former" or "ex" or "then" or "'s" or "of" or "for" or "to" || Offices.HasWord(key) || Organisations.HasWord(key);

    /// <summary>Words that, right before a title, make it another office or someone else's ("deputy", "club").</summary>
    public IReadOnlySet<string> NotAfter => Data.Value.NotAfter;

    /// <summary>The shipped tables and the house's additions; <paramref name="reportError"/> hears what is wrong with the additions.</summary>
    public static RoleTables Create(RuleSettings settings, Action<ToolNotification> reportError)
    {
        var tables = new RoleTables();
        var offices = new Dictionary<string, Office>(StringComparer.OrdinalIgnoreCase);
        foreach (var (office, forms) in Data.Value.Offices)
        {
            offices[office.Name] = office;
            tables.AddForms(tables.Offices, office, forms);
        }

        foreach (var (organisation, aliases) in Data.Value.Organisations)
        {
            tables.AddForms(tables.Organisations, organisation, [organisation.Name, .. aliases]);
        }

        tables.AddHouseTitles(settings, offices, reportError);
        tables.AddHouseOrganisations(settings, reportError);
        return tables;
    }

    /// <summary>An organisation known only by its words ("International Organizations in Vienna"); it is added to the table so the text can name it too.</summary>
    public static Organisation Literal(IReadOnlyList<TitleWord> words, int start, int end)
    {
        var key = TitleText.Join(words, start, end - start);
        return new Organisation("=" + key, key, OrganisationKind.Listed);
    }

    /// <summary>Makes a name list's organisation known by its words, unless the tables already know those words.</summary>
    public void AddListed(Organisation organisation)
    {
        if (organisation.Kind == OrganisationKind.Listed)
        {
            Organisations.Add(TitleText.Words(organisation.Name), organisation);
        }
    }

    private void AddForms<T>(PhraseMap<T> map, T value, IEnumerable<string> forms)
        where T : class
    {
        foreach (var form in forms)
        {
            var words = TitleText.Words(form);
            var start = words.Count > 0 && words[0].Key == "the" ? 1 : 0;
            map.Add(words.GetRange(start, words.Count - start), value, replace: true);
        }
    }

    private void AddHouseTitles(RuleSettings settings, Dictionary<string, Office> offices, Action<ToolNotification> reportError)
    {
        var k = 0;
        foreach (var entry in settings.Section?.GetSection(TitlesKey).GetChildren() ?? [])
        {
            var name = entry["office"];
            var forms = entry.GetSection("forms").GetChildren().Select(c => c.Value).OfType<string>().Where(f => f.Trim().Length > 0).ToList();
            if (UnknownKey(entry, TitleKeys) is { } unknown)
            {
                reportError(settings.Problem($"Unknown key '{unknown}' in an entry of '{TitlesKey}'; expected {string.Join(", ", TitleKeys)}. The entry was left out.", TitlesKey, k, unknown));
            }
            else if (string.IsNullOrWhiteSpace(name) || forms.Count == 0)
            {
                reportError(settings.Problem($"An entry of '{TitlesKey}' needs an \"office\" and a non-empty \"forms\" array of strings; it was left out.", TitlesKey, k));
            }
            else if (TakesTarget(entry.GetSection("takesTarget")) is not { } takes)
            {
                reportError(settings.Problem($"\"takesTarget\" in an entry of '{TitlesKey}' must be true or false; the entry was left out.", TitlesKey, k, "takesTarget"));
            }
            else
            {
                if (!offices.TryGetValue(name, out var office))
                {
                    office = new Office(name, takes);
                    offices[name] = office;
                }

                AddForms(Offices, office, [name, .. forms]);
            }

            k++;
        }
    }

    /// <summary>
    /// A title entry's <c>takesTarget</c>: false when absent, null when not a JSON boolean. The configuration gives a
    /// JSON <c>true</c> as "True"; "yes", 1 and "true" (a string) are other types.
    /// </summary>
    private static bool? TakesTarget(IConfigurationSection value) => value.Value switch
    {
        null => value.GetChildren().Any() ? null : false,
        "True" => true,
        "False" => false,
        _ => null,
    };

    private void AddHouseOrganisations(RuleSettings settings, Action<ToolNotification> reportError)
    {
        var k = 0;
        foreach (var entry in settings.Section?.GetSection(OrganisationsKey).GetChildren() ?? [])
        {
            var name = entry["name"];
            var aliases = entry.GetSection("aliases").GetChildren().Select(c => c.Value).OfType<string>().Where(f => f.Trim().Length > 0).ToList();
            if (UnknownKey(entry, OrganisationKeys) is { } unknown)
            {
                reportError(settings.Problem($"Unknown key '{unknown}' in an entry of '{OrganisationsKey}'; expected {string.Join(", ", OrganisationKeys)}. The entry was left out.", OrganisationsKey, k, unknown));
            }
            else if (string.IsNullOrWhiteSpace(name))
            {
                reportError(settings.Problem($"An entry of '{OrganisationsKey}' needs a \"name\"; it was left out.", OrganisationsKey, k));
            }
            else
            {
                // A known organisation gains the aliases; another is known by its name, as a name list names it.
                var organisation = TitleParser.ReadOrganisation(name, this);
                AddForms(Organisations, organisation, [name, .. aliases]);
            }

            k++;
        }
    }

    private static readonly string[] TitleKeys = ["office", "forms", "takesTarget"];
    private static readonly string[] OrganisationKeys = ["name", "aliases"];

    /// <summary>A key of <paramref name="entry"/> that is none of <paramref name="known"/> ("from" for "forms"), else null.</summary>
    private static string? UnknownKey(IConfigurationSection entry, string[] known) =>
        entry.GetChildren().Select(c => c.Key).FirstOrDefault(key => !known.Contains(key, StringComparer.OrdinalIgnoreCase));

    private static ShippedData Read()
    {
        var offices = new List<(Office, List<string>)>();
        HashSet<string> notAfter;
        using (var titles = EmbeddedRuleData.Load("EL1003.titles.json"))
        {
            notAfter = new HashSet<string>(EmbeddedRuleData.Strings(titles.RootElement, "notAfter").Select(TitleText.Key), StringComparer.Ordinal);
            foreach (var entry in titles.RootElement.GetProperty("offices").EnumerateArray())
            {
                var takes = entry.TryGetProperty("takesTarget", out var t) && t.ValueKind == JsonValueKind.True;
                offices.Add((new Office(entry.GetProperty("office").GetString()!, takes), [.. EmbeddedRuleData.Strings(entry, "forms")]));
            }
        }

        var organisations = new List<(Organisation, List<string>)>();
        using (var data = EmbeddedRuleData.Load("EL1003.organisations.json"))
        {
            foreach (var entry in data.RootElement.GetProperty("organisations").EnumerateArray())
            {
                var kind = entry.GetProperty("kind").GetString() == "international" ? OrganisationKind.International : OrganisationKind.Country;
                var organisation = new Organisation(entry.GetProperty("id").GetString()!, entry.GetProperty("name").GetString()!, kind);
                organisations.Add((organisation, [.. EmbeddedRuleData.Strings(entry, "aliases")]));
            }
        }

        return new ShippedData(offices, organisations, notAfter);
    }

    private sealed record ShippedData(List<(Office Office, List<string> Forms)> Offices, List<(Organisation Organisation, List<string> Aliases)> Organisations, HashSet<string> NotAfter);
}
