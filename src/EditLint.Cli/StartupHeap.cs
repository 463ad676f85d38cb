using System.Runtime;
using EditLint.Analysis;
using EditLint.IO;

namespace EditLint.Cli;

/// <summary>
/// Moves what start-up allocated (the name index, the word lists, the lexicons: tens of megabytes of small objects
/// that live until the run ends) to the garbage collector's oldest generation before a long run reads its files.
/// Left alone, that data is copied by the first collections of the run, amid the files' garbage, with every worker
/// stopped: over the benchmark corpus the first gen-1 collection took 85 ms. Two non-compacting collections made
/// while the heap holds little else promote it in place (pauses over the corpus: 132-156 ms before, 70-83 ms
/// with them; bench/RESULTS.md). A policy of the command, not of the library: the engine forces no collection.
/// </summary>
internal static class StartupHeap
{
    /// <summary>
    /// Input below this size seldom fills the young generation even once (about 17 bytes are allocated per byte
    /// read), so a short run, such as one article in a pre-commit hook, does not pay for the collections.
    /// </summary>
    public const long LongRunBytes = 8L << 20;

    public static void SettleBefore(IReadOnlyList<FileInput> files)
    {
        // While a large name list is still being indexed under its collection hold, a collection would end the hold
        // early and settle only part of the data.
        if (GCSettings.LatencyMode == GCLatencyMode.NoGCRegion || TotalBytes(files) < LongRunBytes)
        {
            return;
        }

        // A collection promotes what survives by one generation: young to middle, then middle to old.
        GC.Collect(1, GCCollectionMode.Forced, blocking: true, compacting: false);
        GC.Collect(1, GCCollectionMode.Forced, blocking: true, compacting: false);
    }

    private static long TotalBytes(IReadOnlyList<FileInput> files)
    {
        long total = 0;
        foreach (var file in files)
        {
            total += FileSize.OrZero(file.FullPath);
            if (total >= LongRunBytes)
            {
                break;
            }
        }

        return total;
    }
}
