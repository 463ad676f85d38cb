using System.Text;
using System.Text.Json.Nodes;
using EditLint.LanguageServer.Protocol;
using EditLint.LanguageServer.Workspace;
using EditLint.Text;
using Range = EditLint.LanguageServer.Protocol.Range;

namespace EditLint.Fuzz;

/// <summary>
/// The language server's fuzz target, driven in this process over a pair of pipes as an editor would. The input's first
/// byte chooses the session: odd, the rest of the input is sent as it is after a valid <c>initialize</c>, then the input
/// closes; even, a scripted session: a Markdown document built from fragments the input picks, then incremental edits
/// whose ranges and texts come from the input (ranges past the end, reversed, inside a surrogate pair or a CRLF
/// included), each followed by a diagnostic pull, a code action request and a hover. A broken invariant throws: the
/// server throws or does not stop, a request goes unanswered, a frame is not JSON, or a diagnostic, code-action edit
/// or hover range lies outside the document the client holds.
/// </summary>
public static class LspSession
{
    private const string Uri = "file:///fuzz/article.md";

    private static readonly string[] Fragments =
    [
        "recently", " ", "\n", "\r\n", "\r", "\t", "the most important", " partner", "Russia's biggest", "é", "\U0001F600",
        "\"", ".", "# ", "*", "[link](https://example.org)", "-", "\u2014", "7", "2016", "yesterday", "Kofi Annan",
        "Masashiko Komura", "`code`", "> ", "<!-- editlint-disable-next-line EL2001 -->", "\u200B", "\0", "| a | b |\n|---|---|",
        "---\ndate: 2016-01-15\n---\n", "first-ever", "Web site", "\u0301", "\n\n", "    ", "1. ", "```\n", "\uD800",
    ];

    public static void Check(byte[] bytes)
    {
        using var connection = new LspConnection();
        if (bytes.Length > 0 && (bytes[0] & 1) == 1)
        {
            connection.Initialize(pull: false);
            connection.SendRaw(bytes.AsSpan(1));
            connection.CloseInput();
        }
        else
        {
            Scripted(connection, new ByteReader(bytes));
        }

        connection.WaitForExit();
    }

    private static void Scripted(LspConnection connection, ByteReader input)
    {
        connection.Initialize(pull: true);
        var text = new StringBuilder();
        for (int count = input.Next() % 24; count > 0; count--)
        {
            text.Append(Fragments[input.Next() % Fragments.Length]);
        }

        var model = new OpenDocument(Uri, "markdown", 1, text.ToString());
        connection.Notify("textDocument/didOpen", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = Uri, ["languageId"] = "markdown", ["version"] = 1, ["text"] = model.Text },
        });
        Ask(connection, model, input);

        for (int version = 2; !input.AtEnd && version < 40; version++)
        {
            var change = new JsonObject { ["text"] = Fragment(input) };
            Range? range = null;
            if (input.Next() % 8 != 0)
            {
                range = new Range(Position(input), Position(input));
                change["range"] = RangeJson(range);
            }

            model.Apply(version, [new TextDocumentContentChangeEvent { Range = range, Text = (string)change["text"]! }]);
            connection.Notify("textDocument/didChange", new JsonObject
            {
                ["textDocument"] = new JsonObject { ["uri"] = Uri, ["version"] = version },
                ["contentChanges"] = new JsonArray(change),
            });
            Ask(connection, model, input);
        }

        connection.Request("shutdown", null);
        connection.Notify("exit", null);
        connection.CloseInput();
    }

    /// <summary>A diagnostic pull, a code action over a range and a hover at a position from the input; every range they return must lie in the document.</summary>
    private static void Ask(LspConnection connection, OpenDocument model, ByteReader input)
    {
        var lines = new LineMap(model.Text);
        var document = new JsonObject { ["uri"] = Uri };
        var report = connection.Request("textDocument/diagnostic", new JsonObject { ["textDocument"] = document.DeepClone() });
        var diagnostics = report?["items"]?.AsArray() ?? [];
        foreach (var diagnostic in diagnostics)
        {
            RequireInside(diagnostic?["range"], lines, model.Text, "a pulled diagnostic");
        }

        var asked = new Range(Position(input), Position(input));
        var actions = connection.Request("textDocument/codeAction", new JsonObject
        {
            ["textDocument"] = document.DeepClone(),
            ["range"] = RangeJson(asked),
            ["context"] = new JsonObject { ["diagnostics"] = diagnostics.DeepClone() },
        });
        foreach (var action in actions?.AsArray() ?? [])
        {
            foreach (var edit in action?["edit"]?["changes"]?[Uri]?.AsArray() ?? [])
            {
                RequireInside(edit?["range"], lines, model.Text, $"a code action's edit ({action?["title"]})");
            }
        }

        var hover = connection.Request("textDocument/hover", new JsonObject { ["textDocument"] = document.DeepClone(), ["position"] = PositionJson(Position(input)) });
        if (hover?["range"] is { } hoverRange)
        {
            RequireInside(hoverRange, lines, model.Text, "a hover");
        }

        if (Environment.GetEnvironmentVariable("EDITLINT_FUZZ_DUMP") is not null)
        {
            Console.WriteLine($"version {model.Version}: {diagnostics.Count} diagnostics, {actions?.AsArray().Count ?? 0} code actions, hover {(hover is null ? "none" : "shown")}; text {System.Text.Json.JsonSerializer.Serialize(model.Text)}");
        }
    }

    private static string Fragment(ByteReader input)
    {
        var text = new StringBuilder();
        for (int count = input.Next() % 4; count > 0; count--)
        {
            text.Append(Fragments[input.Next() % Fragments.Length]);
        }

        return text.ToString();
    }

    /// <summary>Mostly near the text, sometimes far past its end or negative.</summary>
    private static Position Position(ByteReader input)
    {
        int line = input.Next() % 8;
        int character = input.Next() switch
        {
            255 => int.MaxValue,
            254 => -1,
            var b => b % 24,
        };
        return new Position(line, character);
    }

    private static JsonObject PositionJson(Position position) => new() { ["line"] = position.Line, ["character"] = position.Character };

    private static JsonObject RangeJson(Range range) => new() { ["start"] = PositionJson(range.Start), ["end"] = PositionJson(range.End) };

    internal static void RequireInside(JsonNode? range, LineMap lines, string text, string what)
    {
        if (range is null)
        {
            throw new InvalidOperationException($"{what} has no range");
        }

        foreach (string end in new[] { "start", "end" })
        {
            int line = (int)range[end]!["line"]!;
            int character = (int)range[end]!["character"]!;
            if (line < 0 || line >= lines.LineCount || character < 0 || character > lines.GetLineEnd(line, text) - lines.GetLineStart(line))
            {
                throw new InvalidOperationException($"{what}: {end} {line}:{character} lies outside the document ({lines.LineCount} lines): {range.ToJsonString()} in {System.Text.Json.JsonSerializer.Serialize(text)}");
            }
        }
    }

    private sealed class ByteReader(byte[] bytes)
    {
        private int next = 1;

        public bool AtEnd => next >= bytes.Length;

        public int Next() => next < bytes.Length ? bytes[next++] : 0;
    }
}
