using System.Collections.Immutable;
using EditLint.Analysis;
using EditLint.Text;

namespace EditLint.Tests.TestAnalyzers;

/// <summary>
/// Test doubles with a bug each, for the engine and the verifier to report: a rule that throws, one that reports a
/// rule it does not declare, one that reports a span outside the text, and one whose fix lies outside the text. All
/// of them act on the word "banana" only, so that text without it shows nothing wrong.
/// </summary>
public static class FaultyAnalyzers
{
    public sealed class Throwing : Analyzer
    {
        public static readonly RuleDescriptor Rule = Test("EL2998", "Throws");

        public override ImmutableArray<RuleDescriptor> SupportedRules => [Rule];

        public override void Initialize(AnalysisContext context) => context.RegisterSentenceAction(_ => throw new InvalidOperationException("boom"));
    }

    public sealed class UnknownId : Analyzer
    {
        public static readonly RuleDescriptor Rule = Test("EL2997", "ReportsAnotherId");

        private static readonly RuleDescriptor Undeclared = Test("EL2996", "Undeclared");

        public override ImmutableArray<RuleDescriptor> SupportedRules => [Rule];

        public override void Initialize(AnalysisContext context) => context.RegisterSentenceAction(c => OnBanana(c, span => new Diagnostic(Undeclared, span)));
    }

    public sealed class SpanOutsideText : Analyzer
    {
        public static readonly RuleDescriptor Rule = Test("EL2995", "SpanOutside");

        public override ImmutableArray<RuleDescriptor> SupportedRules => [Rule];

        public override void Initialize(AnalysisContext context) =>
            context.RegisterSentenceAction(c => OnBanana(c, span => new Diagnostic(Rule, new TextSpan(span.Start, c.Document.Source.Length))));
    }

    public sealed class FixOutsideText : Analyzer
    {
        public static readonly RuleDescriptor Rule = Test("EL2994", "FixOutside");

        public override ImmutableArray<RuleDescriptor> SupportedRules => [Rule];

        public override void Initialize(AnalysisContext context) => context.RegisterSentenceAction(c => OnBanana(c, span => new Diagnostic(Rule, span)
        {
            Fix = new Fix("Use 'plantain'.", new TextSpan(span.Start, c.Document.Source.Length), "plantain", ReviewReason: null),
        }));
    }

    private static RuleDescriptor Test(string id, string name) =>
        new(id, name, "A faulty test rule", "{0}", RuleCategory.Claims, Severity.Warning, "Has a bug, for tests.", ["test"]);

    private static void OnBanana(SentenceContext context, Func<TextSpan, Diagnostic> finding)
    {
        foreach (var token in context.Sentence.Tokens)
        {
            if (token.IsWord && context.Document.GetText(token).Equals("banana", StringComparison.OrdinalIgnoreCase))
            {
                context.ReportDiagnostic(finding(token.Span));
            }
        }
    }
}
