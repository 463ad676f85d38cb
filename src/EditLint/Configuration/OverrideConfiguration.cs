using EditLint.Analysis;
using Microsoft.Extensions.FileSystemGlobbing;

namespace EditLint.Configuration;

/// <summary>An <c>overrides</c> entry: rule severities for the files that match its globs.</summary>
public sealed class OverrideConfiguration(IReadOnlyList<string> files, IReadOnlyDictionary<string, Severity> severities)
{
    private readonly Matcher matcher = GlobMatcher.Create(files, []);

    public IReadOnlyList<string> Files { get; } = files;

    public IReadOnlyDictionary<string, Severity> Severities { get; } = severities;

    public bool Matches(string relativePath) => matcher.Match(relativePath).HasMatches;
}
