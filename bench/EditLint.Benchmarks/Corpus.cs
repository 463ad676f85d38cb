namespace EditLint.Benchmarks;

/// <summary>
/// The benchmark input: the ~5 MiB subset of the corpus that bench/make-corpus.sh writes to bench/corpus/5mb
/// (State of the Union addresses, Node.js and Perl documentation), read into memory once.
/// </summary>
internal static class Corpus
{
    private static readonly Lazy<(string Path, byte[] Bytes)[]> Files = new(Load);

    public static IReadOnlyList<(string Path, byte[] Bytes)> All => Files.Value;

    public static long TotalBytes => Files.Value.Sum(f => (long)f.Bytes.Length);

    /// <summary>The generated list of <paramref name="count"/> people that bench/run.sh writes to bench/out.</summary>
    public static string NameList(int count)
    {
        string path = Path.Combine(FindRepository(), "bench", "out", $"names-{count}.json");
        return File.Exists(path)
            ? path
            : throw new FileNotFoundException($"No generated name list at '{path}'. Run bench/run.sh once, or: perl bench/make-names.pl {count} bench/corpus/full/sotu > {path}");
    }

    private static (string Path, byte[] Bytes)[] Load()
    {
        string directory = Environment.GetEnvironmentVariable("EDITLINT_BENCH_CORPUS") ?? Path.Combine(FindRepository(), "bench", "corpus", "5mb");
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"No benchmark corpus at '{directory}'. Run bench/make-corpus.sh, or set EDITLINT_BENCH_CORPUS to a folder of Markdown files.");
        }

        return [.. Directory.EnumerateFiles(directory, "*.md", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(p => (Path.GetRelativePath(directory, p), File.ReadAllBytes(p)))];
    }

    private static string FindRepository()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "EditLint.sln")))
            {
                return directory.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }
}
