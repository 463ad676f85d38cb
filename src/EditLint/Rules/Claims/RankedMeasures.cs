using System.Text.Json;
using EditLint.Documents;
using EditLint.Text;

namespace EditLint.Rules.Claims;

/// <summary>
/// What a superlative measures and the figures that measure it: "seizes 2.7 tonnes of cocaine in Sydney, the largest
/// seizure in the country's history", "records 42.5 °C in Yangsan, the country's highest temperature", "At 37 years old,
/// she becomes the oldest winner". Such a figure supports the claim wherever it stands in the sentence; a figure of
/// another measure ("more than 40 aircraft, the largest investment") does not. Read from the lexicon's
/// <c>support.measures</c>.
/// </summary>
internal sealed class RankedMeasures
{
    private const string Age = "age";
    private const string Rank = "rank";
    private const string Count = "count";

    private readonly Dictionary<string, Dimension[]>.AlternateLookup<ReadOnlySpan<char>> lookup;

    private RankedMeasures(Dictionary<string, Dimension[]> bySuperlative) => lookup = bySuperlative.GetAlternateLookup<ReadOnlySpan<char>>();

    public static RankedMeasures Read(JsonElement measures)
    {
        var lists = new Dictionary<string, List<Dimension>>(StringComparer.OrdinalIgnoreCase);
        foreach (var property in measures.GetProperty("dimensions").EnumerateObject())
        {
            var dimension = new Dimension(property.Name, new WordSet(EmbeddedRuleData.Strings(property.Value, "units")));
            foreach (string superlative in EmbeddedRuleData.Strings(property.Value, "superlatives"))
            {
                if (!lists.TryGetValue(superlative, out var list))
                {
                    lists[superlative] = list = [];
                }

                list.Add(dimension);
            }
        }

        return new RankedMeasures(lists.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>True when the sentence holds a figure of a dimension that <paramref name="superlative"/> ("largest", "most expensive") measures.</summary>
    public bool IsMeasuredIn(Document document, Sentence sentence, ReadOnlySpan<char> superlative)
    {
        if (!lookup.TryGetValue(superlative, out var dimensions))
        {
            return false;
        }

        var tokens = sentence.Tokens;
        for (int i = 0; i < tokens.Count; i++)
        {
            foreach (var dimension in dimensions)
            {
                if (dimension.Name switch
                {
                    Age => IsAge(document, tokens, i),
                    Rank => IsRank(document, tokens, i),
                    Count => IsCount(document, tokens, i, dimension.Units),
                    _ => IsFigureIn(document, tokens, i, dimension.Units),
                })
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>"2.7 tonnes", "42.5 °C", "US$1.35", "45,000kg", "625-meter-high", "11-month": a figure whose unit is one of <paramref name="units"/>.</summary>
    private static bool IsFigureIn(Document document, TokenList tokens, int i, WordSet units)
    {
        var token = tokens[i];
        var text = document.GetText(token);
        if (token.Kind == TokenKind.Number)
        {
            if (AbsoluteDateDetector.IsYearLike(text))
            {
                return false;
            }

            int unit = i + 1 < tokens.Count && Multipliers.Contains(document.GetText(tokens[i + 1])) ? i + 2 : i + 1; // "80 million barrels"
            bool unitAfter = unit < tokens.Count && tokens[unit].Kind is TokenKind.Word or TokenKind.Punctuation
                && units.Contains(document.GetText(tokens[unit]));
            bool signBefore = i > 0 && tokens[i - 1].Kind == TokenKind.Punctuation && tokens[i - 1].End == token.Start
                && units.Contains(document.GetText(tokens[i - 1]));
            return unitAfter || signBefore;
        }

        if (!token.IsWord || !char.IsAsciiDigit(text[0]) || text.EndsWith("-old", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        int letters = text.IndexOfAnyExcept("0123456789.,");
        var rest = text[letters..];
        if (units.Contains(rest))
        {
            return true; // "45,000kg"
        }

        foreach (var part in rest.Split('-'))
        {
            if (units.Contains(rest[part]))
            {
                return true; // "625-meter-high", "11-month"
            }
        }

        return false;
    }

    /// <summary>"37 years old", "92-year-old", "aged 17", "the age of 17".</summary>
    private static bool IsAge(Document document, TokenList tokens, int i)
    {
        var text = document.GetText(tokens[i]);
        if (tokens[i].IsWord)
        {
            return char.IsAsciiDigit(text[0]) && (text.EndsWith("-year-old", StringComparison.OrdinalIgnoreCase) || text.EndsWith("-years-old", StringComparison.OrdinalIgnoreCase));
        }

        if (tokens[i].Kind != TokenKind.Number)
        {
            return false;
        }

        return (ClaimText.IsWord(document, tokens, i + 1, "years") && ClaimText.IsWord(document, tokens, i + 2, "old"))
            || ClaimText.IsWord(document, tokens, i - 1, "aged")
            || (ClaimText.IsWord(document, tokens, i - 1, "of") && ClaimText.IsWord(document, tokens, i - 2, "age"));
    }

    /// <summary>"six", "3", "his fifth": a number that is not a year, or an ordinal of <paramref name="ordinals"/>.</summary>
    private static bool IsCount(Document document, TokenList tokens, int i, WordSet ordinals) =>
        (ClaimText.IsNumber(document, tokens, i) && !AbsoluteDateDetector.IsYearLike(document.GetText(tokens[i])))
        || (tokens[i].IsWord && ordinals.Contains(document.GetText(tokens[i])));

    /// <summary>"No. 114", "number 3", "ranked 12".</summary>
    private static bool IsRank(Document document, TokenList tokens, int i)
    {
        if (tokens[i].Kind != TokenKind.Number)
        {
            return false;
        }

        int before = i - 1;
        if (before > 0 && tokens[before].Kind == TokenKind.Punctuation && document.ProseText[tokens[before].Start] == '.')
        {
            return ClaimText.IsWord(document, tokens, before - 1, "No");
        }

        return ClaimText.IsWord(document, tokens, before, "number") || ClaimText.IsWord(document, tokens, before, "ranked");
    }

    private static readonly WordSet Multipliers = new(["thousand", "million", "billion", "trillion"]);

    private sealed record Dimension(string Name, WordSet Units);
}
