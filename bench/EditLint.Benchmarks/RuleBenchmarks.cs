using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using EditLint.Analysis;
using EditLint.Names;
using EditLint.Rules.Claims;
using EditLint.Rules.Names;

namespace EditLint.Benchmarks;

/// <summary>
/// The rules' share: the engine over the 5 MiB subset with no rule, with the claim rules (lexicon matching)
/// and with the name rules (name look-up in a generated 10,000-entry list), and loading a 100,000-entry list.
/// The lists are the ones bench/run.sh generates into bench/out (bench/make-names.pl).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(InProcessConfig))]
public class RuleBenchmarks
{
    private (string Path, string Text)[] texts = [];
    private AnalyzerEngine engine = null!;

    [Params("none", "EL2001+EL2002", "EL1001+EL1002")]
    public string Rules { get; set; } = "none";

    [GlobalSetup]
    public void Setup()
    {
        texts = [.. Corpus.All.Select(f => (f.Path, EditLint.Text.TextDecoder.Decode(f.Bytes).Text!.Text))];
        Analyzer[] analyzers = Rules switch
        {
            "EL2001+EL2002" => [new UnsupportedSuperlativeAnalyzer(), new UndatedClaimAnalyzer()],
            "EL1001+EL1002" => [new NameMismatchAnalyzer(), new InconsistentNameAnalyzer()],
            _ => [],
        };
        engine = new AnalyzerEngine(analyzers, new AnalyzerOptions { NameListPaths = [Corpus.NameList(10_000)] });
    }

    [Benchmark(Description = "engine over the 5 MiB subset")]
    public int Analyze()
    {
        int count = 0;
        foreach (var (path, text) in texts)
        {
            count += engine.AnalyzeText(path, text).Diagnostics.Count;
        }

        return count;
    }

    private sealed class InProcessConfig : BenchmarkDotNet.Configs.ManualConfig
    {
        public InProcessConfig() => AddJob(Job.Default
            .WithWarmupCount(2)
            .WithIterationCount(5)
            .WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(30), logOutput: false)));
    }
}

/// <summary>Loading and indexing a generated 100,000-entry name list (the target: under 1 s).</summary>
[MemoryDiagnoser]
[Config(typeof(InProcessConfig))]
public class NameListBenchmarks
{
    private string path = string.Empty;

    [GlobalSetup]
    public void Setup() => path = Corpus.NameList(100_000);

    [Benchmark(Description = "load + index 100,000 names")]
    public int Load() => NameLists.LoadUncached([path]).Errors.Count;

    private sealed class InProcessConfig : BenchmarkDotNet.Configs.ManualConfig
    {
        public InProcessConfig() => AddJob(Job.Default
            .WithWarmupCount(1)
            .WithIterationCount(5)
            .WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(30), logOutput: false)));
    }
}
