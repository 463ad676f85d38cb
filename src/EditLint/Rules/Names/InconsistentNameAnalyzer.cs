using System.Collections.Immutable;
using EditLint.Analysis;
using EditLint.Names;

namespace EditLint.Rules.Names;

/// <summary>
/// EL1002 InconsistentName: one person spelled two ways in one document ("Gadhafi" four times,
/// "Gaddafi" once). The minority spelling is reported, pointing to the majority one. People in the
/// name list are EL1001's business.
/// </summary>
public sealed class InconsistentNameAnalyzer : Analyzer
{
    public const string Id = "EL1002";

    public static readonly RuleDescriptor Rule = new(
        Id,
        "InconsistentName",
        "Name spelled two ways in one document",
        "'{0}' is spelled '{1}' elsewhere in this document",
        RuleCategory.Names,
        Severity.Warning,
        "A name that is not in the name list is spelled in more than one way in the same document. The spelling used most often (on a tie, the one used first) is taken as meant and the others are reported, with the majority spelling as a related location.",
        ["names", "consistency"]);

    public override ImmutableArray<RuleDescriptor> SupportedRules => [Rule];

    public override void Initialize(AnalysisContext context) => NameWalk.Register(context, NameWalk.Rules.Inconsistent);

    /// <summary>The unlisted names of one document, gathered sentence by sentence and compared at its end.</summary>
    internal sealed class Collector
    {
        private readonly List<UnlistedMention> unlisted = [];

        public void Add(SentenceContext sentence, MatchedMention item)
        {
            var (mention, match) = item;
            if (match.Form is not null)
            {
                return;
            }

            var text = sentence.Document.ProseText;
            var last = mention.Words[^1];
            var single = mention.Words.Count == 1;
            if (single && last.IsCommon && !mention.PrecededByTitle)
            {
                return; // "Hope", "Rush" alone are words.
            }

            // A surname stands for a person after a title, at the end of a full name, or
            // after a dropped ordinary word that may be a given name ("Lee Myung-bak").
            var defines = mention.PrecededByTitle || (!last.IsCommon && (!single || mention.DroppedWords > 0));
            var surname = NameNormalizer.Surface(text.AsSpan(last.Span.Start, last.Span.Length));
            var given = mention.Words.Count >= 2 && !mention.Words[0].IsCommon ? mention.Words[0] : (NameWord?)null;
            unlisted.Add(new UnlistedMention(mention.Span, surname, last.Key, defines, unlisted.Count, last.Span.Start)
            {
                Given = given is { } g ? NameNormalizer.Surface(text.AsSpan(g.Span.Start, g.Span.Length)) : null,
                GivenKey = given?.Key,
            });
        }

        public void Report(DocumentContext end)
        {
            var text = end.Document.ProseText;
            foreach (var (minority, majority, givenName) in NameConsistency.Find(unlisted))
            {
                var written = text.Substring(minority.Span.Start, minority.Span.Length);

                // "'Andrei Lankow' is spelled 'Andrei Lankov' elsewhere": the same words, the majority surname;
                // "'Sergey Ivanov' is spelled 'Sergei Ivanov'": the majority given name, the same other words.
                var surnameAt = Math.Max(0, minority.SurnameStart - minority.Span.Start);
                var spelling = givenName ? majority.Given! : majority.Surname;
                var suggested = givenName
                    ? majority.Given + " " + NameNormalizer.Surface(written.AsSpan(written.AsSpan().IndexOfAny(" \t\r\n") + 1))
                    : surnameAt == 0 ? majority.Surname : NameNormalizer.Surface(written.AsSpan(0, surnameAt)) + " " + majority.Surname;
                end.ReportDiagnostic(new Diagnostic(Rule, minority.Span, written, suggested)
                {
                    AdditionalSpans = [new RelatedSpan(majority.Span, $"the majority spelling '{spelling}'")],
                    Properties = ImmutableDictionary<string, string>.Empty.Add("majority", spelling),
                });
            }
        }
    }
}
