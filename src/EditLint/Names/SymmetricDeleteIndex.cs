namespace EditLint.Names;

/// <summary>
/// Finds the keys within a small edit distance of a query without scanning the keys: every key
/// is stored under the hashes of the strings made by deleting up to two of its letters, and a
/// query looks up its own deletions (the symmetric-delete method of SymSpell). Candidates are
/// then checked with the real Damerau–Levenshtein distance, so hash collisions cost time, never
/// correctness.
/// </summary>
public sealed class SymmetricDeleteIndex
{
    private readonly List<string> keys = [];
    private readonly Dictionary<string, int> ids = new(StringComparer.Ordinal);
    private readonly Dictionary<ulong, int> heads = [];
    private int[] next = new int[1024];
    private int[] keyOfEntry = new int[1024];
    private int entries;

    /// <summary>The number of distinct keys.</summary>
    public int Count => keys.Count;

    /// <summary>The key with this id.</summary>
    public string this[int id] => keys[id];

    /// <summary>Adds a key (idempotent) and returns its id.</summary>
    public int Add(string key)
    {
        if (ids.TryGetValue(key, out var existing))
        {
            return existing;
        }

        var id = keys.Count;
        keys.Add(key);
        ids.Add(key, id);
        var depth = Depth(key.Length);
        Store(Hash(key, -1, -1), id);
        if (depth >= 1)
        {
            for (var i = 0; i < key.Length; i++)
            {
                Store(Hash(key, i, -1), id);
                if (depth >= 2)
                {
                    for (var j = i + 1; j < key.Length; j++)
                    {
                        Store(Hash(key, i, j), id);
                    }
                }
            }
        }

        return id;
    }

    /// <summary>The id of <paramref name="key"/>, or -1.</summary>
    public int Find(string key) => ids.TryGetValue(key, out var id) ? id : -1;

    /// <summary>
    /// Adds to <paramref name="results"/> the ids of keys within <paramref name="threshold"/>
    /// edits of <paramref name="query"/> (the threshold given the two lengths), with their
    /// distances.
    /// </summary>
    public void Search(string query, Func<int, int, int> threshold, List<(int Id, int Distance)> results)
    {
        var seen = new HashSet<int>();
        var depth = Depth(query.Length);
        Probe(Hash(query, -1, -1));
        if (depth >= 1)
        {
            for (var i = 0; i < query.Length; i++)
            {
                Probe(Hash(query, i, -1));
                if (depth >= 2)
                {
                    for (var j = i + 1; j < query.Length; j++)
                    {
                        Probe(Hash(query, i, j));
                    }
                }
            }
        }

        void Probe(ulong hash)
        {
            if (!heads.TryGetValue(hash, out var entry))
            {
                return;
            }

            for (; entry >= 0; entry = next[entry])
            {
                var id = keyOfEntry[entry];
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

    // Two deletions cover two edits; very short keys get fewer so that "Xi" does not match "Li".
    private static int Depth(int length) => length switch
    {
        <= 1 => 0,
        <= 3 => 1,
        _ => 2,
    };

    private void Store(ulong hash, int id)
    {
        if (entries == next.Length)
        {
            Array.Resize(ref next, entries * 2);
            Array.Resize(ref keyOfEntry, entries * 2);
        }

        keyOfEntry[entries] = id;
        next[entries] = heads.TryGetValue(hash, out var head) ? head : -1;
        heads[hash] = entries;
        entries++;
    }

    // FNV-1a over the key without the letters at positions skip1 and skip2.
    private static ulong Hash(string key, int skip1, int skip2)
    {
        var hash = 14695981039346656037UL;
        for (var i = 0; i < key.Length; i++)
        {
            if (i == skip1 || i == skip2)
            {
                continue;
            }

            hash ^= key[i];
            hash *= 1099511628211UL;
        }

        hash ^= (ulong)(key.Length - (skip1 >= 0 ? 1 : 0) - (skip2 >= 0 ? 1 : 0));
        return hash * 1099511628211UL;
    }
}
