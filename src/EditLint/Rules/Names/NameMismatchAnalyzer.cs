using System.Collections.Immutable;
using EditLint.Analysis;
using EditLint.Names;

namespace EditLint.Rules.Names;

/// <summary>
/// EL1001 NameMismatch: a person's name that is close to, but not exactly, the spelling in the
/// house's name list ("Masashiko Komura" for Masahiko Komura, "Park Geun-Hye" for Park Geun-hye).
/// The fix is the listed spelling.
/// </summary>
public sealed class NameMismatchAnalyzer : Analyzer
{
    public const string Id = "EL1001";

    /// <summary>The property that names the matched list entry's canonical name.</summary>
    public const string ListedNameProperty = "listedName";

    /// <summary>The property that holds the kind of mismatch.</summary>
    public const string KindProperty = "mismatch";

    public static readonly RuleDescriptor Rule = new(
        Id,
        "NameMismatch",
        "Name differs from the name list",
        "'{0}' does not match the name list; did you mean '{1}'{2}?",
        RuleCategory.Names,
        Severity.Error,
        "A person's name is close to, but not exactly, a spelling in the authoritative name list: another capitalisation, hyphenation or diacritic, a dropped, doubled, swapped or wrong letter, or a form the list rejects. The fix replaces it with the listed spelling.",
        ["names", "spelling"]);

    public override ImmutableArray<RuleDescriptor> SupportedRules => [Rule];

    public override void Initialize(AnalysisContext context) => NameWalk.Register(context, NameWalk.Rules.Mismatch);

    /// <summary>Reports the problems of the name lists; EL1001 owns them, as it is the rule that reads every entry.</summary>
    internal static void ReportListErrors(AnalysisContext context, NameListSet lists)
    {
        foreach (var error in lists.Errors)
        {
            // A bad entry or file is reported; the run fails only when no list at all can be used.
            context.ReportNotification(new ToolNotification(
                ToolRules.NameListError.Id,
                lists.AnyUsable ? Severity.Warning : Severity.Error,
                error.Message,
                error.Path,
                new Text.LinePosition(error.Line - 1, error.Column - 1)));
        }

        if (!lists.AnyUsable && lists.Errors.Count == 0)
        {
            context.ReportNotification(new ToolNotification(ToolRules.NameListError.Id, Severity.Error, "No name list could be used."));
        }
    }

    /// <summary>Reports a mention written close to, but not as, the list spells it.</summary>
    internal static void Check(SentenceContext sentence, NameMatch match)
    {
        if (match.IsFinding && match.Form is not null && match.Replacement is not null)
        {
            sentence.ReportDiagnostic(Create(match, sentence.Document.ProseText));
        }
    }

    private static Diagnostic Create(NameMatch match, string text)
    {
        var form = match.Form!;
        var written = text.Substring(match.Span.Start, match.Span.Length);
        var replacement = match.Replacement!;
        var person = form.Person;
        var details = replacement == person.Name
            ? (person.Roles.Count > 0 ? $" ({person.Roles[0]})" : string.Empty)
            : (person.Roles.Count > 0 ? $" ({person.Name}, {person.Roles[0]})" : $" ({person.Name})");
        // "Gordon Browns' Labour Party": the possessive's apostrophe belongs after the listed name's own 's'.
        var fixSpan = match.Span;
        var fixText = replacement;
        if (written.EndsWith('s') && !replacement.EndsWith('s') && fixSpan.End < text.Length && text[fixSpan.End] is '\'' or '\u2019'
            && (fixSpan.End + 1 == text.Length || !char.IsLetter(text[fixSpan.End + 1])))
        {
            fixText = replacement + text[fixSpan.End] + "s";
            fixSpan = new EditLint.Text.TextSpan(fixSpan.Start, fixSpan.Length + 1);
        }

        return new Diagnostic(Rule, match.Span, written, replacement, details)
        {
            Fix = new Fix($"Use the listed spelling '{replacement}'.", fixSpan, fixText, ReviewReason: match.Kind == NameMatchKind.NearMiss ? "a near-miss name may be another person" : null),
            Properties = ImmutableDictionary<string, string>.Empty
                .Add(ListedNameProperty, person.Name)
                .Add(KindProperty, match.Kind.ToString())
                .Add("nameList", person.ListPath),
        };
    }
}
