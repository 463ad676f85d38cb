using EditLint.Text;

namespace EditLint.Names;

/// <summary>How a mention relates to the name list.</summary>
public enum NameMatchKind
{
    /// <summary>Not a listed person: EL1002's business.</summary>
    Unlisted,

    /// <summary>Exactly a listed spelling.</summary>
    Exact,

    /// <summary>The same key as a listed spelling, but another capitalisation, hyphenation or diacritic.</summary>
    SurfaceMismatch,

    /// <summary>A near miss of a listed spelling (a dropped, doubled, swapped or wrong letter).</summary>
    NearMiss,

    /// <summary>A form the list rejects.</summary>
    Rejected,
}

/// <summary>The outcome of matching one mention (or part of it) against the list.</summary>
public sealed record NameMatch(NameMatchKind Kind, TextSpan Span, IndexedForm? Form, string? Replacement)
{
    public bool IsListed => Kind != NameMatchKind.Unlisted;

    public bool IsFinding => Kind is NameMatchKind.SurfaceMismatch or NameMatchKind.NearMiss or NameMatchKind.Rejected;
}

/// <summary>
/// Matches mentions against a <see cref="NameIndex"/>. Exact keys first (the same key in another
/// surface form is a mismatch), then near misses token by token with a threshold that grows with
/// the token's length. A surname alone is compared with near spellings only after a title
/// ("Senator Barasso") or when that person was already named in the document ("Komura" after
/// "Masahiko Komura"); two listed people equally near make no guess.
/// </summary>
public static class NameMatcher
{
    /// <summary>The most words a listed name is looked for in ("Abu Bakr al-Baghdadi", "Martin Luther King Jr.").</summary>
    private const int MaxNameWords = 6;

    private const int KeyBuffer = 128;

    public static NameMatch Match(NameMention mention, string text, NameIndex index, ISet<int> mentionedPeople)
    {
        var words = mention.Words;

        // Most runs name nobody listed: keys are joined in a buffer, not in new strings.
        Span<char> buffer = stackalloc char[KeyBuffer];
        var whole = MatchExact(JoinKeys(words, 0, words.Count, buffer), text, mention.Span, index, words[0].IsSentenceStart);
        if (whole is not null)
        {
            return whole;
        }

        var near = words.Count > MaxNameWords ? null
            : words.Count >= 2
            ? NearFullName(mention, index)
            : NearSurname(mention, index, mentionedPeople);
        if (near is not null)
        {
            return near;
        }

        // Parts of a longer run: "the Park Geun-Hye Administration", "Staub Manufacturing". No
        // listed name has more than a few words, so parts are capped: linear even for a
        // title-case line of thousands of words.
        for (var length = Math.Min(words.Count - 1, MaxNameWords); length >= 1; length--)
        {
            for (var start = 0; start + length <= words.Count; start++)
            {
                var span = TextSpan.FromBounds(words[start].Span.Start, words[start + length - 1].Span.End);
                var part = MatchExact(JoinKeys(words, start, length, buffer), text, span, index, words[start].IsSentenceStart);
                if (part is null)
                {
                    continue;
                }

                // A single listed word inside a longer run only tells who is meant.
                return length >= 2 || part.Kind == NameMatchKind.Exact ? part : part with { Kind = NameMatchKind.Exact, Replacement = null };
            }
        }

        // A near miss of a full name inside a longer run: "Vladimir Puttin Web site", "met Olaf Sholz Monday". Found by
        // the --fix idempotence property: fixing "Web site" to "website" revealed the name on a second run.
        // Only after every exact part, and only for parts of two words or more, so a listed name or a surname alone
        // still decides first.
        for (var length = Math.Min(words.Count - 1, MaxNameWords); length >= 2; length--)
        {
            for (var start = 0; start + length <= words.Count; start++)
            {
                var part = new NameMention([.. words.Skip(start).Take(length)], 0, false, null);
                if (NearFullName(part, index) is { } nearPart)
                {
                    return nearPart;
                }
            }
        }

        return new NameMatch(NameMatchKind.Unlisted, mention.Span, null, null);
    }

    private static ReadOnlySpan<char> JoinKeys(IReadOnlyList<NameWord> words, int start, int length, Span<char> buffer)
    {
        var total = 0;
        for (var k = start; k < start + length; k++)
        {
            total += words[k].Key.Length;
        }

        if (total > buffer.Length)
        {
            buffer = new char[total];
        }

        var at = 0;
        for (var k = start; k < start + length; k++)
        {
            words[k].Key.CopyTo(buffer[at..]);
            at += words[k].Key.Length;
        }

        return buffer[..total];
    }

    private static NameMatch? MatchExact(ReadOnlySpan<char> key, string text, TextSpan span, NameIndex index, bool sentenceStart)
    {
        var first = index.FirstWithKey(key);
        if (first is null)
        {
            return null;
        }

        var surface = NameNormalizer.Surface(text.AsSpan(span.Start, span.Length));
        IndexedForm? accepted = null;
        for (var form = first; form is not null; form = form.NextSameKey)
        {
            if (form.Form.Kind == NameFormKind.Rejected)
            {
                continue;
            }

            var listed = form.Surface;
            if (listed == surface || (sentenceStart && SameButFirstLetterCase(listed, surface)))
            {
                return new NameMatch(NameMatchKind.Exact, span, form, null);
            }

            accepted ??= form;
        }

        if (accepted is not null)
        {
            return new NameMatch(NameMatchKind.SurfaceMismatch, span, accepted, accepted.Form.Text);
        }

        return new NameMatch(NameMatchKind.Rejected, span, first, first.Person.Name);
    }

    private static NameMatch? NearFullName(NameMention mention, NameIndex index)
    {
        var words = mention.Words;
        var candidates = new List<(IndexedForm Form, int Distance)>();
        index.NearLastToken(words[^1].Key, candidates);
        var nearest = new NearestForm();
        foreach (var (form, lastDistance) in candidates)
        {
            if (form.TokenKeys.Length != words.Count)
            {
                continue;
            }

            var total = lastDistance;
            for (var k = 0; k < words.Count - 1 && total < int.MaxValue; k++)
            {
                var d = EditDistance.TokenDistance(words[k].Key, form.TokenKeys[k]);
                total = d < 0 ? int.MaxValue : total + d;
            }

            if (total != int.MaxValue && total != 0)
            {
                nearest.Offer(form, total, form.FixText);
            }
        }

        return nearest.ToMatch(mention.Span);
    }

    private static NameMatch? NearSurname(NameMention mention, NameIndex index, ISet<int> mentionedPeople)
    {
        var word = mention.Words[0];
        if (word.Key.Length < 4 || (word.IsCommon && !mention.PrecededByTitle))
        {
            return null;
        }

        // Without a title only people already named can be meant, and before the first of them nobody.
        if (!mention.PrecededByTitle && mentionedPeople.Count == 0)
        {
            return null;
        }

        var candidates = new List<(IndexedForm Form, int Distance)>();
        index.NearLastToken(word.Key, candidates);
        var nearest = new NearestForm();
        foreach (var (form, distance) in candidates)
        {
            if (distance == 0 && form.TokenKeys.Length == 1)
            {
                continue;
            }

            if (form.TokenKeys.Length == 1 && (mention.PrecededByTitle || mentionedPeople.Contains(form.PersonIndex)))
            {
                nearest.Offer(form, distance, form.FixText);
            }
            else if (form.TokenKeys.Length > 1 && mentionedPeople.Contains(form.PersonIndex) && form.Form.Kind != NameFormKind.Rejected && distance > 0)
            {
                // "Komora" after "Masahiko Komura": the surname of a person already named.
                nearest.Offer(form, distance, LastWord(form.Form.Text));
            }
        }

        return nearest.ToMatch(mention.Span);
    }

    private static string LastWord(string name)
    {
        var space = name.LastIndexOf(' ');
        return space < 0 ? name : name[(space + 1)..];
    }

    private static bool SameButFirstLetterCase(string listed, string surface) =>
        listed.Length == surface.Length && listed.Length > 0 &&
        char.ToUpperInvariant(listed[0]) == surface[0] &&
        listed.AsSpan(1).SequenceEqual(surface.AsSpan(1));
}
