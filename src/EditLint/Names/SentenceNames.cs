using EditLint.Documents;

namespace EditLint.Names;

/// <summary>A name mention of a sentence and how it matched the list.</summary>
public readonly record struct MatchedMention(NameMention Mention, NameMatch Match);

/// <summary>Finds the name mentions of a sentence and matches each against the list.</summary>
public static class SentenceNames
{
    /// <summary>
    /// The matched mentions of <paramref name="sentence"/>. <paramref name="mentioned"/> holds the
    /// people named earlier in the document (for surname-only near misses) and is updated.
    /// </summary>
    public static IReadOnlyList<MatchedMention> Get(Document document, Sentence sentence, NameIndex index, EnglishWords words, HashSet<int> mentioned)
    {
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

        return result;
    }
}
