using System.Runtime;
using EditLint.Analysis;
using EditLint.IO;

namespace EditLint.Cli;

/// <summary>
/// The command's garbage-collection policy, in one place (the library forces nothing). While the name lists load,
/// collections are held off (<see cref="HoldWhileNameListsLoad"/>): everything the load allocates lives until the run
/// ends, so a collection then only copies it; without the hold a 10,000-entry list made a run 1.20× slower
/// (bench/RESULTS.md). Then <see cref="SettleBefore"/> moves what start-up allocated (the name index, the word lists, the lexicons: tens of megabytes of small objects
/// that live until the run ends) to the garbage collector's oldest generation before a long run reads its files.
/// Left alone, that data is copied by the first collections of the run, amid the files' garbage, with every worker
/// stopped: over the benchmark corpus the first gen-1 collection took 85 ms. Two non-compacting collections made
/// while the heap holds little else promote it in place (pauses over the corpus: 132-156 ms before, 70-83 ms
/// with them; bench/RESULTS.md). A policy of the command, not of the library: the engine forces no collection.
/// </summary>
internal static class StartupHeap
{
    // Measured: loading and indexing the generated 100,000-entry list (4.6 MB) allocates about 127 MB, 27 bytes
    // per byte of the file; the hold asks for a margin above that, and for what loads beside the lists meanwhile
    // (the English word list, the claim lexicons, the first files).
    private const long AllocatedPerListByte = 48;
    private const long AllocatedBesideLists = 8 << 20;

    /// <summary>
    /// Input below this size seldom fills the young generation even once (about 17 bytes are allocated per byte
    /// read), so a short run, such as one article in a pre-commit hook, does not pay for the collections.
    /// </summary>
    public const long LongRunBytes = 8L << 20;

    /// <summary>
    /// Holds collections off while the engine's analyzers initialise and finish the work they leave running (the
    /// near-miss look-up of the lists); call with the name list files before the engine is built.
    /// </summary>
    public static GarbageCollectionHold HoldWhileNameListsLoad(IReadOnlyList<string> nameLists) =>
        GarbageCollectionHold.Begin((nameLists.Sum(FileSize.OrZero) * AllocatedPerListByte) + AllocatedBesideLists);

    /// <summary>Ends <paramref name="hold"/> when the engine's background work is done.</summary>
    public static void ReleaseAfter(GarbageCollectionHold? hold, AnalyzerEngine engine) =>
        engine.BackgroundWork.ContinueWith(_ => hold?.Release(), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);

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
