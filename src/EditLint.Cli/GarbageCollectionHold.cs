using System.Runtime;

namespace EditLint.Cli;

/// <summary>
/// Holds off garbage collection while a name list loads (the command's policy, set in <see cref="StartupHeap"/>; the
/// library forces nothing). Everything the load allocates lives until
/// the run ends, so a collection then finds nothing to free and only copies what survives: with a
/// 100,000-entry list, three full collections took about a quarter of the load. The hold is the
/// runtime's no-GC region; if the load allocates more than expected, the runtime ends it early and
/// collects as usual. One hold at a time: a second caller simply gets none.
/// </summary>
internal sealed class GarbageCollectionHold
{
    // The runtime commits the whole region up front; a larger load just collects as usual.
    private const long MaximumBytes = 512L << 20;

    private static int held;

    private int owned;

    private GarbageCollectionHold(bool owned) => this.owned = owned ? 1 : 0;

    /// <summary>Starts a hold for about <paramref name="expectedBytes"/> of allocation, where the runtime allows it.</summary>
    public static GarbageCollectionHold Begin(long expectedBytes)
    {
        if (expectedBytes <= 0 || Interlocked.CompareExchange(ref held, 1, 0) != 0)
        {
            return new GarbageCollectionHold(false);
        }

        try
        {
            // The runtime commits this much for small objects and as much again for large ones, but pages it does
            // not touch cost no memory. Variants that were slower are in bench/RESULTS.md.
            if (GC.TryStartNoGCRegion(Math.Min(expectedBytes, MaximumBytes)))
            {
                return new GarbageCollectionHold(true);
            }
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or InvalidOperationException)
        {
            // Too large for this machine, or a region started elsewhere: load without the hold.
        }

        Volatile.Write(ref held, 0);
        return new GarbageCollectionHold(false);
    }

    /// <summary>True while this hold keeps collections off (false for a hold the runtime refused or another caller had).</summary>
    public bool IsHolding => Volatile.Read(ref owned) == 1 && GCSettings.LatencyMode == GCLatencyMode.NoGCRegion;

    /// <summary>Ends the hold (once; later calls do nothing).</summary>
    public void Release()
    {
        if (Interlocked.Exchange(ref owned, 0) == 0)
        {
            return;
        }

        try
        {
            if (GCSettings.LatencyMode == GCLatencyMode.NoGCRegion)
            {
                GC.EndNoGCRegion();
            }
        }
        catch (InvalidOperationException)
        {
            // The runtime ended the region itself: more was allocated than expected.
        }

        Volatile.Write(ref held, 0);
    }
}
