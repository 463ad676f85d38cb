namespace EditLint.LanguageServer.Protocol;

/// <summary>A 0-based line and a 0-based column in UTF-16 code units, the LSP default and EditLint's own.</summary>
public sealed record Position(int Line, int Character);

public sealed record Range(Position Start, Position End);

public sealed record Location(string Uri, Range Range);

public sealed class TextDocumentIdentifier
{
    public required string Uri { get; init; }
}

public sealed class VersionedTextDocumentIdentifier
{
    public required string Uri { get; init; }

    public int Version { get; init; }
}

public sealed class TextDocumentItem
{
    public required string Uri { get; init; }

    public required string LanguageId { get; init; }

    public int Version { get; init; }

    public required string Text { get; init; }
}

public sealed class DidOpenTextDocumentParams
{
    public required TextDocumentItem TextDocument { get; init; }
}

public sealed class DidChangeTextDocumentParams
{
    public required VersionedTextDocumentIdentifier TextDocument { get; init; }

    public required TextDocumentContentChangeEvent[] ContentChanges { get; init; }
}

/// <summary>A change of a range, or of the whole text when <see cref="Range"/> is absent.</summary>
public sealed class TextDocumentContentChangeEvent
{
    public Range? Range { get; init; }

    public required string Text { get; init; }
}

public sealed class DidCloseTextDocumentParams
{
    public required TextDocumentIdentifier TextDocument { get; init; }
}

public sealed class TextDocumentPositionParams
{
    public required TextDocumentIdentifier TextDocument { get; init; }

    public required Position Position { get; init; }
}
