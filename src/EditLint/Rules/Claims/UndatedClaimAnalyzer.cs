using System.Collections.Concurrent;
using System.Collections.Immutable;
using EditLint.Analysis;

namespace EditLint.Rules.Claims;

/// <summary>
/// EL2002 UndatedClaim: a relative time reference ("recently", "currently", "in recent years", "the latest
/// escalation", "this year") with no absolute date in its sentence. When the document has a date (front matter
/// or <c>--as-of</c>), the diagnostic carries the absolute form as its fix.
/// </summary>
public sealed class UndatedClaimAnalyzer : Analyzer
{
    public const string Id = "EL2002";

    /// <summary>The diagnostic property that names the lexicon term a finding matched.</summary>
    public const string TermProperty = "term";

    /// <summary>The diagnostic property with the term's note from the data file: why it goes stale.</summary>
    public const string NoteProperty = "note";


    public static readonly RuleDescriptor Rule = new(
        Id,
        "UndatedClaim",
        "Relative time reference with no absolute date",
        "'{0}' is a relative time reference with no date in its {1}, so it goes stale after publication; {2}",
        RuleCategory.Claims,
        Severity.Warning,
        "Words such as 'recently', 'currently', 'this year' and 'the latest' are true on the day of writing and wrong or vague soon after. "
        + "The rule flags them when the sentence carries no absolute date, and when the document has a date it offers the absolute form as a fix. "
        + "As AP style asks, 'yesterday', 'today' and 'tomorrow' are flagged too (the weekday or the date is the fix); weekdays and a bare month ('in June') are news style and are not.",
        ["claims", "style", "time"],
        settings: ClaimSettings.UndatedSettings);

    public override ImmutableArray<RuleDescriptor> SupportedRules => [Rule];

    public override void Initialize(AnalysisContext context)
    {
        var settings = ClaimSettings.Read(context, Id);
        var lexicon = TemporalLexicon.Create(settings.Terms, settings.ExtraTerms);
        var known = new WordSet(TemporalLexicon.KnownTerms);
        settings.ReportUnknownTerms(context, Id, t => known.Contains(t));

        // A finding's term and note depend on the term (or the grammar's shape) alone: built once each, not once per finding.
        var properties = new ConcurrentDictionary<string, ImmutableDictionary<string, string>>(StringComparer.Ordinal);
        context.RegisterDocumentStartAction(start =>
        {
            var dated = new ScopeMemo(start.Document, settings.Scope, lexicon.Dates.HasDate);
            var matches = new List<TemporalMatch>();
            start.RegisterSentenceAction(c => Analyze(c, lexicon, settings, dated, matches, properties));
        });
    }

    private static void Analyze(
        SentenceContext context, TemporalLexicon lexicon, ClaimSettings settings, ScopeMemo dated, List<TemporalMatch> matches, ConcurrentDictionary<string, ImmutableDictionary<string, string>> properties)
    {
        var document = context.Document;
        var sentence = context.Sentence;
        matches.Clear();
        TemporalFinder.Find(document, sentence, lexicon, matches);
        foreach (var match in matches)
        {
            if (settings.Skips(document, sentence, match.Span) || (settings.Dateline && match.Term.IsDayWord) || dated.Evaluate(sentence))
            {
                continue;
            }

            string found = document.GetText(match.Span).ToString();
            Fix? fix = null;
            string advice;
            if (context.Date is { } date)
            {
                var (previous, afterMonth, afterDay) = lexicon.Dates.ReadBefore(document, sentence.Tokens, match.FirstToken);
                var previousWord = previous >= 0 ? document.GetText(sentence.Tokens[previous]) : [];
                var termText = document.GetText(sentence.Tokens[match.FirstToken]);
                bool capitalize = ClaimText.StartsUpper(termText) && sentence.IsFirstWord(match.FirstToken);
                bool possessive = ClaimText.IsPossessive(found, ClaimText.Contractions);
                if (RelativeDateFix.Create(match.Term, date, previousWord, afterMonth, afterDay, capitalize, possessive) is var (replacement, reviewReason))
                {
                    fix = new Fix($"Replace '{found}' with '{replacement}'.", match.Span, replacement, reviewReason);
                    advice = $"write '{replacement}'";
                }
                else
                {
                    advice = $"add the date it means (the document speaks from {RelativeDateFix.MonthYear(date)})";
                }
            }
            else
            {
                advice = match.Term.Fix switch
                {
                    TemporalFixKind.Year => "add an absolute date, e.g. 'in <year>'",
                    TemporalFixKind.Month => "add an absolute date, e.g. 'in <month year>'",
                    _ => "add an absolute date, e.g. 'as of <month year>'",
                };
            }

            context.ReportDiagnostic(new Diagnostic(Rule, match.Span, found, settings.ScopeName, advice)
            {
                Fix = fix,
                Properties = properties.GetOrAdd(match.Term.Text, static (text, term) => ImmutableDictionary<string, string>.Empty.Add(TermProperty, text).Add(NoteProperty, term.Note), match.Term),
            });
        }
    }
}
