using System.Collections.Immutable;
using EditLint.Analysis;

namespace EditLint.HouseRules;

/// <summary>Every house rule pack that loaded, and every problem found in the rule files (EL0011, with positions).</summary>
public sealed record HouseRuleSet(ImmutableArray<HouseRulePack> Packs, IReadOnlyList<ToolNotification> Notifications)
{
    public static HouseRuleSet Empty { get; } = new([], []);

    public IEnumerable<HouseRule> Rules => Packs.SelectMany(p => p.Rules);

    public IEnumerable<RuleDescriptor> Descriptors => Rules.Select(r => r.Descriptor);

    /// <summary>One analyzer per pack; each compiles its pack's terms into one matcher and knows every loaded rule.</summary>
    /// <summary>
    /// One analyzer per pack. A consistency rule avoids the variants the other rules replace, except those of a rule
    /// <paramref name="isOff"/> says the configuration turned off: a house that switched "e-mail → email" off has not
    /// made "e-mail" wrong.
    /// </summary>
    public IReadOnlyList<Analyzer> CreateAnalyzers(Func<HouseRule, bool>? isOff = null) =>
        [.. Packs.Where(p => p.Rules.Length > 0).Select(p => new HouseRuleAnalyzer(p, isOff is null ? Rules : [.. Rules.Where(r => !isOff(r))]))];
}
