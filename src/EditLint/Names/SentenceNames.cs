using System.Runtime.CompilerServices;
using EditLint.Documents;

namespace EditLint.Names;

/// <summary>A name mention of a sentence and how it matched the list.</summary>
public readonly record struct MatchedMention(NameMention Mention, NameMatch Match);

/// <summary>
/// Finds and matches the name mentions of a sentence once for both name rules: EL1001 and EL1002
/// run over the same sentences in the same order with the same list, so the second rule reuses
/// the first one's work. The cache hangs off the document (one weak-table entry per document, not
/// per sentence: those entries are costly) and dies with it.
/// </summary>
public static class SentenceNames
{
    private static readonly ConditionalWeakTable<Document, DocumentEntry> Cache = [];

    /// <summary>
    /// The matched mentions of <paramref name="sentence"/>. <paramref name="mentioned"/> holds the
    /// people named earlier in the document (for surname-only near misses) and is updated.
    /// </summary>
    public static IReadOnlyList<MatchedMention> Get(Document document, Sentence sentence, NameIndex index, EnglishWords words, HashSet<int> mentioned)
    {
        var entry = Cache.GetValue(document, static d => new DocumentEntry(d.Sentences.Count));
        bool inRange = sentence.Index < entry.Mentions.Length;
        if (inRange && entry.Mentions[sentence.Index] is { } cached && ReferenceEquals(entry.Indexes[sentence.Index], index))
        {
            foreach (var item in cached)
            {
                if (item.Match.Form is { } form)
                {
                    mentioned.Add(form.PersonIndex);
                }
            }

            return cached;
        }

        var mentions = MentionFinder.Find(document, sentence, index, words);
        MatchedMention[] result = mentions.Count == 0 ? [] : new MatchedMention[mentions.Count];
        for (var k = 0; k < mentions.Count; k++)
        {
            var match = NameMatcher.Match(mentions[k], document.ProseText, index, mentioned);
            if (match.Form is { } form)
            {
                mentioned.Add(form.PersonIndex);
            }

            result[k] = new MatchedMention(mentions[k], match);
        }

        if (inRange)
        {
            entry.Indexes[sentence.Index] = index;
            entry.Mentions[sentence.Index] = result;
        }

        return result;
    }

    private sealed class DocumentEntry(int sentences)
    {
        public NameIndex?[] Indexes { get; } = new NameIndex?[sentences];

        public MatchedMention[]?[] Mentions { get; } = new MatchedMention[]?[sentences];
    }
}
