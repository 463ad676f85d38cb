using EditLint.Names;

namespace EditLint.Tests.Names;

/// <summary>The name list cache is keyed by the lists and their versions, and bounded: a language server that
/// meets many configurations over hours does not keep every list it ever loaded.</summary>
public class NameListCacheTests
{
    [Fact]
    public void The_cache_lets_go_of_the_least_recently_used_lists_beyond_its_bound()
    {
        string folder = Directory.CreateTempSubdirectory("editlint-cache-").FullName;
        var lists = Enumerable.Range(0, NameLists.MaxCachedSets + 1).Select(i =>
        {
            string path = Path.Combine(folder, $"names{i}.json");
            File.WriteAllText(path, $$"""{ "people": [ { "name": "Person Number{{i}}" } ] }""");
            return path;
        }).ToArray();

        var first = NameLists.Load([lists[0]]);
        NameLists.Load([lists[0]]).ShouldBeSameAs(first, "a list loaded again comes from the cache");
        foreach (var list in lists.Skip(1))
        {
            NameLists.Load([list]);
        }

        // Other tests load lists meanwhile; they can only push more out, never keep more in.
        NameLists.CachedVersions([lists[0]]).ShouldBe(0);
        lists.Sum(l => NameLists.CachedVersions([l])).ShouldBeLessThanOrEqualTo(NameLists.MaxCachedSets);
        NameLists.Load([lists[0]]).ShouldNotBeSameAs(first);
    }
}
