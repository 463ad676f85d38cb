using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using EditLint.Documents;
using EditLint.Text;
using Markdig;

namespace EditLint.Benchmarks;

/// <summary>
/// One operation = one stage over every file of the 5 MiB corpus subset, so the times of the stages add up
/// and compare with the whole-process figures of bench/run.sh. Runs in process: the generated-project
/// toolchain would rebuild under the repository's strict build settings for nothing.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(InProcessConfig))]
public class DocumentBenchmarks
{
    // MarkdownReader's own pipeline, for the cost of Markdig's parse on its own.
    private static readonly MarkdownPipeline Pipeline = MarkdownReader.Pipeline;

    private (string Path, byte[] Bytes)[] files = [];
    private SourceText[] sources = [];
    private Document[] documents = [];

    [GlobalSetup]
    public void Setup()
    {
        files = [.. Corpus.All];
        sources = [.. files.Select(f => TextDecoder.Decode(f.Bytes).Text!)];
        documents = [.. files.Select((f, i) => MarkdownReader.Read(f.Path, sources[i]))];
        Console.WriteLine($"// corpus: {files.Length} files, {Corpus.TotalBytes:N0} bytes");
    }

    [Benchmark(Description = "decode (UTF-8 check + string)")]
    public int Decode()
    {
        int length = 0;
        foreach (var (_, bytes) in files)
        {
            length += TextDecoder.Decode(bytes).Text!.Length;
        }

        return length;
    }

    [Benchmark(Description = "Markdig parse only")]
    public int MarkdigParse()
    {
        int count = 0;
        foreach (var source in sources)
        {
            count += Markdown.Parse(source.Text, Pipeline).Count;
        }

        return count;
    }

    [Benchmark(Description = "MarkdownReader.Read (parse, prose, sentences, tokens)")]
    public int ReadMarkdown()
    {
        int count = 0;
        for (int i = 0; i < sources.Length; i++)
        {
            count += MarkdownReader.Read(files[i].Path, sources[i]).Sentences.Count;
        }

        return count;
    }

    [Benchmark(Description = "QuotationFinder + SentenceSplitter")]
    public int SplitSentences()
    {
        var quotations = new List<TextSpan>();
        var sentences = new List<TextSpan>();
        int count = 0;
        foreach (var document in documents)
        {
            foreach (var block in document.Blocks)
            {
                quotations.Clear();
                sentences.Clear();
                QuotationFinder.Find(document.ProseText, block.Span, quotations);
                SentenceSplitter.Split(document.ProseText, block.Span, quotations, sentences);
                count += sentences.Count;
            }
        }

        return count;
    }

    [Benchmark(Description = "Tokenizer")]
    public int Tokenize()
    {
        int count = 0;
        foreach (var document in documents)
        {
            foreach (var sentence in document.Sentences)
            {
                count += Tokenizer.Tokenize(document.ProseText, sentence.Span).Length;
            }
        }

        return count;
    }

    [Benchmark(Description = "LineMap (all line starts)")]
    public int LineMaps()
    {
        int count = 0;
        foreach (var source in sources)
        {
            count += new LineMap(source.Text).LineCount;
        }

        return count;
    }

    // Few iterations (each is a whole 5 MiB pass) and a long timeout: on a busy 2-core machine the in-process
    // toolchain's default five minutes per benchmark were not enough.
    private sealed class InProcessConfig : BenchmarkDotNet.Configs.ManualConfig
    {
        public InProcessConfig() => AddJob(Job.Default
            .WithWarmupCount(3)
            .WithIterationCount(10)
            .WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(30), logOutput: false)));
    }
}
