using EditLint.Text;

namespace EditLint.Names;

/// <summary>An unlisted mention collected for EL1002.</summary>
/// <remarks><see cref="Given"/> and <see cref="GivenKey"/> are the first word of a full name ("Sergei" in "Sergei Ivanov").</remarks>
public sealed record UnlistedMention(TextSpan Span, string Surname, string SurnameKey, bool DefinesSurname, int Order, int SurnameStart = -1)
{
    public string? Given { get; init; }

    public string? GivenKey { get; init; }
}

/// <summary>
/// A minority spelling and the majority spelling it should follow: of the surname, or, when
/// <see cref="GivenName"/>, of the given name of one person ("Sergey Ivanov" beside "Sergei Ivanov").
/// </summary>
public sealed record Inconsistency(UnlistedMention Minority, UnlistedMention Majority, bool GivenName = false);

/// <summary>
/// Clusters the unlisted names of one document by surname: spellings with the same key or within
/// a small edit distance are one person. The spelling used most often wins (on a tie, the one
/// used first); every other spelling is reported. Within a group, full names whose given names are
/// two romanisations of one name ("Sergei" and "Sergey": the same <see cref="Transliteration"/> key)
/// are one person too, and the minority given name is reported.
/// </summary>
public static class NameConsistency
{
    public static List<Inconsistency> Find(IReadOnlyList<UnlistedMention> mentions)
    {
        var results = new List<Inconsistency>();

        // Surnames that stand for a person: the last word of a full name, or a word after a title.
        var defined = new Dictionary<string, string>(StringComparer.Ordinal); // surface -> key
        foreach (var mention in mentions)
        {
            if (mention.DefinesSurname)
            {
                defined.TryAdd(mention.Surname, mention.SurnameKey);
            }
        }

        if (defined.Count == 0)
        {
            return results;
        }

        var surnames = defined.Keys.ToList();

        // Near surnames are found through a symmetric-delete index over this document's surnames,
        // not by comparing every pair: linear in the number of names.
        var index = new SymmetricDeleteIndex();
        var byKey = new List<List<int>>();
        for (var s = 0; s < surnames.Count; s++)
        {
            var id = index.Add(defined[surnames[s]]);
            if (id == byKey.Count)
            {
                byKey.Add([]);
            }

            byKey[id].Add(s);
        }

        index.Freeze();
        var parent = Enumerable.Range(0, surnames.Count).ToArray();
        var hits = new List<(int Id, int Distance)>();
        for (var a = 0; a < surnames.Count; a++)
        {
            hits.Clear();
            index.Search(defined[surnames[a]], static (x, y) => EditDistance.ClusterThreshold(Math.Max(x, y)), hits);
            foreach (var (id, _) in hits)
            {
                foreach (var b in byKey[id])
                {
                    if (b != a && SamePerson(surnames[a], defined[surnames[a]], surnames[b], defined[surnames[b]]))
                    {
                        parent[Find(parent, a)] = Find(parent, b);
                    }
                }
            }
        }

        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var s = 0; s < surnames.Count; s++)
        {
            positions[surnames[s]] = s;
        }

        // Every mention (a surname alone too: "the Holets family") joins the cluster of a defined surname. A surname
        // used again is sought once: a document names the same few people over and over.
        var members = new Dictionary<int, List<UnlistedMention>>();
        var sought = new Dictionary<(string Surname, string Key), int>();
        foreach (var mention in mentions)
        {
            if (!positions.TryGetValue(mention.Surname, out var at) && !sought.TryGetValue((mention.Surname, mention.SurnameKey), out at))
            {
                at = -1;
                hits.Clear();
                index.Search(mention.SurnameKey, static (x, y) => EditDistance.ClusterThreshold(Math.Max(x, y)), hits);
                foreach (var (id, _) in hits.OrderBy(h => h.Id))
                {
                    foreach (var s in byKey[id])
                    {
                        if (at < 0 && SamePerson(mention.Surname, mention.SurnameKey, surnames[s], defined[surnames[s]]))
                        {
                            at = s;
                        }
                    }
                }

                sought.Add((mention.Surname, mention.SurnameKey), at);
            }

            if (at < 0)
            {
                continue;
            }

            var root = Find(parent, at);
            if (!members.TryGetValue(root, out var list))
            {
                members[root] = list = [];
            }

            list.Add(mention);
        }

        foreach (var cluster in members.Values)
        {
            var spellings = cluster.GroupBy(m => m.Surname, StringComparer.Ordinal)
                .Select(g => (Surname: g.Key, Count: g.Count(), First: g.Min(m => m.Order)))
                .OrderByDescending(g => g.Count).ThenBy(g => g.First)
                .ToList();
            if (spellings.Count < 2)
            {
                continue;
            }

            var majority = spellings[0].Surname;
            var anchor = cluster.Where(m => m.Surname == majority).MinBy(m => m.Order)!;
            // A cluster also joins through a spelling in between ("America-a" is one edit from "America" and from
            // "Americans"), and "Americans" is no way to spell "America": a form the rule knows for another word than the
            // majority's is left alone. A spelling two steps away is still one ("Qaddafi" through "Gaddafi" to "Gadhafi").
            // A full name whose given name none of the majority's full names has is another person ("Karl Williamson"
            // beside "Chris Williams"), as different given names with one surname are.
            var majorityGiven = cluster.Where(m => m.Surname == majority && m.GivenKey is not null).Select(m => Transliteration.Key(m.GivenKey!)).ToHashSet(StringComparer.Ordinal);
            foreach (var mention in cluster.Where(m => m.Surname != majority && !AreDistinctForms(m.SurnameKey, anchor.SurnameKey)
                && (m.GivenKey is null || majorityGiven.Count == 0 || majorityGiven.Contains(Transliteration.Key(m.GivenKey)))).OrderBy(m => m.Order))
            {
                results.Add(new Inconsistency(mention, anchor));
            }
        }

        foreach (var cluster in members.Values)
        {
            FindGivenNames(cluster, results);
        }

        results.Sort((x, y) => x.Minority.Order.CompareTo(y.Minority.Order));
        return results;
    }

    // "Sergei Ivanov" twice, "Sergey Ivanov" once: the given names romanise one name. Different given names
    // ("Amy" and "Townsend" Williams, "John" and "Joan" Smith) are different people and are left alone.
    private static void FindGivenNames(List<UnlistedMention> cluster, List<Inconsistency> results)
    {
        var reported = results.Select(r => r.Minority).ToHashSet();
        var byTransliteration = cluster
            .Where(m => m.Given is not null && m.GivenKey is { Length: >= 4 } && !reported.Contains(m))
            .GroupBy(m => Transliteration.Key(m.GivenKey!), StringComparer.Ordinal);
        foreach (var group in byTransliteration)
        {
            var spellings = group.GroupBy(m => m.Given!, StringComparer.Ordinal)
                .Select(g => (Given: g.Key, Count: g.Count(), First: g.Min(m => m.Order)))
                .OrderByDescending(g => g.Count).ThenBy(g => g.First)
                .ToList();
            if (spellings.Count < 2)
            {
                continue;
            }

            var anchor = group.Where(m => m.Given == spellings[0].Given).MinBy(m => m.Order)!;
            foreach (var mention in group.Where(m => m.Given != anchor.Given && m.GivenKey != anchor.GivenKey))
            {
                results.Add(new Inconsistency(mention, anchor, GivenName: true));
            }
        }
    }

    private static bool SamePerson(string a, string aKey, string b, string bKey)
    {
        if (a == b)
        {
            return true;
        }

        if (aKey == bKey)
        {
            return true; // "Myung-Bak" and "Myung-bak".
        }

        if (AreDistinctForms(aKey, bKey))
        {
            return false;
        }

        var max = EditDistance.ClusterThreshold(Math.Max(aKey.Length, bKey.Length));
        return EditDistance.Bounded(aKey, bKey, max) <= max;
    }

    // A word with a digit is a version or a code, not a name: "IPv4" is no way to spell "IPv6".
    private static bool AreDistinctForms(string aKey, string bKey) =>
        Math.Min(aKey.Length, bKey.Length) < 4 || IsDerivedPair(aKey, bKey) || IsDerivedPair(bKey, aKey) || AreSiblingForms(aKey, bKey)
        || aKey.AsSpan().ContainsAnyInRange('0', '9') || bKey.AsSpan().ContainsAnyInRange('0', '9');

    // "Korea" and "Korean" or "Koreans", "America" and "Americans" (a place and its people), "Korea" and "the two
    // Koreas" (a plural) are not two spellings of one name.
    private static bool IsDerivedPair(string shorter, string longer)
    {
        if (!longer.StartsWith(shorter, StringComparison.Ordinal))
        {
            return false;
        }

        // "Indian" and "Indiana": a people and a place named from it.
        var ending = longer.AsSpan(shorter.Length);
        return ending is "s" || (shorter.EndsWith('a') && ending is "n" or "ns") || (shorter.EndsWith('n') && ending is "a");
    }

    // "Koreas" and "Korean", "Indians" and "Indiana": two derived forms of one stem.
    private static bool AreSiblingForms(string a, string b) =>
        a.Length == b.Length && a.Length > 4 && a.AsSpan(0, a.Length - 1).SequenceEqual(b.AsSpan(0, b.Length - 1)) &&
        a[^1] is 's' or 'n' or 'a' && b[^1] is 's' or 'n' or 'a';

    private static int Find(int[] parent, int i)
    {
        while (parent[i] != i)
        {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }

        return i;
    }
}
