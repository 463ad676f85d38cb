using EditLint.Analysis;
using EditLint.Documents;
using EditLint.Rules;
using EditLint.Text;
using SharpFuzz;

namespace EditLint.Fuzz;

/// <summary>
/// AFL harness. Each input is decoded, read as Markdown and as plain text, segmented, and checked by every
/// built-in analyzer (each on its own, so a failure names the analyzer). Any exception, an EL0009 "a rule
/// failed" notification, or a broken invariant (a span outside the text, a line/column that does not map
/// back to its offset) ends the process with an exception, which AFL records as a crash.
/// </summary>
public static class Program
{
    private static readonly AnalyzerOptions Options = new() { AsOf = new DateOnly(2026, 1, 1) };

    private static readonly (string Name, AnalyzerEngine Engine)[] Engines =
    [
        .. BuiltInAnalyzers.Create().Select(a => (a.GetType().Name, new AnalyzerEngine([a], Options))),
        ("all", new AnalyzerEngine(BuiltInAnalyzers.Create(), Options)),
    ];

    public static void Main(string[] args)
    {
        // EDITLINT_FUZZ_TARGET=lsp fuzzes the language server (LspSession) instead of the engine.
        Action<byte[]> check = Environment.GetEnvironmentVariable("EDITLINT_FUZZ_TARGET") == "lsp" ? LspSession.Check : Check;
        if (args.Length > 0)
        {
            // Replay: dotnet EditLint.Fuzz.dll file... runs the same checks outside AFL.
            foreach (var path in args)
            {
                check(File.ReadAllBytes(path));
                Console.WriteLine($"ok: {path}");
            }

            return;
        }

        Fuzzer.OutOfProcess.Run(stream =>
        {
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            check(memory.ToArray());
        });
    }

    public static void Check(byte[] bytes)
    {
        var decoded = TextDecoder.Decode(bytes);
        if (decoded.IsBinary)
        {
            return;
        }

        var source = decoded.Text ?? throw new InvalidOperationException("Decode gave neither text nor binary.");
        foreach (var path in new[] { "fuzz.md", "fuzz.txt" })
        {
            ReadDirectly(path, source);
            foreach (var (name, engine) in Engines)
            {
                var result = engine.AnalyzeBytes(new FileInput(path, path), bytes);
                CheckResult(name, path, result);
            }
        }
    }

    private static void ReadDirectly(string path, SourceText source)
    {
        Document document;
        try
        {
            document = DocumentReader.Read(path, source);
        }
        catch (ArgumentException) when (DocumentReader.IsMarkdown(path))
        {
            // Markdig's depth limit; the engine reads such a file as plain text (EL0012), which is tested.
            document = PlainTextReader.Read(path, source);
        }

        int length = source.Length;
        if (Environment.GetEnvironmentVariable("EDITLINT_FUZZ_DUMP") is not null)
        {
            Console.WriteLine($"{path}: text {System.Text.Json.JsonSerializer.Serialize(source.Text)}");
            Console.WriteLine($"  prose {System.Text.Json.JsonSerializer.Serialize(document.ProseText)}");
            foreach (var block in document.Blocks)
            {
                Console.WriteLine($"  block {block.Kind} {block.Span}");
            }

            foreach (var sentence in document.Sentences)
            {
                Console.WriteLine($"  sentence {sentence.Span} in block {sentence.Block.Span}");
            }
        }

        Require(document.ProseText.Length == length, $"{path}: prose text is {document.ProseText.Length} chars, source {length}");
        foreach (var block in document.Blocks)
        {
            RequireInside(block.Span, length, $"{path}: block");
        }

        int previousEnd = 0;
        foreach (var sentence in document.Sentences)
        {
            RequireInside(sentence.Span, length, $"{path}: sentence");
            Require(sentence.Span.Start >= previousEnd, $"{path}: sentence {sentence.Span} overlaps the one before (ends {previousEnd})");
            previousEnd = sentence.Span.End;
            foreach (var token in sentence.Tokens)
            {
                RequireInside(token.Span, length, $"{path}: token");
                Require(sentence.Span.Contains(token.Span), $"{path}: token {token.Span} outside sentence {sentence.Span}");
                _ = document.GetText(token).Length;
            }
        }

        foreach (var quotation in document.Quotations)
        {
            RequireInside(quotation, length, $"{path}: quotation");
        }

        foreach (var problem in document.Notifications)
        {
            RequireInside(problem.Span, length, $"{path}: problem");
            _ = source.Lines.GetPosition(problem.Span.Start);
        }
    }

    private static void CheckResult(string analyzer, string path, FileResult result)
    {
        foreach (var notification in result.Notifications)
        {
            if (notification.Id == ToolRules.AnalyzerFailure.Id)
            {
                throw new InvalidOperationException($"{analyzer} on {path}: {notification.Message}");
            }
        }

        if (result.Source is not { } source)
        {
            Require(result.Diagnostics.Count == 0, $"{analyzer} on {path}: findings without source");
            return;
        }

        foreach (var diagnostic in result.Diagnostics)
        {
            RequireInside(diagnostic.Span, source.Length, $"{analyzer} on {path}: {diagnostic.Id}");
            var position = source.Lines.GetPosition(diagnostic.Span.Start);
            Require(source.Lines.GetOffset(position) == diagnostic.Span.Start, $"{analyzer} on {path}: {diagnostic.Id} line/column does not map back");
            _ = diagnostic.Message;
            if (diagnostic.Fix is { } fix)
            {
                RequireInside(fix.Span, source.Length, $"{analyzer} on {path}: {diagnostic.Id} fix");
            }

            foreach (var related in diagnostic.AdditionalSpans)
            {
                RequireInside(related.Span, source.Length, $"{analyzer} on {path}: {diagnostic.Id} related span");
            }
        }
    }

    private static void RequireInside(TextSpan span, int length, string what) =>
        Require(span.Start >= 0 && span.Length >= 0 && span.End <= length, $"{what} span {span} outside the text (length {length})");

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvalidOperationException(message);
        }
    }
}
