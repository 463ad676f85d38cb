namespace EditLint.Names;

/// <summary>
/// One person listed twice (the same name, letter for letter once folded as the index folds it) becomes one
/// entry: its spellings and roles are joined, the first entry's name and source kept. Left as two entries, every
/// near miss of the name was equally near two "people", so EL1001 and EL1002 made no guess and said nothing;
/// a list cannot tell two people of one name apart in the text anyway.
/// </summary>
public static class SameNameMerger
{
    /// <summary>A merge that was made: the entry kept and the one folded into it.</summary>
    public sealed record MergedEntry(PersonEntry Kept, PersonEntry Folded)
    {
        /// <summary>"'Olaf Scholz' is listed twice, at names.json(2,5) and names.json(9,5); …", for messages.</summary>
        public string Describe() =>
            $"'{Folded.Name}' is listed twice, at {Kept.ListPath}({Kept.Line},{Kept.Column}) and {Folded.ListPath}({Folded.Line},{Folded.Column}); the two entries were merged into one";
    }

    /// <summary>The people with every repeated name merged into its first entry, in first-entry order.</summary>
    public static IReadOnlyList<PersonEntry> Merge(IReadOnlyList<PersonEntry> people, List<MergedEntry> merges)
    {
        var firstByKey = new Dictionary<string, int>(people.Count, StringComparer.Ordinal);
        var groups = new List<List<PersonEntry>>(people.Count);
        foreach (var person in people)
        {
            string key = NameNormalizer.Key(person.Name);
            if (key.Length > 0 && firstByKey.TryGetValue(key, out int group))
            {
                merges.Add(new MergedEntry(groups[group][0], person));
                groups[group].Add(person);
                continue;
            }

            if (key.Length > 0)
            {
                firstByKey[key] = groups.Count;
            }

            groups.Add([person]);
        }

        return groups.Count == people.Count ? people : [.. groups.Select(Join)];
    }

    private static PersonEntry Join(List<PersonEntry> entries)
    {
        if (entries.Count == 1)
        {
            return entries[0];
        }

        var first = entries[0];
        var forms = entries.SelectMany(e => e.Forms)
            .Where((f, i) => i == 0 || f.Kind != NameFormKind.Canonical)
            .DistinctBy(f => (NameNormalizer.Key(f.Text), f.Kind))
            .ToList();
        var roles = entries.SelectMany(e => e.Roles).Distinct().ToList();
        return new PersonEntry(first.Name, forms, roles, first.Source ?? entries.Select(e => e.Source).FirstOrDefault(s => s is not null), first.ListPath, first.Line, first.Column);
    }
}
