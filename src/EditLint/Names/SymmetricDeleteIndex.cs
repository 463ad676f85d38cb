using System.Runtime.InteropServices;

namespace EditLint.Names;

/// <summary>
/// Finds the keys within a small edit distance of a query without scanning the keys: every key
/// is stored under the hashes of the strings made by deleting up to <see cref="EditDistance.Threshold"/>
/// of its letters, and a query looks up its own deletions (the symmetric-delete method of
/// SymSpell). The entries (32 bits of a deletion's hash, and the key it came from) are kept in two
/// flat arrays grouped by bucket with a counting sort, so a bucket is one range of the arrays: about
/// 10 bytes an entry, where a chained hash table took 24 to 32, and start-up with a long list is mostly
/// the first touch of fresh memory. Short deletions such as "smth", shared by many keys, fill one range
/// rather than a probe run. Candidates are checked with the real Damerau–Levenshtein distance, so hash
/// collisions cost time, never correctness.
/// </summary>
public sealed class SymmetricDeleteIndex
{
    private readonly List<string> keys = [];
    private readonly Dictionary<string, int> ids = new(StringComparer.Ordinal);

    // Bucket b holds the entries from bucketStarts[b] up to bucketStarts[b + 1]; null until frozen.
    private int[]? bucketStarts;
    private uint[] hashes = [];
    private int[] owners = [];

    // A few entries a bucket keep the bucket table small enough to stay in the cache while it is counted and filled.
    private const int EntriesPerBucket = 8;

    [ThreadStatic]
    private static ulong[]? scratch;

    private interface IDeletionVisitor
    {
        void Visit(ulong hash);
    }

    /// <summary>The number of distinct keys.</summary>
    public int Count => keys.Count;

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
        bucketStarts = null;
        return id;
    }

    /// <summary>Makes room for <paramref name="capacity"/> keys at once, so a large list does not grow the look-up by doubling.</summary>
    public void EnsureCapacity(int capacity)
    {
        keys.Capacity = Math.Max(keys.Capacity, capacity);
        ids.EnsureCapacity(capacity);
    }

    /// <summary>How many deletion entries a key of <paramref name="length"/> letters adds.</summary>
    public static int EntriesFor(int length) => EditDistance.Threshold(length) switch
    {
        0 => 1,
        1 => 1 + length,
        _ => 1 + length + (length * (length - 1) / 2),
    };

    /// <summary>
    /// Freezes the index on another thread (start-up has other work to do meanwhile); a search made before
    /// it is done waits for it.
    /// </summary>
    public Task FreezeInBackground() => Task.Run(() =>
    {
        lock (keys)
        {
            Freeze();
        }
    });

    /// <summary>The id of <paramref name="key"/>, or -1.</summary>
    public int Find(string key) => ids.TryGetValue(key, out var id) ? id : -1;

    /// <summary>
    /// Hashes the deletions of every key and groups them by bucket; called once after the last <see cref="Add"/>
    /// (and by the first search after one). The deletions are hashed twice, to count each bucket's entries and
    /// then to place them, so nothing is allocated but the index itself.
    /// </summary>
    public void Freeze()
    {
        if (bucketStarts is not null)
        {
            return;
        }

        var count = 0;
        foreach (var key in keys)
        {
            count += EntriesFor(key.Length);
        }

        var buckets = 16;
        while (buckets < count / EntriesPerBucket)
        {
            buckets <<= 1;
        }

        var starts = new int[buckets + 1];
        var counter = new BucketCounter(starts);
        foreach (var key in keys)
        {
            ForEachDeletion(key, EditDistance.Threshold(key.Length), ref counter);
        }

        // Each count becomes the end of its bucket's range; a bucket filled from its end is left holding its start.
        for (int b = 0, end = 0; b < buckets; b++)
        {
            end += starts[b];
            starts[b] = end;
        }

        starts[buckets] = count;
        hashes = new uint[count];
        owners = new int[count];
        for (var id = 0; id < keys.Count; id++)
        {
            var filler = new BucketFiller(starts, hashes, owners, id);
            ForEachDeletion(keys[id], EditDistance.Threshold(keys[id].Length), ref filler);
        }

        Volatile.Write(ref bucketStarts, starts);
    }

    /// <summary>
    /// Adds to <paramref name="results"/> the ids of keys within the threshold (given the two
    /// lengths) of <paramref name="query"/>, with their distances.
    /// </summary>
    public void Search(string query, Func<int, int, int> threshold, List<(int Id, int Distance)> results)
    {
        var starts = Volatile.Read(ref bucketStarts);
        if (starts is null)
        {
            lock (keys)
            {
                Freeze();
            }

            starts = bucketStarts!;
        }

        var probe = new Probe(this, starts, query, threshold, results);
        ForEachDeletion(query, QueryDepth(query.Length, threshold), ref probe);
    }

    /// <summary>
    /// How many letters to delete from a query: enough for every key length it could match. A key within d
    /// edits shares a string with the query after at most d deletions on each side; a key of length k deletes
    /// at most Threshold(k) letters, so the shared string is at least k - Threshold(k) long and the query
    /// deletes at most Threshold(k) + (query length - k). A 5-letter query then needs 6 probes rather than 16.
    /// As before, the index looks no further than two deletions.
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

    // The bucket of a hash; the table's size is a power of two.
    private static int Bucket(ulong hash, int[] starts) => (int)(((hash ^ (hash >> 29)) * 0xBF58476D1CE4E5B9UL >> 32) & (uint)(starts.Length - 2));

    // An entry keeps the high half of its hash: enough to tell apart the deletions that share a bucket.
    private static uint Tag(ulong hash) => (uint)(hash >> 32);

    private static void ForEachDeletion<TVisitor>(string key, int depth, ref TVisitor visitor)
        where TVisitor : struct, IDeletionVisitor
    {
        var deletions = new DeletionHashes(key, Scratch(key.Length));
        visitor.Visit(deletions.Whole);
        if (depth >= 1)
        {
            for (var i = 0; i < key.Length; i++)
            {
                visitor.Visit(deletions.Without(i));
                if (depth >= 2)
                {
                    for (var j = i + 1; j < key.Length; j++)
                    {
                        visitor.Visit(deletions.Without(i, j));
                    }
                }
            }
        }
    }

    // Room for a key's prefix hashes and powers; keys are names, a few dozen letters at most.
    private static ulong[] Scratch(int length) => length <= 64 ? (scratch ??= new ulong[2 * 65]) : new ulong[2 * (length + 1)];

    private readonly struct BucketCounter(int[] starts) : IDeletionVisitor
    {
        public void Visit(ulong hash) => starts[Bucket(hash, starts)]++;
    }

    private readonly struct BucketFiller(int[] starts, uint[] hashes, int[] owners, int id) : IDeletionVisitor
    {
        public void Visit(ulong hash)
        {
            var at = --starts[Bucket(hash, starts)];
            hashes[at] = Tag(hash);
            owners[at] = id;
        }
    }

    private readonly struct Probe(SymmetricDeleteIndex index, int[] starts, string query, Func<int, int, int> threshold, List<(int Id, int Distance)> results)
        : IDeletionVisitor
    {
        private readonly HashSet<int> seen = [];

        public void Visit(ulong hash)
        {
            var bucket = Bucket(hash, starts);
            var tag = Tag(hash);
            for (var at = starts[bucket]; at < starts[bucket + 1]; at++)
            {
                if (index.hashes[at] != tag || !seen.Add(index.owners[at]))
                {
                    continue;
                }

                var key = index.keys[index.owners[at]];
                var max = threshold(query.Length, key.Length);
                var distance = EditDistance.Bounded(query, key, max);
                if (distance <= max)
                {
                    results.Add((index.owners[at], distance));
                }
            }
        }
    }
}
