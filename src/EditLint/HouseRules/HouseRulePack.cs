using System.Collections.Immutable;

namespace EditLint.HouseRules;

/// <summary>
/// The rules of one house style guide (a folder of rule files, or the files that name the same <c>pack</c>). A pack
/// compiles into one matcher and runs as one analyzer; SARIF lists it as a tool extension of its own name.
/// </summary>
public sealed record HouseRulePack(string Name, string? Description, ImmutableArray<HouseRule> Rules, ImmutableArray<string> Files);
