using System.Collections.Immutable;
using System.Globalization;
using EditLint.Analysis;
using EditLint.Documents;
using EditLint.Names;
using EditLint.Rules.Claims;
using EditLint.Rules.Names.Roles;
using EditLint.Text;

namespace EditLint.Rules.Names;

/// <summary>
/// EL1003 RoleMismatch: a title the text gives a listed person ("Russia's permanent representative to the United
/// Nations, Vladimir Voronkov") that the name list does not give that person at the document's date. The title is
/// read before the name or in apposition, with "former", "ex-" and "then-"; titles and organisations are compared
/// through the tables in <c>rules/EL1003.*.json</c>. A title the tables cannot read is never reported.
/// </summary>
public sealed class RoleMismatchAnalyzer : Analyzer
{
    public const string Id = "EL1003";

    public static readonly RuleDescriptor Rule = new(
        Id,
        "RoleMismatch",
        "Title differs from the name list",
        "'{0}' does not match the name list for {1}: {2}",
        RuleCategory.Names,
        Severity.Warning,
        "A title or office the text gives a person in the name list (before the name, or in apposition after it) is not one of the roles the list gives that person at the document's date (front matter 'date:' or --as-of; with no date, at any time). Titles are compared as offices through a table of synonyms ('Foreign Minister' = 'Minister of Foreign Affairs') and a table of organisations with their short names and demonyms; a title the tables cannot read, a person with no roles and a title in a quotation are never reported. Where the person held the office before the document's date, the fix adds 'former'.",
        ["names", "facts"],
        settings: RoleTables.Settings);

    public override ImmutableArray<RuleDescriptor> SupportedRules => [Rule];

    public override void Initialize(AnalysisContext context) => NameWalk.Register(context, NameWalk.Rules.Role);

    /// <summary>Reads the role tables (with the house's additions in <c>editlint.json</c>) for one configuration.</summary>
    internal static Checker CreateChecker(AnalysisContext context, NameListSet lists)
    {
        var tables = RoleTables.Create(context.Options.GetSettings(Id), context.ReportNotification);
        return new Checker(lists, tables);
    }

    /// <summary>Checks the titles around the listed people of a sentence against their roles at the document's date.</summary>
    internal sealed class Checker(NameListSet lists, RoleTables tables)
    {
        private readonly Lazy<Dictionary<PersonEntry, ListedRole[]>> roles = new(() => ReadRoles(lists.Index, tables));

        public void Check(SentenceContext sentence, NameMatch match)
        {
            if (match.Form is not { } form || !roles.Value.TryGetValue(form.Person, out var listed))
            {
                return;
            }

            RoleMismatchAnalyzer.Check(sentence, TitleFinder.Before(sentence.Document, sentence.Sentence, match.Span.Start, tables), form.Person, listed, lists.IsDefault);
            RoleMismatchAnalyzer.Check(sentence, TitleFinder.After(sentence.Document, sentence.Sentence, match.Span.End, tables), form.Person, listed, lists.IsDefault);
        }
    }

    private static Dictionary<PersonEntry, ListedRole[]> ReadRoles(NameIndex index, RoleTables tables)
    {
        var roles = new Dictionary<PersonEntry, ListedRole[]>(ReferenceEqualityComparer.Instance);
        var read = new Dictionary<(string, string?), (ParsedTitle?, Organisation?)>();
        foreach (var person in index.People)
        {
            if (person.Roles.Count > 0)
            {
                roles[person] = ListedRole.Read(person, tables, read);
            }
        }

        return roles;
    }

    private static void Check(SentenceContext context, TitleMention? title, PersonEntry person, ListedRole[] roles, bool defaultList)
    {
        if (title is null || RoleCheck.Check(title.Title, title.AliasKey, person.Name, roles, context.Date, Years(context)) is not { } finding)
        {
            return;
        }

        var text = context.Document.ProseText;
        var written = text.Substring(title.Span.Start, title.Span.Length);
        var role = finding.Role.Role;
        context.ReportDiagnostic(new Diagnostic(Rule, title.Span, written, person.Name, finding.Explanation)
        {
            Fix = finding.AddFormer ? Former(title, context) : null,
            RelatedFiles = defaultList || role.Line == 0 ? [] : [new RelatedFileLocation(person.ListPath, role.Line, role.Column, $"the name list's role '{role.Title}' for {person.Name}")],
            Properties = ImmutableDictionary<string, string>.Empty
                .Add(NameMismatchAnalyzer.ListedNameProperty, person.Name)
                .Add("nameList", person.ListPath),
        });
    }

    /// <summary>The years the sentence writes as numbers ("in 1993", "signed in 1996").</summary>
    private static List<int> Years(SentenceContext context)
    {
        var years = new List<int>();
        foreach (var token in context.Sentence.Tokens)
        {
            if (token.Kind == TokenKind.Number && context.Document.GetText(token) is var text && AbsoluteDateDetector.IsYearLike(text))
            {
                years.Add(int.Parse(text, CultureInfo.InvariantCulture));
            }
        }

        return years;
    }

    /// <summary>Adds "former" where it goes: before the title ("former Russian President"), after a possessive ("Russia's former president").</summary>
    private static Fix Former(TitleMention title, SentenceContext context)
    {
        var word = title.Words[title.Title.FormerAt];
        var text = context.Document.ProseText;
        var tokens = context.Sentence.Tokens;
        var first = 0;
        while (first < tokens.Count && !tokens[first].IsWord)
        {
            first++;
        }

        var opensSentence = first < tokens.Count && tokens[first].Start == word.Span.Start && context.Sentence.IsFirstWord(first);
        return opensSentence
            ? new Fix("Add 'former' before the title.", word.Span, "Former " + text.Substring(word.Span.Start, word.Span.Length), ReviewReason: null)
            : new Fix("Add 'former' before the title.", new TextSpan(word.Span.Start, 0), "former ", ReviewReason: null);
    }
}
