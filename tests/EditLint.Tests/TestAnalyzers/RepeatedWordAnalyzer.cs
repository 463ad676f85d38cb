using System.Collections.Immutable;
using EditLint.Analysis;

namespace EditLint.Tests.TestAnalyzers;

/// <summary>
/// A test double for findings with related locations (as EL1002 has): every "kiwi" after the first in a document is
/// reported, with the first one as its related location. Per-document state lives in the start action's closure.
/// </summary>
public sealed class RepeatedWordAnalyzer : Analyzer
{
    public static readonly RuleDescriptor Rule = new(
        "EL1998", "RepeatedKiwi", "Kiwi repeated", "'{0}' repeats the kiwi on line {1}", RuleCategory.Names, Severity.Note, "Flags repeated kiwis for tests.", ["test"], "medium");

    public override ImmutableArray<RuleDescriptor> SupportedRules => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterDocumentStartAction(start =>
    {
        Diagnostic? first = null;
        start.RegisterSentenceAction(sentence =>
        {
            foreach (var token in sentence.Sentence.Tokens)
            {
                if (!token.IsWord || !sentence.Document.GetText(token).Equals("kiwi", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                if (first is null)
                {
                    first = new Diagnostic(Rule, token.Span);
                    continue;
                }

                int line = sentence.Document.Source.Lines.GetPosition(first.Span.Start).Line + 1;
                sentence.ReportDiagnostic(new Diagnostic(Rule, token.Span, sentence.Document.GetText(token).ToString(), line)
                {
                    AdditionalSpans = [new RelatedSpan(first.Span, "The first kiwi")],
                });
            }
        });
    });
}
