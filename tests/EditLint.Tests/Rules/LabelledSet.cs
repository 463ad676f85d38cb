using System.Globalization;
using EditLint.Analysis;
using EditLint.Tests.Verifiers;
using EditLint.Text;

namespace EditLint.Tests.Rules;

/// <summary>
/// A labelled set under <c>Labelled/</c>: one sentence per line, expected findings marked <c>{|ID:…|}</c>, '#'
/// comments. Every line becomes its own paragraph of one plain-text document; a finding is a true positive when
/// it overlaps an expected span on its line. A file with the comment line <c># format: markdown</c> is read as Markdown,
/// as the documents it was drawn from are: inline code in backticks is code, not prose.
/// </summary>
public sealed class LabelledSet
{
    private LabelledSet(string ruleId, string text, IReadOnlyList<Line> lines, bool markdown)
    {
        RuleId = ruleId;
        Text = text;
        Lines = lines;
        IsMarkdown = markdown;
    }

    public sealed record Line(int Number, int Start, int End, IReadOnlyList<TextSpan> Expected);

    public string RuleId { get; }

    public string Text { get; }

    public bool IsMarkdown { get; }

    public IReadOnlyList<Line> Lines { get; }

    public int SentenceCount => Lines.Count;

    public int TrapCount => Lines.Count(l => l.Expected.Count == 0);

    /// <summary>Loads <c>Labelled/&lt;ruleId&gt;.txt</c>, or <c>Labelled/&lt;ruleId&gt;.&lt;part&gt;.txt</c> (e.g. "heldout").</summary>
    public static LabelledSet Load(string ruleId, string? part = null)
    {
        string path = Path.Combine(AppContext.BaseDirectory, "Labelled", part is null ? ruleId + ".txt" : $"{ruleId}.{part}.txt");
        var text = new System.Text.StringBuilder();
        var lines = new List<Line>();
        int number = 0;
        bool markdown = false;
        foreach (string raw in File.ReadLines(path))
        {
            number++;
            markdown |= raw == MarkdownComment;
            if (raw.Length == 0 || raw.StartsWith('#') || string.IsNullOrWhiteSpace(raw))
            {
                continue;
            }

            var (plain, spans) = MarkupParser.Parse(raw);
            if (spans.Any(s => s.Id != ruleId))
            {
                throw new InvalidDataException($"{path}({number}): only {{|{ruleId}:…|}} marks belong in this file.");
            }

            int start = text.Length;
            text.Append(plain).Append("\n\n");
            lines.Add(new Line(number, start, start + plain.Length, [.. spans.Select(s => new TextSpan(s.Span.Start + start, s.Span.Length))]));
        }

        return new LabelledSet(ruleId, text.ToString(), lines, markdown);
    }

    private const string MarkdownComment = "# format: markdown";

    public Score Run(Analyzer analyzer)
    {
        var engine = new AnalyzerEngine([analyzer], AnalyzerOptions.Default);
        var diagnostics = engine.AnalyzeText(IsMarkdown ? "labelled.md" : "labelled.txt", Text).Diagnostics.Where(d => d.Id == RuleId).ToArray();
        int truePositives = 0;
        var falsePositives = new List<string>();
        var found = new HashSet<TextSpan>();
        foreach (var d in diagnostics)
        {
            var line = LineOf(d.Span.Start);
            var hit = line.Expected.Where(e => e.OverlapsWith(d.Span)).ToArray();
            if (hit.Length > 0)
            {
                truePositives++;
                found.UnionWith(hit);
            }
            else
            {
                falsePositives.Add($"line {line.Number}: '{Text.Substring(d.Span.Start, d.Span.Length)}' in: {Text[line.Start..line.End]}");
            }
        }

        var misses = Lines.SelectMany(l => l.Expected.Where(e => !found.Contains(e))
            .Select(e => $"line {l.Number}: '{Text.Substring(e.Start, e.Length)}' in: {Text[l.Start..l.End]}")).ToArray();
        int expected = Lines.Sum(l => l.Expected.Count);
        return new Score(diagnostics.Length, truePositives, expected, expected - misses.Length, falsePositives, misses);
    }

    private Line LineOf(int offset)
    {
        int lo = 0, hi = Lines.Count - 1;
        while (lo < hi)
        {
            int mid = (lo + hi + 1) >>> 1;
            if (Lines[mid].Start <= offset)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return Lines[lo];
    }

    public sealed record Score(int Findings, int TruePositives, int Expected, int ExpectedFound, IReadOnlyList<string> FalsePositives, IReadOnlyList<string> Misses)
    {
        public double Precision => Findings == 0 ? 1 : (double)TruePositives / Findings;

        public double Recall => Expected == 0 ? 1 : (double)ExpectedFound / Expected;

        public override string ToString() => string.Create(
            CultureInfo.InvariantCulture,
            $"precision {Precision:0.000} ({TruePositives}/{Findings} findings), recall {Recall:0.000} ({ExpectedFound}/{Expected} expected spans)");
    }
}
