using System.Collections;
using EditLint.Configuration;

namespace EditLint.HouseRules;

/// <summary>
/// Loads <c>editlint.json</c> together with the house rules its <c>rulePaths</c> name, so that house rule ids are known
/// when <c>rules</c> and <c>overrides</c> are checked. The file is read twice: first to find the rule paths (any id
/// of the house form passes), then, with the rules loaded, to check every id against built-in and house rules.
/// </summary>
public static class HouseRuleConfiguration
{
    /// <summary>Throws <see cref="ConfigurationException"/> for a bad configuration; problems of rule files are in the set.</summary>
    public static (EditLintOptions Options, HouseRuleSet HouseRules) Load(
        string? explicitPath,
        string workingDirectory,
        IReadOnlySet<string> builtInRuleIds,
        IReadOnlyDictionary<string, IReadOnlyList<EditLint.Analysis.RuleSetting>>? declaredSettings = null,
        IReadOnlyList<string>? checkedPaths = null)
    {
        var first = ConfigurationLoader.Load(explicitPath, workingDirectory, new HouseFormIds(builtInRuleIds), declaredSettings, checkedPaths);
        if (first.ConfigPath is null)
        {
            return (first, HouseRuleSet.Empty);
        }

        var houseRules = first.RulePaths.Count == 0 ? HouseRuleSet.Empty : HouseRuleLoader.Load(first.RulePaths, first.Root, workingDirectory, first.ConfigPath);
        var known = new HashSet<string>(builtInRuleIds, StringComparer.Ordinal);
        known.UnionWith(houseRules.Descriptors.Select(d => d.Id));
        var options = ConfigurationLoader.Load(first.ConfigPath, workingDirectory, known, declaredSettings);
        return (options, houseRules);
    }

    /// <summary>The built-in ids, and any id of the house form: enough to read <c>rulePaths</c> before the rules are loaded.</summary>
    private sealed class HouseFormIds(IReadOnlySet<string> builtIn) : IReadOnlySet<string>
    {
        public int Count => builtIn.Count;

        public bool Contains(string item) => builtIn.Contains(item) || (EditLint.Analysis.RuleDescriptor.IsWellFormedId(item) && EditLint.Analysis.RuleDescriptor.PrefixOf(item) != EditLint.Analysis.RuleDescriptor.BuiltInPrefix);

        public IEnumerator<string> GetEnumerator() => builtIn.GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        public bool IsProperSubsetOf(IEnumerable<string> other) => builtIn.IsProperSubsetOf(other);

        public bool IsProperSupersetOf(IEnumerable<string> other) => builtIn.IsProperSupersetOf(other);

        public bool IsSubsetOf(IEnumerable<string> other) => builtIn.IsSubsetOf(other);

        public bool IsSupersetOf(IEnumerable<string> other) => builtIn.IsSupersetOf(other);

        public bool Overlaps(IEnumerable<string> other) => builtIn.Overlaps(other);

        public bool SetEquals(IEnumerable<string> other) => builtIn.SetEquals(other);
    }
}
