using Microsoft.Extensions.FileSystemGlobbing;

namespace EditLint.Configuration;

/// <summary>Builds case-sensitive glob matchers over '/'-separated paths relative to the configuration's folder.</summary>
public static class GlobMatcher
{
    public static Matcher Create(IEnumerable<string> include, IEnumerable<string> exclude)
    {
        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddIncludePatterns(include);
        matcher.AddExcludePatterns(exclude);
        return matcher;
    }
}
