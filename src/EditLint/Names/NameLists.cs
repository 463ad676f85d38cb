namespace EditLint.Names;

/// <summary>The name index for a run and the problems met while building it.</summary>
public sealed record NameListSet(NameIndex Index, IReadOnlyList<NameListError> Errors, bool AnyUsable, bool IsDefault);

/// <summary>
/// Loads the name lists a run uses: the configured files, or the embedded default list
/// (rules/names/default.json) when none is configured. Loaded sets are cached by path, size and
/// time of last change, so that the engines of one configuration, and a configuration loaded again, share one index.
/// </summary>
public static class NameLists
{
    /// <summary>The resource name of the embedded default list.</summary>
    public const string DefaultResourceName = "rules/names/default.json";

    // The language server holds one engine per configuration for hours: the cache keeps the sets of the
    // configurations used most recently, at most this many (a set of the generated 100,000-entry list holds about
    // 127 MB). An engine keeps the set it loaded for as long as it lives, so an evicted set is only loaded again.
    internal const int MaxCachedSets = 8;

    private static readonly Lock Gate = new();
    private static readonly Dictionary<string, (Lazy<NameListSet> Set, long LastUsed)> Cache = new(StringComparer.Ordinal);

    // The newest cache key of each set of paths. The language server lives through edits of a list: each edit would
    // otherwise leave the index of the version before it in the cache.
    private static readonly Dictionary<string, string> NewestKey = new(StringComparer.Ordinal);
    private static long clock;

    /// <summary>The lists at <paramref name="paths"/>, or the embedded default when there are none.</summary>
    public static NameListSet Load(IReadOnlyList<string> paths)
    {
        var cacheKey = paths.Count == 0 ? "embedded:default" : string.Join('\n', paths.Select(Stamp));
        Lazy<NameListSet> set;
        lock (Gate)
        {
            if (paths.Count > 0)
            {
                string pathsKey = string.Join('\n', paths);
                if (NewestKey.TryGetValue(pathsKey, out var older) && older != cacheKey)
                {
                    Cache.Remove(older);
                }

                NewestKey[pathsKey] = cacheKey;
            }

            if (Cache.TryGetValue(cacheKey, out var entry))
            {
                set = entry.Set;
            }
            else
            {
                set = new Lazy<NameListSet>(() => LoadUncached(paths));
                if (Cache.Count >= MaxCachedSets)
                {
                    EvictLeastRecentlyUsed();
                }
            }

            Cache[cacheKey] = (set, ++clock);
        }

        return set.Value;
    }

    /// <summary>How many versions of the lists at <paramref name="paths"/> the cache holds (tests).</summary>
    internal static int CachedVersions(IReadOnlyList<string> paths)
    {
        lock (Gate)
        {
            return Cache.Keys.Count(k => k.Split('\n').Select(s => s.Split('|')[0]).SequenceEqual(paths.Select(p => Path.GetFullPath(p))));
        }
    }

    private static void EvictLeastRecentlyUsed()
    {
        var oldest = Cache.MinBy(e => e.Value.LastUsed).Key;
        Cache.Remove(oldest);
        foreach (var pathsKey in NewestKey.Where(e => e.Value == oldest).Select(e => e.Key).ToArray())
        {
            NewestKey.Remove(pathsKey);
        }
    }

    /// <summary>Loads without the cache (benchmarks, tests).</summary>
    public static NameListSet LoadUncached(IReadOnlyList<string> paths)
    {
        var results = paths.Count == 0 ? [LoadDefault()] : paths.Select(NameListLoader.Load).ToList();
        var errors = results.SelectMany(r => r.Errors).ToList();
        var index = NameIndex.Build(MergeSameNames([.. results.Where(r => r.Usable).SelectMany(r => r.People)], errors), errors);
        return new NameListSet(index, errors, results.Any(r => r.Usable), paths.Count == 0);
    }

    /// <summary>Builds a set from list text (tests and tools).</summary>
    public static NameListSet FromJson(string path, string json)
    {
        var result = NameListLoader.Parse(path, System.Text.Encoding.UTF8.GetBytes(json));
        var errors = result.Errors.ToList();
        var index = NameIndex.Build(MergeSameNames(result.Usable ? result.People : [], errors), errors);
        return new NameListSet(index, errors, result.Usable, false);
    }

    // A person listed twice is merged, and the list's owner told where (a warning, EL0008).
    private static IReadOnlyList<PersonEntry> MergeSameNames(IReadOnlyList<PersonEntry> people, List<NameListError> errors)
    {
        var merges = new List<SameNameMerger.MergedEntry>();
        var merged = SameNameMerger.Merge(people, merges);
        errors.AddRange(merges.Select(m => new NameListError(m.Folded.ListPath, m.Folded.Line, m.Folded.Column, m.Describe() + ".")));
        return merged;
    }

    private static NameListLoadResult LoadDefault()
    {
        using var stream = typeof(NameLists).Assembly.GetManifestResourceStream(DefaultResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {DefaultResourceName} is missing.");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return NameListLoader.Parse(DefaultResourceName, memory.ToArray());
    }

    private static string Stamp(string path)
    {
        var info = new FileInfo(path);
        return info.Exists ? $"{info.FullName}|{info.Length}|{info.LastWriteTimeUtc.Ticks}" : $"{path}|missing";
    }
}
