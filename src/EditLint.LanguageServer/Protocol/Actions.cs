namespace EditLint.LanguageServer.Protocol;

public sealed class CodeActionParams
{
    public required TextDocumentIdentifier TextDocument { get; init; }

    public required Range Range { get; init; }

    public CodeActionContext? Context { get; init; }
}

public sealed class CodeActionContext
{
    /// <summary>
    /// The diagnostics the editor shows over the range, other tools' among them; EditLint finds its own again and reads
    /// none of these, so they are kept as they came (an integer <c>code</c>, as TypeScript's, had the request refused).
    /// </summary>
    public required System.Text.Json.JsonElement[] Diagnostics { get; init; }

    public string[]? Only { get; init; }
}

public sealed class CodeAction
{
    public required string Title { get; init; }

    public string Kind { get; init; } = "quickfix";

    public LspDiagnostic[]? Diagnostics { get; init; }

    public bool? IsPreferred { get; init; }

    public required WorkspaceEdit Edit { get; init; }
}

public sealed class WorkspaceEdit
{
    public required Dictionary<string, TextEdit[]> Changes { get; init; }
}

public sealed record TextEdit(Range Range, string NewText);

public sealed class Hover
{
    public required MarkupContent Contents { get; init; }

    public Range? Range { get; init; }
}

public sealed class MarkupContent
{
    public string Kind { get; init; } = "markdown";

    public required string Value { get; init; }
}
