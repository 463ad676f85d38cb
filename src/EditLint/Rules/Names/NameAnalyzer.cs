using System.Collections.Immutable;
using EditLint.Analysis;

namespace EditLint.Rules.Names;

/// <summary>
/// EL1001 NameMismatch, EL1002 InconsistentName and EL1003 RoleMismatch from one walk over the name mentions
/// (<see cref="NameWalk"/>): the three rules read the same mentions matched against the same list, so they are one
/// analyzer, and no rule depends on another having run first. Each rule's descriptor and logic stay in the file
/// named after it, whose analyzer reports that rule alone (for tests and for a host that wants one rule).
/// </summary>
public sealed class NameAnalyzer : Analyzer
{
    public override ImmutableArray<RuleDescriptor> SupportedRules => [NameMismatchAnalyzer.Rule, InconsistentNameAnalyzer.Rule, RoleMismatchAnalyzer.Rule];

    public override void Initialize(AnalysisContext context) => NameWalk.Register(context, NameWalk.Rules.All);
}
