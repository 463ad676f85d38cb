using System.Runtime.InteropServices;

namespace EditLint.Names;

/// <summary>
/// Finds the keys within a small edit distance of a query without scanning the keys: every key
/// is stored under the hashes of the strings made by deleting up to <see cref="EditDistance.Threshold"/>
/// of its letters, and a query looks up its own deletions (the symmetric-delete method of
/// SymSpell). The hashes are kept in flat arrays; an open-addressing table holds each distinct
/// hash once, and the entries that share it are chained (short deletions such as "smth" are shared
/// by many keys, and storing each in the table made long probe runs). Candidates are checked with the real Damerau–Levenshtein
/// distance, so hash collisions cost time, never correctness.
/// </summary>
public sealed class SymmetricDeleteIndex
{
    private readonly List<string> keys = [];
    private readonly Dictionary<string, int> ids = new(StringComparer.Ordinal);
    private ulong[] hashes = [];
    private int[] owners = [];
    private int[] next = [];
    private int count;
    private int hashedKeys;
    private int[]? table;

    [ThreadStatic]
    private static ulong[]? scratch;

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
        table = null;
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
    /// Hashes the deletions of the keys added since the last call and builds the look-up table; called once
    /// after the last <see cref="Add"/> (and by the first search). The arrays are sized once, for all the keys:
    /// growing them by doubling while a 100,000-name list loaded set off a full collection each time.
    /// </summary>
    public void Freeze()
    {
        if (table is not null)
        {
            return;
        }

        var needed = count;
        for (var id = hashedKeys; id < keys.Count; id++)
        {
            needed += EntriesFor(keys[id].Length);
        }

        if (needed > hashes.Length)
        {
            Array.Resize(ref hashes, needed);
            Array.Resize(ref owners, needed);
        }

        for (; hashedKeys < keys.Count; hashedKeys++)
        {
            StoreDeletions(keys[hashedKeys], hashedKeys);
        }

        var capacity = 16;
        while (capacity < count * 2)
        {
            capacity <<= 1;
        }

        var built = new int[capacity];
        Array.Fill(built, -1);
        var chained = new int[count];
        var mask = capacity - 1;
        for (var entry = 0; entry < count; entry++)
        {
            var slot = (int)(Mix(hashes[entry]) & (uint)mask);
            while (built[slot] >= 0 && hashes[built[slot]] != hashes[entry])
            {
                slot = (slot + 1) & mask;
            }

            chained[entry] = built[slot];
            built[slot] = entry;
        }

        next = chained;
        Volatile.Write(ref table, built);
    }

    private void StoreDeletions(string key, int id)
    {
        var depth = EditDistance.Threshold(key.Length);
        var deletions = new DeletionHashes(key, Scratch(key.Length));
        Store(deletions.Whole, id);
        if (depth >= 1)
        {
            for (var i = 0; i < key.Length; i++)
            {
                Store(deletions.Without(i), id);
                if (depth >= 2)
                {
                    for (var j = i + 1; j < key.Length; j++)
                    {
                        Store(deletions.Without(i, j), id);
                    }
                }
            }
        }
    }

    /// <summary>
    /// Adds to <paramref name="results"/> the ids of keys within the threshold (given the two
    /// lengths) of <paramref name="query"/>, with their distances.
    /// </summary>
    public void Search(string query, Func<int, int, int> threshold, List<(int Id, int Distance)> results)
    {
        var slots = Volatile.Read(ref table);
        if (slots is null)
        {
            lock (keys)
            {
                Freeze();
            }

            slots = table!;
        }

        var mask = slots.Length - 1;

        var seen = new HashSet<int>();

        var depth = QueryDepth(query.Length, threshold);
        var deletions = new DeletionHashes(query, Scratch(query.Length));
        Probe(deletions.Whole);
        if (depth >= 1)
        {
            for (var i = 0; i < query.Length; i++)
            {
                Probe(deletions.Without(i));
                if (depth >= 2)
                {
                    for (var j = i + 1; j < query.Length; j++)
                    {
                        Probe(deletions.Without(i, j));
                    }
                }
            }
        }

        void Probe(ulong hash)
        {
            var slot = (int)(Mix(hash) & (uint)mask);
            while (slots[slot] >= 0 && hashes[slots[slot]] != hash)
            {
                slot = (slot + 1) & mask;
            }

            for (var at = slots[slot]; at >= 0; at = next[at])
            {
                var id = owners[at];
                if (!seen.Add(id))
                {
                    continue;
                }

                var key = keys[id];
                var max = threshold(query.Length, key.Length);
                var distance = EditDistance.Bounded(query, key, max);
                if (distance <= max)
                {
                    results.Add((id, distance));
                }
            }
        }
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

    private static ulong Mix(ulong hash) => (hash ^ (hash >> 29)) * 0xBF58476D1CE4E5B9UL >> 32;

    // Freeze has made room for every entry.
    private void Store(ulong hash, int id)
    {
        hashes[count] = hash;
        owners[count] = id;
        count++;
    }

    // Room for a key's prefix hashes and powers; keys are names, a few dozen letters at most.
    private static ulong[] Scratch(int length) => length <= 64 ? (scratch ??= new ulong[2 * 65]) : new ulong[2 * (length + 1)];
}
