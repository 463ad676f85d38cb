using System.Collections.Immutable;

namespace EditLint.Analysis;

/// <summary>
/// The base of every rule. An analyzer says which rules it reports and, in <see cref="Initialize"/>,
/// registers the actions the engine calls as it walks each document once. Analyzers hold no mutable state:
/// per-document state lives in a document-start action's closure.
/// </summary>
public abstract class Analyzer
{
    public abstract ImmutableArray<RuleDescriptor> SupportedRules { get; }

    public abstract void Initialize(AnalysisContext context);
}
