using System.Text.Json.Nodes;
using EditLint.Text;

namespace EditLint.Tests.LanguageServer;

/// <summary>What an editor does with the server's answers: applies text edits, finds diagnostics by rule.</summary>
public static class LspEdits
{
    public static JsonObject Position(int line, int character) => new() { ["line"] = line, ["character"] = character };

    public static JsonObject Range(int line, int start, int endLine, int end) => new() { ["start"] = Position(line, start), ["end"] = Position(endLine, end) };

    /// <summary>A ranged change, as a client sends on typing.</summary>
    public static JsonObject Insert(int line, int character, string text) => new() { ["range"] = Range(line, character, line, character), ["text"] = text };

    /// <summary>Applies the edits of one document (as LSP says: all against the original text), from the end backwards.</summary>
    public static string Apply(string text, JsonArray edits)
    {
        var lines = new LineMap(text);
        var changes = edits.Select(e => (
                Start: Offset(lines, e!["range"]!["start"]!),
                End: Offset(lines, e!["range"]!["end"]!),
                NewText: (string)e!["newText"]!))
            .OrderByDescending(c => c.Start);
        foreach (var (start, end, newText) in changes)
        {
            text = text[..start] + newText + text[end..];
        }

        return text;
    }

    public static string[] Codes(JsonArray diagnostics) => [.. diagnostics.Select(d => (string)d!["code"]!)];

    public static JsonObject Single(JsonArray diagnostics, string code) => diagnostics.Single(d => (string)d!["code"]! == code)!.AsObject();

    /// <summary>The range as "line:character-line:character", for assertions that read like what an editor shows.</summary>
    public static string Span(JsonNode range) =>
        $"{(int)range["start"]!["line"]!}:{(int)range["start"]!["character"]!}-{(int)range["end"]!["line"]!}:{(int)range["end"]!["character"]!}";

    private static int Offset(LineMap lines, JsonNode position) => lines.GetOffset(new LinePosition((int)position["line"]!, (int)position["character"]!));
}
