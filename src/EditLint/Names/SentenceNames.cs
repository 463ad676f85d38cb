using System.Runtime.CompilerServices;
using EditLint.Documents;

namespace EditLint.Names;

/// <summary>A name mention of a sentence and how it matched the list.</summary>
public readonly record struct MatchedMention(NameMention Mention, NameMatch Match);

/// <summary>
/// Finds and matches the name mentions of a sentence once for both name rules: EL1001 and EL1002
/// run over the same sentences in the same order with the same list, so the second rule reuses
/// the first one's work. The cache is keyed by the sentence object and dies with the document.
/// </summary>
public static class SentenceNames
{
    private static readonly ConditionalWeakTable<Sentence, Entry> Cache = [];

    /// <summary>
    /// The matched mentions of <paramref name="sentence"/>. <paramref name="mentioned"/> holds the
    /// people named earlier in the document (for surname-only near misses) and is updated.
    /// </summary>
    public static IReadOnlyList<MatchedMention> Get(Document document, Sentence sentence, NameIndex index, EnglishWords words, HashSet<int> mentioned)
    {
        if (Cache.TryGetValue(sentence, out var cached) && ReferenceEquals(cached.Index, index))
        {
            foreach (var item in cached.Mentions)
            {
                if (item.Match.Form is { } form)
                {
                    mentioned.Add(form.PersonIndex);
                }
            }

            return cached.Mentions;
        }

        var result = new List<MatchedMention>();
        foreach (var mention in MentionFinder.Find(document, sentence, index, words))
        {
            var match = NameMatcher.Match(mention, document.ProseText, index, mentioned);
            if (match.Form is { } form)
            {
                mentioned.Add(form.PersonIndex);
            }

            result.Add(new MatchedMention(mention, match));
        }

        Cache.AddOrUpdate(sentence, new Entry(index, result));
        return result;
    }

    private sealed record Entry(NameIndex Index, List<MatchedMention> Mentions);
}
