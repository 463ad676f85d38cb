using EditLint.Fuzz;

namespace EditLint.Tests.Reliability;

/// <summary>
/// The language server's fuzz seeds (fuzz/seeds-lsp, copied to Fixtures/fuzz-lsp/seeds) and any input saved from a
/// finding (Fixtures/fuzz-lsp/) run through the harness's session: the server must answer every request, stop when its input
/// ends, write only JSON, and keep every diagnostic, code-action edit and hover inside the document.
/// </summary>
public class LspFuzzCorpusTests
{
    private static string Folder => Path.Combine(AppContext.BaseDirectory, "Fixtures", "fuzz-lsp");

    public static TheoryData<string> Inputs() =>
        [.. Directory.GetFiles(Folder, "*", SearchOption.AllDirectories).Select(p => Path.GetRelativePath(Folder, p)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Inputs))]
    public void A_saved_session_keeps_every_invariant(string file) =>
        Should.NotThrow(() => LspSession.Check(File.ReadAllBytes(Path.Combine(Folder, file))));

    [Theory]
    [InlineData("""{ "start": { "line": 0, "character": 0 }, "end": { "line": 1, "character": 0 } }""", "one line")]
    [InlineData("""{ "start": { "line": 0, "character": 9 }, "end": { "line": 0, "character": 9 } }""", "one line")]
    [InlineData("""{ "start": { "line": 0, "character": 2 }, "end": { "line": 1, "character": 2 } }""", "a\r\nb")]
    public void A_range_outside_the_document_breaks_the_invariant(string range, string text) =>
        Should.Throw<InvalidOperationException>(() => LspSession.RequireInside(System.Text.Json.Nodes.JsonNode.Parse(range), new EditLint.Text.LineMap(text), text, "a test range"))
            .Message.ShouldContain("lies outside the document");

    [Fact]
    public void A_range_inside_the_document_keeps_it() =>
        Should.NotThrow(() => LspSession.RequireInside(
            System.Text.Json.Nodes.JsonNode.Parse("""{ "start": { "line": 0, "character": 1 }, "end": { "line": 1, "character": 1 } }"""), new EditLint.Text.LineMap("a\r\nb"), "a\r\nb", "a test range"));
}
