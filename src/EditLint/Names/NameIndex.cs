using System.Text;

namespace EditLint.Names;

/// <summary>One listed spelling, ready for matching.</summary>
public sealed class IndexedForm(int id, PersonEntry person, int personIndex, NameForm form, string key, string[] tokenKeys)
{
    public int Id { get; } = id;

    public PersonEntry Person { get; } = person;

    /// <summary>The person's position in <see cref="NameIndex.People"/>; equal indexes are the same person.</summary>
    public int PersonIndex { get; } = personIndex;

    public NameForm Form { get; } = form;

    /// <summary>The whole form's key ("masahikokomura").</summary>
    public string Key { get; } = key;

    /// <summary>The key of each space-separated token ("masahiko", "komura").</summary>
    public string[] TokenKeys { get; } = tokenKeys;

    /// <summary>The spelling EL1001 offers as the fix: this form, or the canonical name for a rejected form.</summary>
    public string FixText => Form.Kind == NameFormKind.Rejected ? Person.Name : Form.Text;
}

/// <summary>
/// The people of every configured name list, indexed for exact look-ups by key and for near
/// misses by the last token (a symmetric-delete index), so a mention costs a few hash look-ups
/// whatever the size of the list.
/// </summary>
public sealed class NameIndex
{
    private readonly Dictionary<string, List<IndexedForm>> byKey = new(StringComparer.Ordinal);
    private readonly HashSet<string> tokenKeys = new(StringComparer.Ordinal);
    private readonly SymmetricDeleteIndex lastTokens = new();
    private readonly List<List<IndexedForm>> formsByLastToken = [];
    private readonly List<IndexedForm> forms = [];
    private readonly Dictionary<string, List<int>> lastTokensByTransliteration = new(StringComparer.Ordinal);

    private NameIndex(IReadOnlyList<PersonEntry> people) => People = people;

    /// <summary>An index with nobody in it.</summary>
    public static NameIndex Empty { get; } = new([]);

    public IReadOnlyList<PersonEntry> People { get; }

    public IReadOnlyList<IndexedForm> Forms => forms;

    /// <summary>
    /// Builds the index from loaded lists. A spelling claimed by two different people (an alias of
    /// one that is another's alias or name) is an error at the second claim, which is dropped.
    /// </summary>
    public static NameIndex Build(IEnumerable<PersonEntry> people, List<NameListError> errors)
    {
        var list = people.ToList();
        var index = new NameIndex(list);
        var owner = new Dictionary<string, (int Person, NameForm Form)>(StringComparer.Ordinal);
        for (var p = 0; p < list.Count; p++)
        {
            var person = list[p];
            foreach (var form in person.Forms)
            {
                var key = NameNormalizer.Key(form.Text);
                if (key.Length == 0)
                {
                    continue;
                }

                if (owner.TryGetValue(key, out var claim) && claim.Person != p)
                {
                    var other = list[claim.Person];
                    var bothCanonical = form.Kind == NameFormKind.Canonical && claim.Form.Kind == NameFormKind.Canonical;
                    if (!bothCanonical)
                    {
                        // Two people who share a name are allowed; one alias for two people is not.
                        errors.Add(new NameListError(
                            person.ListPath,
                            form.Line,
                            form.Column,
                            $"'{form.Text}' is claimed by two people: '{other.Name}' ({other.ListPath}({other.Line},{other.Column})) and '{person.Name}'"));
                        continue;
                    }
                }
                else if (!owner.ContainsKey(key))
                {
                    owner[key] = (p, form);
                }

                var tokens = form.Text.Split([' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries)
                    .Select(t => NameNormalizer.Key(t))
                    .Where(t => t.Length > 0)
                    .ToArray();
                if (tokens.Length == 0)
                {
                    continue;
                }

                var indexed = new IndexedForm(index.forms.Count, person, p, form, key, tokens);
                index.forms.Add(indexed);
                if (!index.byKey.TryGetValue(key, out var sameKey))
                {
                    index.byKey[key] = sameKey = [];
                }

                sameKey.Add(indexed);
                foreach (var token in tokens)
                {
                    index.tokenKeys.Add(token);
                }

                var last = index.lastTokens.Add(tokens[^1]);
                if (last == index.formsByLastToken.Count)
                {
                    index.formsByLastToken.Add([]);
                    if (tokens[^1].Length >= 4)
                    {
                        var transliterated = Transliteration.Key(tokens[^1]);
                        if (!index.lastTokensByTransliteration.TryGetValue(transliterated, out var sameSound))
                        {
                            index.lastTokensByTransliteration[transliterated] = sameSound = [];
                        }

                        sameSound.Add(last);
                    }
                }

                index.formsByLastToken[last].Add(indexed);
            }
        }

        index.lastTokens.Freeze();
        return index;
    }

    /// <summary>The forms whose key is exactly <paramref name="key"/>.</summary>
    public IReadOnlyList<IndexedForm> Exact(string key) =>
        byKey.TryGetValue(key, out var found) ? found : [];

    /// <summary>True when some listed spelling has this token ("rush" for Rush Limbaugh).</summary>
    public bool HasToken(string tokenKey) => tokenKeys.Contains(tokenKey);

    /// <summary>
    /// Forms whose last token is within the near-miss threshold of <paramref name="tokenKey"/>,
    /// or a transliteration variant of it.
    /// </summary>
    public void NearLastToken(string tokenKey, List<(IndexedForm Form, int Distance)> results)
    {
        var hits = new List<(int Id, int Distance)>();
        lastTokens.Search(tokenKey, static (a, b) => EditDistance.Threshold(Math.Max(a, b)), hits);
        if (tokenKey.Length >= 4 && lastTokensByTransliteration.TryGetValue(Transliteration.Key(tokenKey), out var sameSound))
        {
            foreach (var id in sameSound)
            {
                if (!hits.Exists(h => h.Id == id))
                {
                    hits.Add((id, EditDistance.Bounded(tokenKey, lastTokens[id], 4)));
                }
            }
        }

        foreach (var (id, distance) in hits)
        {
            foreach (var form in formsByLastToken[id])
            {
                results.Add((form, distance));
            }
        }
    }
}
