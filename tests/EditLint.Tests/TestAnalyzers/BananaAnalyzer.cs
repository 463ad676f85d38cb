using System.Collections.Immutable;
using EditLint.Analysis;

namespace EditLint.Tests.TestAnalyzers;

/// <summary>A test double: flags every word "banana", outside quotations, with a fix to "plantain".</summary>
public sealed class BananaAnalyzer : Analyzer
{
    public static readonly RuleDescriptor Rule = new(
        "EL2999", "Banana", "Banana found", "'{0}' is a banana", RuleCategory.Claims, Severity.Warning, "Flags bananas for tests.", ["test"]);

    public override ImmutableArray<RuleDescriptor> SupportedRules => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterSentenceAction(Analyze);

    private static void Analyze(SentenceContext context)
    {
        foreach (var token in context.Sentence.Tokens)
        {
            if (token.IsWord && context.Document.GetText(token).Equals("banana", StringComparison.OrdinalIgnoreCase) && !context.Document.IsInQuotation(token.Span))
            {
                context.ReportDiagnostic(new Diagnostic(Rule, token.Span, context.Document.GetText(token).ToString())
                {
                    Fix = new Fix("Use 'plantain'.", token.Span, "plantain", ReviewReason: null),
                });
            }
        }
    }
}
