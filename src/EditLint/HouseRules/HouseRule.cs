using System.Collections.Immutable;
using System.Text.RegularExpressions;
using EditLint.Analysis;
using EditLint.Text;

namespace EditLint.HouseRules;

/// <summary>
/// One declarative rule, read from a rule file: what it matches (<see cref="Entries"/>, or <see cref="Patterns"/> when
/// the file asks for regular expressions), where (<see cref="Scope"/>), what it is not (<see cref="Exceptions"/>) and
/// the examples that prove it (<see cref="Examples"/>).
/// </summary>
public sealed record HouseRule
{
    public required RuleDescriptor Descriptor { get; init; }

    public required HouseRuleKind Kind { get; init; }

    public HouseRuleScope Scope { get; init; } = HouseRuleScope.Document;

    /// <summary>True (the default) when quoted speech and block quotes are left alone.</summary>
    public bool SkipQuotations { get; init; } = true;

    public bool CaseSensitive { get; init; }

    /// <summary>The listed terms: words and word sequences, matched on tokens.</summary>
    public ImmutableArray<HouseTerm> Entries { get; init; } = [];

    /// <summary>Regular expressions (<c>"pattern": true</c>, or <c>"wholeWords": false</c>), one per entry of <see cref="Entries"/>.</summary>
    public ImmutableArray<Regex> Patterns { get; init; } = [];

    /// <summary>
    /// True when the terms are regular expressions written by the house (<c>"pattern": true</c>), not escaped text
    /// (<c>"wholeWords": false</c>): then a substitution's preferred term may refer to the match's groups (<c>$1</c>, <c>${name}</c>).
    /// </summary>
    public bool TermsArePatterns { get; init; }

    public ImmutableArray<string> Exceptions { get; init; } = [];

    public ImmutableArray<HouseRuleExample> Examples { get; init; } = [];

    /// <summary>Where the practice comes from (a stylebook entry, an agency's announcement).</summary>
    public string? Source { get; init; }

    /// <summary>The rule file, as given to the loader.</summary>
    public required string File { get; init; }

    /// <summary>The position of the rule's <c>id</c> in its file.</summary>
    public LinePosition Position { get; init; }

    public string Id => Descriptor.Id;

    public bool UsesPatterns => !Patterns.IsEmpty;
}

/// <summary>
/// A listed term. <see cref="Suggestion"/> is the preferred term (substitution), the majority's spelling is chosen at run
/// time (consistency, where <see cref="Group"/> tells variants of one group apart), the expansion (first reference).
/// </summary>
public sealed record HouseTerm(string Text, string? Suggestion, int Group = 0);

/// <summary>An example from a rule file: text the rule must flag, or text it must pass, and where the example is written.</summary>
/// <summary>An example of a rule file; <see cref="Fixed"/>, when given, is what the rule's fixes must make of a flagged one.</summary>
public sealed record HouseRuleExample(string Text, bool MustFlag, LinePosition Position, string? Fixed = null);
