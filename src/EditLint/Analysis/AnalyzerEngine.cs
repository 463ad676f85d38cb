using System.Buffers;
using System.Collections.Immutable;
using System.Security.Cryptography;
using EditLint.Documents;
using EditLint.Fixes;
using EditLint.IO;
using EditLint.Text;

namespace EditLint.Analysis;

/// <summary>
/// Runs analyzers over documents. Each document is walked once: document-start actions, then every sentence
/// through every sentence action, then document-end actions. Files run in parallel; results come back
/// sorted by path, then position, then rule id, so output is the same from run to run.
/// </summary>
public sealed class AnalyzerEngine
{
    /// <summary>Decides a rule's severity for a file (configuration and per-glob overrides).</summary>
    public delegate Severity SeverityPolicy(string path, RuleDescriptor rule);

    // One context per analyzer, so that a file whose configuration turns all of an analyzer's rules off skips its work.
    // The rule ids each analyzer declares, as a set: every finding is checked against them.
    private readonly (Analyzer Analyzer, AnalysisContext Context, HashSet<string> Declared)[] registrations;
    private readonly SeverityPolicy severityOf;
    private readonly HashSet<string> knownRuleIds;

    public AnalyzerEngine(IReadOnlyList<Analyzer> analyzers, AnalyzerOptions options, SeverityPolicy? severityPolicy = null, long maxFileSize = DefaultMaxFileSize)
    {
        Analyzers = analyzers;
        Options = options;
        MaxFileSize = maxFileSize;
        severityOf = severityPolicy ?? ((_, rule) => rule.DefaultSeverity);
        registrations = [.. analyzers.Select(a => (a, new AnalysisContext(options), a.SupportedRules.Select(r => r.Id).ToHashSet(StringComparer.Ordinal)))];
        foreach (var (analyzer, context, _) in registrations)
        {
            analyzer.Initialize(context);
        }

        Rules = [.. analyzers.SelectMany(a => a.SupportedRules).DistinctBy(r => r.Id).OrderBy(r => r.Id, StringComparer.Ordinal)];
        knownRuleIds = [.. Rules.Select(r => r.Id)];
    }

    public const long DefaultMaxFileSize = 64L * 1024 * 1024;

    public IReadOnlyList<Analyzer> Analyzers { get; }

    public AnalyzerOptions Options { get; }

    public long MaxFileSize { get; }

    /// <summary>Every rule the analyzers report, sorted by id.</summary>
    public ImmutableArray<RuleDescriptor> Rules { get; }

    /// <summary>Done when the work the analyzers started while initialising and left running is done (see <see cref="AnalysisContext.RegisterBackgroundWork"/>).</summary>
    public Task BackgroundWork => Task.WhenAll(registrations.SelectMany(r => r.Context.BackgroundWork));

    /// <summary>Problems the analyzers found in their own data while initialising (for example a bad name list).</summary>
    public IReadOnlyList<ToolNotification> InitializationNotifications => [.. registrations.SelectMany(r => r.Context.Notifications)];

    public IReadOnlyList<FileResult> AnalyzeFiles(IReadOnlyList<FileInput> files)
    {
        var results = new FileResult[files.Count];
        // One worker per core: more only take turns on the same cores and share their caches.
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
        Parallel.For(0, files.Count, parallel, i => results[i] = AnalyzeFileSafely(files[i]));
        return [.. results.OrderBy(r => r.Path, StringComparer.Ordinal)];
    }

    /// <summary>Analyzes a file; whatever goes wrong with it is reported and never stops the other files.</summary>
    public FileResult AnalyzeFileSafely(FileInput file)
    {
        try
        {
            return AnalyzeFile(file);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return Skipped(file, ToolRules.AnalyzerFailure, $"'{file.DisplayPath}' could not be checked ({e.GetType().Name}: {e.Message}).");
        }
    }

    public FileResult AnalyzeFile(FileInput file)
    {
        // The bytes live only while the file is analysed, so they come from the pool: most of the corpus's
        // files are over the runtime's default large-object threshold (85,000 bytes; the CLI raises it), and a
        // fresh array each would feed gen-2 collections.
        byte[]? buffer = null;
        int length;
        try
        {
            var info = new FileInfo(file.FullPath);
            if (!info.Exists)
            {
                return Skipped(file, ToolRules.UnreadableFile, $"'{file.DisplayPath}' does not exist.");
            }

            // A device, a pipe or a process's file holds no article, and reading one may never end (/dev/zero) or wait
            // for a writer (a pipe); a file whose size is 0 is read as empty without being opened, which a named pipe
            // (mkfifo) anywhere else also is. The size is the file's a link ends at: a link's own size is its target's
            // name, and a link to a pipe was opened and waited on for ever.
            string target = SystemFiles.FinalTarget(file.FullPath);
            if (SystemFiles.IsSystemFile(file.FullPath, target))
            {
                return Skipped(file, ToolRules.UnreadableFile, $"'{file.DisplayPath}' is a device, a pipe or a process's file, not an article; it was not linted.");
            }

            long targetLength = ReferenceEquals(target, file.FullPath) || new FileInfo(target) is not { Exists: true } linked ? info.Length : linked.Length;
            if (targetLength == 0)
            {
                return AnalyzeBytes(file, [], onDisk: true);
            }

            if (targetLength > MaxFileSize)
            {
                return Skipped(file, ToolRules.FileTooLarge, $"'{file.DisplayPath}' is {targetLength:N0} bytes, over the {MaxFileSize:N0}-byte limit (maxFileSize); it was not linted.");
            }

            using var handle = File.OpenHandle(file.FullPath);
            long size = RandomAccess.GetLength(handle);
            if (size > MaxFileSize)
            {
                return Skipped(file, ToolRules.FileTooLarge, $"'{file.DisplayPath}' is {size:N0} bytes, over the {MaxFileSize:N0}-byte limit (maxFileSize); it was not linted.");
            }

            buffer = ArrayPool<byte>.Shared.Rent((int)size);
            length = 0;
            int read;
            while (length < size && (read = RandomAccess.Read(handle, buffer.AsSpan(length, (int)size - length), length)) > 0)
            {
                length += read;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            if (buffer is not null)
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }

            return Skipped(file, ToolRules.UnreadableFile, $"'{file.DisplayPath}' could not be read: {e.Message}");
        }

        try
        {
            return AnalyzeBytes(file, buffer.AsSpan(0, length), onDisk: true);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// Analyzes the bytes of <paramref name="file"/>. With <paramref name="onDisk"/>, the result keeps only the line
    /// map, and reports read the text again from the file; otherwise it keeps the text.
    /// </summary>
    public FileResult AnalyzeBytes(FileInput file, ReadOnlySpan<byte> bytes, bool onDisk = false)
    {
        var decoded = TextDecoder.Decode(bytes);
        string? hash = Options.ArtifactHashes ? Convert.ToHexStringLower(SHA256.HashData(bytes)) : null;
        if (decoded.IsBinary)
        {
            string message = TextDecoder.IsUtf32(bytes)
                ? $"'{file.DisplayPath}' is UTF-32 by its byte order mark, which EditLint does not read; it was not linted (saved as UTF-8 it would be)."
                : $"'{file.DisplayPath}' is binary (it holds NUL bytes); it was not linted.";
            return Skipped(file, ToolRules.BinaryFile, message) with { Sha256 = hash };
        }

        var notifications = new List<ToolNotification>();
        var source = decoded.Text!;
        if (decoded.InvalidByteOffsets.Count > 0)
        {
            string offsets = string.Join(", ", decoded.InvalidByteOffsets.Take(5));
            string more = decoded.InvalidByteOffsets.Count > 5 ? " and more" : string.Empty;
            int first = TextDecoder.CharacterIndex(bytes, source.Encoding, decoded.InvalidByteOffsets[0]);
            notifications.Add(new ToolNotification(
                ToolRules.InvalidUtf8.Id,
                Severity.Warning,
                $"'{file.DisplayPath}' has invalid {EncodingName(decoded.Text!.Encoding)} at byte offset {offsets}{more}; those bytes were read as U+FFFD and the rest was linted.",
                file.DisplayPath,
                source.Lines.GetPosition(Math.Min(first, source.Text.Length))));
        }

        return Analyze(file, source, notifications, onDisk ? ContentStamp.Of(bytes) : null) with { Sha256 = hash };
    }

    private static string EncodingName(TextEncodingKind encoding) =>
        encoding is TextEncodingKind.Utf16LittleEndian or TextEncodingKind.Utf16BigEndian ? "UTF-16" : "UTF-8";

    public FileResult AnalyzeText(string path, string text) =>
        Analyze(new FileInput(path, path), new SourceText(text), [], diskStamp: null);

    // diskStamp: the stamp of the file on disk the text was read from; null for text from memory.
    private FileResult Analyze(FileInput file, SourceText source, List<ToolNotification> notifications, ContentStamp? diskStamp)
    {
        var document = Read(file.DisplayPath, source, notifications);
        foreach (var problem in document.Notifications)
        {
            notifications.Add(new ToolNotification(problem.Id, Severity.Warning, problem.Message, file.DisplayPath, source.Lines.GetPosition(problem.Span.Start)));
        }

        // The full path, not the shown one: overrides match paths relative to the configuration's folder, and a path is
        // shown relative to the working folder.
        var severities = Rules.ToDictionary(r => r.Id, r => severityOf(file.FullPath, r), StringComparer.Ordinal);
        var diagnostics = new List<Diagnostic>();
        Run(document, severities, diagnostics, notifications);
        var suppressions = InlineSuppressions.Parse(document, knownRuleIds, notifications);
        var final = new Diagnostic[diagnostics.Count];
        for (int i = 0; i < final.Length; i++)
        {
            var d = diagnostics[i];
            if (d.Fix is { } fix)
            {
                d = !document.CanRewrite(fix.Span)
                    ? d with { Fix = null } // the finding stands; its words are for the writer to mend around the markup
                    : d with { Fix = fix with { Replacement = FixLineBreaks.Keep(source.Text.AsSpan(fix.Span.Start, fix.Span.Length), fix.Replacement) } };
            }

            final[i] = suppressions.Find(d) is { } suppression ? d with { Suppression = suppression } : d;
        }

        DiagnosticOrder.Sort(final);
        final = FindingLimit.Apply(final, Options.MaxFindingsPerFile, file.DisplayPath, notifications);
        FileText? kept = final.Length == 0 && notifications.Count == 0 ? null
            : diskStamp is { } stamp ? FileText.OnDisk(source, file.FullPath, stamp)
            : FileText.Retain(source);
        return new FileResult(file.DisplayPath, file.FullPath, kept, document.Kind, final, notifications, null);
    }

    private static Document Read(string path, SourceText source, List<ToolNotification> notifications)
    {
        try
        {
            return DocumentReader.Read(path, source);
        }
        catch (ArgumentException e) when (DocumentReader.IsMarkdown(path))
        {
            // Markdig refuses input nested beyond its depth limit; the prose is still worth checking.
            notifications.Add(new ToolNotification(ToolRules.MarkdownReadAsText.Id, Severity.Warning, $"'{path}' could not be read as Markdown ({e.Message}); it was linted as plain text.", path));
            return PlainTextReader.Read(path, source);
        }
    }

    private void Run(Document document, Dictionary<string, Severity> severities, List<Diagnostic> diagnostics, List<ToolNotification> notifications)
    {
        var runs = registrations
            .Where(r => r.Analyzer.SupportedRules.Any(rule => severities.GetValueOrDefault(rule.Id) != Severity.None))
            .Select(r => new AnalyzerRun(r.Analyzer, r.Context, r.Declared, document, Options.AsOf, severities, diagnostics, notifications))
            .ToArray();

        // Actions run in the order they were registered: every analyzer's sentence actions, then those its document-start
        // actions registered for this document.
        var sentenceActions = runs.SelectMany(run => run.Context.SentenceActions.Select(action => (Run: run, Action: action))).ToList();
        var endActions = runs.SelectMany(run => run.Context.DocumentEndActions.Select(action => (Run: run, Action: action))).ToList();
        foreach (var run in runs)
        {
            foreach (var action in run.Context.DocumentStartActions)
            {
                run.TryRun(() => action(run.Start));
            }
        }

        sentenceActions.AddRange(runs.SelectMany(run => run.Start.SentenceActions.Select(action => (Run: run, Action: action))));
        endActions.AddRange(runs.SelectMany(run => run.Start.EndActions.Select(action => (Run: run, Action: action))));

        // The hottest loop of a run: no closure per call, and a failed action is skipped by index.
        var failed = new bool[sentenceActions.Count];
        foreach (var sentence in document.Sentences)
        {
            for (int i = 0; i < sentenceActions.Count; i++)
            {
                if (failed[i])
                {
                    continue;
                }

                var (run, action) = sentenceActions[i];
                run.Sentence.Sentence = sentence;
                try
                {
                    action(run.Sentence);
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    failed[i] = true;
                    run.ReportFailure(e, sentence);
                }
            }
        }

        foreach (var (run, action) in endActions)
        {
            run.TryRun(() => action(run.End));
        }

        foreach (var run in runs)
        {
            run.ReportBadFindings();
        }
    }

    private static FileResult Skipped(FileInput file, RuleDescriptor rule, string message) =>
        new(file.DisplayPath, file.FullPath, null, null, [], [new ToolNotification(rule.Id, rule.DefaultSeverity, message, file.DisplayPath)], null);
}
