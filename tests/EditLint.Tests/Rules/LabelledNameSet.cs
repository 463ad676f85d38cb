using EditLint.Analysis;
using EditLint.Rules.Names;
using EditLint.Tests.Verifiers;
using EditLint.Text;

namespace EditLint.Tests.Rules;

/// <summary>One document of the labelled name-mention set (Labelled/names/passages.txt).</summary>
public sealed record LabelledDocument(string Id, string Text, IReadOnlyList<(string Id, TextSpan Span)> Expected);

/// <summary>Precision and recall of one rule over the labelled set.</summary>
public sealed record RuleScore(string RuleId, int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);
}

/// <summary>Reads the labelled set and scores EL1001 and EL1002 on it.</summary>
public static class LabelledNameSet
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Labelled", "names");

    public static IReadOnlyList<LabelledDocument> Read(string passages = "passages.txt", string? folder = null)
    {
        var documents = new List<LabelledDocument>();
        string? id = null;
        var lines = new List<string>();
        var inHeader = false;
        foreach (var line in File.ReadAllLines(Path.Combine(folder ?? Folder, passages)))
        {
            if (line.StartsWith("=== doc: ", StringComparison.Ordinal))
            {
                Flush();
                id = line["=== doc: ".Length..].Trim();
                lines.Clear();
                inHeader = true;
                continue;
            }

            if (id is null || (inHeader && line.StartsWith('#')))
            {
                continue;
            }

            inHeader = false;
            lines.Add(line);
        }

        Flush();
        return documents;

        void Flush()
        {
            if (id is null)
            {
                return;
            }

            while (lines.Count > 0 && lines[^1].Length == 0)
            {
                lines.RemoveAt(lines.Count - 1);
            }

            var (text, spans) = MarkupParser.Parse(string.Join("\n", lines) + "\n");
            documents.Add(new LabelledDocument(id, text, [.. spans.Select(s => (s.Id!, s.Span))]));
        }
    }

    public static (IReadOnlyList<RuleScore> Scores, IReadOnlyList<string> Errors, int Mentions) Score(string passages = "passages.txt", string list = "names.json")
    {
        var options = AnalyzerOptions.Default with { NameListPaths = [Path.Combine(Folder, list)] };
        var engine = new AnalyzerEngine([new NameMismatchAnalyzer(), new InconsistentNameAnalyzer()], options);
        var counts = new Dictionary<string, int[]> { ["EL1001"] = new int[3], ["EL1002"] = new int[3] };
        var errors = new List<string>();
        var mentions = 0;
        var index = EditLint.Names.NameLists.Load(options.NameListPaths).Index;
        foreach (var document in Read(passages))
        {
            var result = engine.AnalyzeText(document.Id + ".txt", document.Text);
            var actual = result.Diagnostics.Select(d => (d.Id, d.Span)).ToList();
            foreach (var expected in document.Expected)
            {
                if (actual.Remove(expected))
                {
                    counts[expected.Id][0]++;
                }
                else
                {
                    counts[expected.Id][2]++;
                    errors.Add($"{document.Id}: missed {expected.Id} '{Slice(document.Text, expected.Span)}'");
                }
            }

            foreach (var extra in actual)
            {
                counts[extra.Id][1]++;
                errors.Add($"{document.Id}: false {extra.Id} '{Slice(document.Text, extra.Span)}'");
            }

            var parsed = EditLint.Documents.DocumentReader.Read(document.Id + ".txt", new SourceText(document.Text));
            mentions += CountPersonMentions(parsed, index);
        }

        return ([.. counts.Select(c => new RuleScore(c.Key, c.Value[0], c.Value[1], c.Value[2]))], errors, mentions);
    }

    /// <summary>
    /// Mentions of people: those that resolve to a listed person (exactly or as a near miss), and
    /// unlisted full names or names after a title. Places and organisations the finder also sees
    /// ("North Carolina", "Border Patrol") are not counted.
    /// </summary>
    private static int CountPersonMentions(EditLint.Documents.Document document, EditLint.Names.NameIndex index)
    {
        var mentioned = new HashSet<int>();
        var count = 0;
        foreach (var sentence in document.Sentences)
        {
            foreach (var mention in EditLint.Names.MentionFinder.Find(document, sentence, index, EditLint.Names.EnglishWords.Default))
            {
                var match = EditLint.Names.NameMatcher.Match(mention, document.ProseText, index, mentioned);
                if (match.Form is { } form)
                {
                    mentioned.Add(form.PersonIndex);
                    count++;
                }
                else if (mention.PrecededByTitle || (mention.Words.Count >= 2 && !mention.Words[^1].IsCommon && !mention.Words[0].IsCommon))
                {
                    count++;
                }
            }
        }

        return count;
    }

    private static string Slice(string text, TextSpan span) => text.Substring(span.Start, span.Length);
}
