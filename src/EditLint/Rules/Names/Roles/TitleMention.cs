using EditLint.Text;

namespace EditLint.Rules.Names.Roles;

/// <summary>A title the text gives a name: what it reads as, its words, and the span the finding covers (a leading "the" left out).</summary>
internal sealed record TitleMention(ParsedTitle Title, IReadOnlyList<TitleWord> Words, TextSpan Span)
{
    /// <summary>The key a role's <c>aliases</c> are compared with: the title's words after "the" and any "former"/"then".</summary>
    public string AliasKey
    {
        get
        {
            var start = Title.First;
            while (start < Words.Count && Words[start].Key is "former" or "ex" or "then")
            {
                start++;
            }

            return TitleText.Join(Words, start, Words.Count - start);
        }
    }
}
