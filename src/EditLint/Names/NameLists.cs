using System.Collections.Concurrent;
using EditLint.IO;

namespace EditLint.Names;

/// <summary>The name index for a run and the problems met while building it.</summary>
public sealed record NameListSet(NameIndex Index, IReadOnlyList<NameListError> Errors, bool AnyUsable, bool IsDefault);

/// <summary>
/// Loads the name lists a run uses: the configured files, or the embedded default list
/// (rules/names/default.json) when none is configured. Loaded sets are cached by path, size and
/// time of last change, so EL1001 and EL1002 share one index.
/// </summary>
public static class NameLists
{
    /// <summary>The resource name of the embedded default list.</summary>
    public const string DefaultResourceName = "rules/names/default.json";

    // Measured: loading and indexing the generated 100,000-entry list (4.6 MB) allocates about 127 MB, 27 bytes
    // per byte of the file; the hold asks for a margin above that, and for what loads beside the lists meanwhile
    // (the English word list, the claim lexicons, the first files).
    private const long AllocatedPerListByte = 48;
    private const long AllocatedBesideLists = 8 << 20;

    private static readonly ConcurrentDictionary<string, Lazy<NameListSet>> Cache = new(StringComparer.Ordinal);

    /// <summary>The lists at <paramref name="paths"/>, or the embedded default when there are none.</summary>
    public static NameListSet Load(IReadOnlyList<string> paths)
    {
        var cacheKey = paths.Count == 0 ? "embedded:default" : string.Join('\n', paths.Select(Stamp));
        return Cache.GetOrAdd(cacheKey, _ => new Lazy<NameListSet>(() => LoadUncached(paths))).Value;
    }

    /// <summary>Loads without the cache (benchmarks, tests).</summary>
    public static NameListSet LoadUncached(IReadOnlyList<string> paths)
    {
        var hold = GarbageCollectionHold.Begin((paths.Sum(FileSize.OrZero) * AllocatedPerListByte) + AllocatedBesideLists);
        try
        {
            var results = paths.Count == 0 ? [LoadDefault()] : paths.Select(NameListLoader.Load).ToList();
            var errors = results.SelectMany(r => r.Errors).ToList();
            var index = NameIndex.Build(MergeSameNames([.. results.Where(r => r.Usable).SelectMany(r => r.People)], errors), errors);
            index.NearMissesReady.ContinueWith(_ => hold.Release(), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            return new NameListSet(index, errors, results.Any(r => r.Usable), paths.Count == 0);
        }
        catch
        {
            hold.Release();
            throw;
        }
    }

    /// <summary>Builds a set from list text (tests and tools).</summary>
    public static NameListSet FromJson(string path, string json)
    {
        var result = NameListLoader.Parse(path, System.Text.Encoding.UTF8.GetBytes(json));
        var errors = result.Errors.ToList();
        var index = NameIndex.Build(MergeSameNames(result.Usable ? result.People : [], errors), errors);
        return new NameListSet(index, errors, result.Usable, false);
    }

    // A person listed twice is merged, and the list's owner told where (a warning, EL0008): issue 18.
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
