using EditLint.Analysis;
using EditLint.Rules.Claims;

namespace EditLint.Rules;

/// <summary>The analyzers that ship with EditLint; the engine, the CLI, SARIF and the docs meta-test read this list.</summary>
public static class BuiltInAnalyzers
{
    public static IReadOnlyList<Analyzer> Create() =>
    [
        new Names.NameAnalyzer(),
        new UnsupportedSuperlativeAnalyzer(),
        new UndatedClaimAnalyzer(),
    ];

    public static IReadOnlyList<RuleDescriptor> Rules { get; } =
        [.. Create().SelectMany(a => a.SupportedRules).OrderBy(r => r.Id, StringComparer.Ordinal)];
}
