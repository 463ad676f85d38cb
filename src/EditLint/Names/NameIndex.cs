using System.Collections.Concurrent;
using System.Runtime.InteropServices;

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

    /// <summary>The form as <see cref="NameNormalizer.Surface"/> gives it, worked out on first use.</summary>
    public string Surface => surface ??= NameNormalizer.Surface(Form.Text);

    private string? surface;

    /// <summary>The spelling EL1001 offers as the fix: this form, or the canonical name for a rejected form.</summary>
    public string FixText => Form.Kind == NameFormKind.Rejected ? Person.Name : Form.Text;

    // Chains through forms with the same key and with the same last token: no list per key.
    internal IndexedForm? NextSameKey { get; set; }

    internal IndexedForm? NextSameLastToken { get; set; }
}

/// <summary>
/// The people of every configured name list, indexed for exact look-ups by key and for near
/// misses by the last token (a symmetric-delete index plus a transliteration key), so a mention
/// costs a few hash look-ups whatever the size of the list.
/// </summary>
public sealed class NameIndex
{
    private readonly Dictionary<string, IndexedForm> byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IndexedForm>.AlternateLookup<ReadOnlySpan<char>> byKeySpan;
    private readonly HashSet<string> tokenKeys = new(StringComparer.Ordinal);
    private readonly SymmetricDeleteIndex lastTokens = new();
    private readonly Dictionary<string, int> transliterationHeads = new(StringComparer.Ordinal);
    private readonly List<int> transliterationNext = [];
    private readonly List<IndexedForm> forms = [];

    // By last-token id: the latest form with that last token (the rest chain on); null for the last token of a
    // spelling that was dropped as claimed by two people.
    private IndexedForm?[] lastTokenHeads = [];

    // Capitalised words repeat across a run ("Congress", "America"): their near misses are looked up once.
    // Bounded, so memory stays flat over an archive; past the bound a look-up is simply not remembered.
    private const int NearMissMemoLimit = 100_000;
    private readonly ConcurrentDictionary<string, (int Id, int Distance)[]> nearMissMemo = new(StringComparer.Ordinal);

    private NameIndex(IReadOnlyList<PersonEntry> people)
    {
        People = people;
        byKeySpan = byKey.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>An index with nobody in it.</summary>
    public static NameIndex Empty { get; } = new([]);

    public IReadOnlyList<PersonEntry> People { get; }

    public IReadOnlyList<IndexedForm> Forms => forms;

    /// <summary>Completes when the near-miss look-up is built (on another thread; a look-up made before waits for it).</summary>
    public Task NearMissesReady { get; private set; } = Task.CompletedTask;

    /// <summary>
    /// Builds the index from loaded lists. A spelling claimed by two different people (an alias of
    /// one that is another's alias or name) is an error at the second claim, which is dropped.
    /// </summary>
    public static NameIndex Build(IEnumerable<PersonEntry> people, List<NameListError> errors)
    {
        var list = people as IReadOnlyList<PersonEntry> ?? people.ToList();
        var index = new NameIndex(list);
        // Sized once: growing them form by form showed in the time to load a large list.
        int formCount = list.Sum(person => person.Forms.Count);
        index.byKey.EnsureCapacity(formCount);
        index.tokenKeys.EnsureCapacity(formCount * 2);
        index.forms.Capacity = formCount;
        index.lastTokens.EnsureCapacity(formCount);
        index.transliterationNext.Capacity = formCount;
        index.transliterationHeads.EnsureCapacity(formCount);

        var formKeys = FormKeys(list, formCount);

        // The near-miss look-up needs only the last words, so they are registered first, and it is built on another
        // thread while the rest of the index is.
        var lastTokenIds = new int[formCount];
        for (var f = 0; f < formCount; f++)
        {
            var tokens = formKeys[f].Tokens;
            lastTokenIds[f] = tokens.Length > 0 ? index.AddLastToken(tokens[^1]) : -1;
        }

        index.lastTokenHeads = new IndexedForm?[index.lastTokens.Count];
        index.NearMissesReady = index.lastTokens.FreezeInBackground();

        var formIndex = 0;
        for (var p = 0; p < list.Count; p++)
        {
            var person = list[p];
            foreach (var form in person.Forms)
            {
                var lastToken = lastTokenIds[formIndex];
                var (key, tokens) = formKeys[formIndex++];
                if (key.Length == 0)
                {
                    continue;
                }

                ref var head = ref CollectionsMarshal.GetValueRefOrAddDefault(index.byKey, key, out var exists);
                if (exists && head!.PersonIndex != p)
                {
                    var claim = head;
                    var bothCanonical = form.Kind == NameFormKind.Canonical && claim.Form.Kind == NameFormKind.Canonical;
                    if (!bothCanonical)
                    {
                        // Two people who share a name are allowed; one alias for two people is not.
                        var other = claim.Person;
                        errors.Add(new NameListError(
                            person.ListPath,
                            form.Line,
                            form.Column,
                            $"'{form.Text}' is claimed by two people: '{other.Name}' ({other.ListPath}({other.Line},{other.Column})) and '{person.Name}'"));
                        continue;
                    }
                }

                if (tokens.Length == 0)
                {
                    continue;
                }

                var indexed = new IndexedForm(index.forms.Count, person, p, form, key, tokens);
                index.forms.Add(indexed);

                // Keep the first claim at the head so that later claims are checked against it.
                if (exists)
                {
                    var last = head!;
                    while (last.NextSameKey is not null)
                    {
                        last = last.NextSameKey;
                    }

                    last.NextSameKey = indexed;
                }
                else
                {
                    head = indexed;
                }

                foreach (var token in indexed.TokenKeys)
                {
                    index.tokenKeys.Add(token);
                }

                indexed.NextSameLastToken = index.lastTokenHeads[lastToken];
                index.lastTokenHeads[lastToken] = indexed;
            }
        }

        return index;
    }

    /// <summary>
    /// The key and token keys of every form, in order, worked out on every core: they are most of what the index
    /// allocates, and a load's time is mostly the first touch of new memory.
    /// </summary>
    private static (string Key, string[] Tokens)[] FormKeys(IReadOnlyList<PersonEntry> people, int formCount)
    {
        var firstForm = new int[people.Count];
        for (var p = 1; p < people.Count; p++)
        {
            firstForm[p] = firstForm[p - 1] + people[p - 1].Forms.Count;
        }

        var keys = new (string Key, string[] Tokens)[formCount];
        Parallel.For(
            0,
            people.Count,
            () => new List<string>(4),
            (p, _, tokens) =>
            {
                var f = firstForm[p];
                foreach (var form in people[p].Forms)
                {
                    tokens.Clear();
                    SplitTokens(form.Text, tokens);

                    // A key folds letter by letter and drops white space, so the words' keys joined are the whole key.
                    keys[f++] = (tokens.Count == 1 ? tokens[0] : string.Concat(tokens), [.. tokens]);
                }

                return tokens;
            },
            _ => { });
        return keys;
    }

    // Registers a last token (once, with its transliteration key) and returns its id.
    private int AddLastToken(string token)
    {
        var id = lastTokens.Add(token);
        if (id < transliterationNext.Count)
        {
            return id;
        }

        transliterationNext.Add(-1);
        if (token.Length >= 4)
        {
            ref var head = ref CollectionsMarshal.GetValueRefOrAddDefault(transliterationHeads, Transliteration.Key(token), out var exists);
            transliterationNext[id] = exists ? head : -1;
            head = id;
        }

        return id;
    }

    private static void SplitTokens(string text, List<string> tokens)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var space = i == text.Length || char.IsWhiteSpace(text[i]);
            if (!space && start < 0)
            {
                start = i;
            }
            else if (space && start >= 0)
            {
                var key = NameNormalizer.Key(text.AsSpan(start, i - start));
                if (key.Length > 0)
                {
                    tokens.Add(key);
                }

                start = -1;
            }
        }
    }

    /// <summary>The forms whose key is exactly <paramref name="key"/>.</summary>
    public IReadOnlyList<IndexedForm> Exact(string key)
    {
        var result = new List<IndexedForm>(1);
        for (var form = FirstWithKey(key); form is not null; form = form.NextSameKey)
        {
            result.Add(form);
        }

        return result;
    }

    /// <summary>
    /// The first form whose key is exactly <paramref name="key"/> (the rest follow through
    /// <see cref="IndexedForm.NextSameKey"/>), or null: a look-up without a string for the key.
    /// </summary>
    internal IndexedForm? FirstWithKey(ReadOnlySpan<char> key) => byKeySpan.TryGetValue(key, out var found) ? found : null;

    /// <summary>True when some listed spelling has this token ("rush" for Rush Limbaugh).</summary>
    public bool HasToken(string tokenKey) => tokenKeys.Contains(tokenKey);

    /// <summary>
    /// Forms whose last token is within the near-miss threshold of <paramref name="tokenKey"/>,
    /// or a transliteration variant of it.
    /// </summary>
    public void NearLastToken(string tokenKey, List<(IndexedForm Form, int Distance)> results)
    {
        if (!nearMissMemo.TryGetValue(tokenKey, out var hits))
        {
            hits = NearLastTokenIds(tokenKey);
            if (nearMissMemo.Count < NearMissMemoLimit)
            {
                nearMissMemo.TryAdd(tokenKey, hits);
            }
        }

        foreach (var (id, distance) in hits)
        {
            for (var form = lastTokenHeads[id]; form is not null; form = form.NextSameLastToken)
            {
                results.Add((form, distance));
            }
        }
    }

    private (int Id, int Distance)[] NearLastTokenIds(string tokenKey)
    {
        var hits = new List<(int Id, int Distance)>();
        lastTokens.Search(tokenKey, static (a, b) => EditDistance.Threshold(Math.Max(a, b)), hits);
        if (tokenKey.Length >= 4 && transliterationHeads.TryGetValue(Transliteration.Key(tokenKey), out var sameSound))
        {
            for (var id = sameSound; id >= 0; id = transliterationNext[id])
            {
                if (!hits.Exists(h => h.Id == id))
                {
                    hits.Add((id, EditDistance.Bounded(tokenKey, lastTokens[id], 4)));
                }
            }
        }

        return [.. hits];
    }
}
