#:project ../../src/EditLint/EditLint.csproj
#:property Optimize=true

// In-process timing of a house rule pack, steadier than whole-process timing on a busy machine: the
// corpus is read into memory once, then each round lints every file on one thread with the engine alone
// (no analyzers: reading, Markdown, sentences, tokens) and with the pack's analyzer, alternately. The fastest
// round of each is kept.
//
//   dotnet run bench/house/HouseBench.cs -- CORPUS_DIR PACK.json [ROUNDS]
using System.Diagnostics;
using EditLint.Analysis;
using EditLint.HouseRules;

string corpus = args.Length > 0 ? args[0] : throw new ArgumentException("usage: HouseBench.cs CORPUS_DIR PACK.json [ROUNDS]");
string packPath = args[1];
int rounds = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 7;

var files = Directory.EnumerateFiles(corpus, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
    .Select(f => (Path: Path.GetRelativePath(corpus, f), Text: File.ReadAllText(f))).ToArray();
long chars = files.Sum(f => (long)f.Text.Length);

var compile = Stopwatch.StartNew();
var set = HouseRuleLoader.Load([packPath], Directory.GetCurrentDirectory(), Directory.GetCurrentDirectory());
var analyzers = set.CreateAnalyzers();
compile.Stop();
if (set.Notifications.Count > 0)
{
    Console.Error.WriteLine(string.Join(Environment.NewLine, set.Notifications));
    return 2;
}

var without = new AnalyzerEngine([], AnalyzerOptions.Default);
var with = new AnalyzerEngine(analyzers, AnalyzerOptions.Default);
int findings = 0;
double Round(AnalyzerEngine engine)
{
    var watch = Stopwatch.StartNew();
    int count = 0;
    foreach (var (path, text) in files)
    {
        count += engine.AnalyzeText(path, text).Diagnostics.Count;
    }

    findings = Math.Max(findings, count);
    return watch.Elapsed.TotalSeconds;
}

Round(without);
Round(with);
double bestWithout = double.MaxValue, bestWith = double.MaxValue;
for (int i = 0; i < rounds; i++)
{
    bestWithout = Math.Min(bestWithout, Round(without));
    bestWith = Math.Min(bestWith, Round(with));
}

int entries = set.Rules.Sum(r => r.Entries.Length);
Console.WriteLine($"corpus: {files.Length} files, {chars / 1e6:F1} M characters; pack: {entries} entries in {set.Rules.Count()} rule(s), compiled in {compile.Elapsed.TotalMilliseconds:F0} ms; {findings} findings");
Console.WriteLine($"fastest of {rounds} rounds, one thread: without the pack {bestWithout:F3} s, with it {bestWith:F3} s");
Console.WriteLine($"added by the pack: {100 * (bestWith / bestWithout - 1):+0.0;-0.0}% (target < 20%)");
return 0;
