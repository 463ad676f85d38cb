using System.Runtime.InteropServices;

namespace EditLint.Names;

/// <summary>
/// Finds the keys within a small edit distance of a query without scanning the keys: every key
/// is stored under the hashes of the strings made by deleting up to <see cref="EditDistance.Threshold"/>
/// of its letters, and a query looks up its own deletions (the symmetric-delete method of
/// SymSpell). The entries (32 bits of a deletion's hash, and the key it came from) are kept in two
/// flat arrays grouped by bucket with a counting sort, so a bucket is one range of the arrays: little
/// memory to touch at start-up, which is most of what loading a long list costs, and short deletions such
/// as "smth", shared by many keys, fill one range rather than a probe run. Candidates are checked with the
/// real Damerau–Levenshtein distance, so hash collisions cost time, never correctness. Keys are added
/// first and then frozen once; searching is safe from any thread.
/// </summary>
public sealed class SymmetricDeleteIndex
{
    private readonly List<string> keys = [];
    private readonly Dictionary<string, int> ids = new(StringComparer.Ordinal);

    // A few entries a bucket keep the bucket table small enough to stay in the cache while it is counted and filled.
    private const int EntriesPerBucket = 8;

    // Null until frozen, and again after an Add.
    private Frozen? frozen;

    [ThreadStatic]
    private static ulong[]? scratch;

    private interface IDeletionVisitor
    {
        void Visit(ulong hash);
    }

    /// <summary>The number of distinct keys.</summary>
    public int Count => keys.Count;

    /// <summary>How many deletion entries the frozen index holds: what a key costs in memory and in every probe that meets it.</summary>
    internal int EntryCount
    {
        get
        {
            Freeze();
            return frozen!.Tags.Length;
        }
    }

    /// <summary>The key with this id.</summary>
    public string this[int id] => keys[id];

    /// <summary>Adds a key (idempotent) and returns its id. Its deletions are hashed by <see cref="Freeze"/>.</summary>
    public int Add(string key)
    {
        ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(ids, key, out var exists);
        if (exists)
        {
            return id;
        }

        id = keys.Count;
        keys.Add(key);
        frozen = null;
        return id;
    }

    /// <summary>Makes room for <paramref name="capacity"/> keys at once, so a large list does not grow the look-up by doubling.</summary>
    public void EnsureCapacity(int capacity)
    {
        keys.Capacity = Math.Max(keys.Capacity, capacity);
        ids.EnsureCapacity(capacity);
    }

    /// <summary>
    /// Freezes the index on another thread (start-up has other work to do meanwhile); a search made before
    /// it is done waits for it. No key may be added meanwhile.
    /// </summary>
    public Task FreezeInBackground() => Task.Run(Freeze);

    /// <summary>
    /// Hashes the deletions of every key and groups them by bucket; called once after the last <see cref="Add"/>
    /// (and by the first search after one). The deletions are hashed twice, to count each bucket's entries and
    /// then to place them, so nothing is allocated but the index itself.
    /// </summary>
    public void Freeze()
    {
        lock (keys)
        {
            if (frozen is not null)
            {
                return;
            }

            // Sizes the bucket table only: the arrays are sized by the count itself.
            var estimate = 0;
            foreach (var key in keys)
            {
                estimate += EntriesFor(key.Length);
            }

            var buckets = 16;
            while (buckets < estimate / EntriesPerBucket)
            {
                buckets <<= 1;
            }

            var mask = buckets - 1;
            var starts = new int[buckets + 1];
            var counter = new BucketCounter(starts, mask);
            foreach (var key in keys)
            {
                ForEachDeletion(key, EditDistance.Threshold(key.Length), ref counter);
            }

            // Each count becomes the end of its bucket's range; a bucket filled from its end is left holding its start.
            var count = 0;
            for (var b = 0; b < buckets; b++)
            {
                count += starts[b];
                starts[b] = count;
            }

            starts[buckets] = count;
            var tags = new uint[count];
            var owners = new int[count];
            for (var id = 0; id < keys.Count; id++)
            {
                var filler = new BucketFiller(starts, mask, tags, owners, id);
                ForEachDeletion(keys[id], EditDistance.Threshold(keys[id].Length), ref filler);
            }

            Volatile.Write(ref frozen, new Frozen(starts, mask, tags, owners));
        }
    }

    /// <summary>
    /// Adds to <paramref name="results"/> the ids of keys within the threshold (given the two
    /// lengths) of <paramref name="query"/>, with their distances. <paramref name="threshold"/> must not search
    /// this index again.
    /// </summary>
    public void Search(string query, Func<int, int, int> threshold, List<(int Id, int Distance)> results)
    {
        var table = Volatile.Read(ref frozen);
        if (table is null)
        {
            Freeze();
            table = frozen!;
        }

        var probe = new Probe(table, keys, query, threshold, results);
        ForEachDeletion(query, QueryDepth(query.Length, threshold), ref probe);
    }

    /// <summary>
    /// How many letters to delete from a query: enough for every key length it could match. A key within d
    /// edits shares a string with the query after at most d deletions on each side; a key of length k deletes
    /// at most Threshold(k) letters, so the shared string is at least k - Threshold(k) long and the query
    /// deletes at most Threshold(k) + (query length - k). A 5-letter query then needs 6 probes rather than 16.
    /// Keys are stored with at most two deletions, so a query looks no further either.
    /// </summary>
    private static int QueryDepth(int length, Func<int, int, int> threshold)
    {
        var depth = 0;
        for (var keyLength = 0; keyLength <= length + 2 && depth < 2; keyLength++)
        {
            var allowed = threshold(length, keyLength);
            if (Math.Abs(keyLength - length) <= allowed)
            {
                depth = Math.Max(depth, Math.Min(allowed, EditDistance.Threshold(keyLength) + length - keyLength));
            }
        }

        return Math.Min(depth, 2);
    }

    // How many deletion entries a key of this length adds.
    private static int EntriesFor(int length) => EditDistance.Threshold(length) switch
    {
        0 => 1,
        1 => 1 + length,
        _ => 1 + length + (length * (length - 1) / 2),
    };

    private static int Bucket(ulong hash, int mask) => (int)(((hash ^ (hash >> 29)) * 0xBF58476D1CE4E5B9UL >> 32) & (uint)mask);

    // An entry keeps 32 bits of its hash, both halves folded in (a last letter reaches the high half only by a carry),
    // to tell apart most of the deletions that share a bucket.
    private static uint Tag(ulong hash) => (uint)(hash ^ (hash >> 32));

    // Each distinct deletion once: deleting any letter of a run of one letter ("Pxxxx") gives the same string, so only
    // the run's first is deleted, or its first two. Without this a word of one letter repeated a few hundred times made
    // as many equal entries as it has pairs of letters, all in one bucket, and a probe of it took minutes.
    private static void ForEachDeletion<TVisitor>(string key, int depth, ref TVisitor visitor)
        where TVisitor : struct, IDeletionVisitor
    {
        var deletions = new DeletionHashes(key, Scratch(key.Length));
        visitor.Visit(deletions.Whole);
        if (depth < 1 || key.Length > MaxDeletedLength)
        {
            return;
        }

        for (var i = 0; i < key.Length; i++)
        {
            if (i > 0 && key[i] == key[i - 1])
            {
                continue;
            }

            visitor.Visit(deletions.Without(i));
            if (depth >= 2)
            {
                for (var j = i + 1; j < key.Length; j++)
                {
                    if (key[j] != key[j - 1] || j - 1 == i)
                    {
                        visitor.Visit(deletions.Without(i, j));
                    }
                }
            }
        }
    }

    /// <summary>
    /// Keys and queries longer than this are matched exactly only: no name has a word this long, and a word of thousands
    /// of letters (in a name list or an article) would make millions of deletions.
    /// </summary>
    public const int MaxDeletedLength = 128;

    // Room for a key's prefix hashes and powers; keys are names, a few dozen letters at most. Per thread, and in use
    // for the whole of a ForEachDeletion, whose visitors therefore must not hash again.
    private static ulong[] Scratch(int length) => length <= 64 ? (scratch ??= new ulong[2 * 65]) : new ulong[2 * (length + 1)];

    // Bucket b holds entries Starts[b] up to Starts[b + 1] of Tags and Owners.
    private sealed record Frozen(int[] Starts, int Mask, uint[] Tags, int[] Owners);

    private readonly struct BucketCounter(int[] starts, int mask) : IDeletionVisitor
    {
        public void Visit(ulong hash) => starts[Bucket(hash, mask)]++;
    }

    private readonly struct BucketFiller(int[] starts, int mask, uint[] tags, int[] owners, int id) : IDeletionVisitor
    {
        public void Visit(ulong hash)
        {
            var at = --starts[Bucket(hash, mask)];
            tags[at] = Tag(hash);
            owners[at] = id;
        }
    }

    private readonly struct Probe(Frozen table, List<string> keys, string query, Func<int, int, int> threshold, List<(int Id, int Distance)> results)
        : IDeletionVisitor
    {
        private readonly HashSet<int> seen = [];

        public void Visit(ulong hash)
        {
            var bucket = Bucket(hash, table.Mask);
            var tag = Tag(hash);
            for (var at = table.Starts[bucket]; at < table.Starts[bucket + 1]; at++)
            {
                var owner = table.Owners[at];
                if (table.Tags[at] != tag || !seen.Add(owner))
                {
                    continue;
                }

                var key = keys[owner];
                var max = threshold(query.Length, key.Length);
                var distance = EditDistance.Bounded(query, key, max);
                if (distance <= max)
                {
                    results.Add((owner, distance));
                }
            }
        }
    }
}
