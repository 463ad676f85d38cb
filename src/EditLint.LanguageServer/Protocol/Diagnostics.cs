using System.Text.Json.Serialization;

namespace EditLint.LanguageServer.Protocol;

public sealed class LspDiagnostic
{
    public required Range Range { get; init; }

    /// <summary>1 error, 2 warning, 3 information, 4 hint.</summary>
    public int Severity { get; init; }

    public string? Code { get; init; }

    public CodeDescription? CodeDescription { get; init; }

    public string Source { get; init; } = "editlint";

    public required string Message { get; init; }

    public DiagnosticRelatedInformation[]? RelatedInformation { get; init; }
}

public sealed class CodeDescription
{
    public required string Href { get; init; }
}

public sealed class DiagnosticRelatedInformation
{
    public required Location Location { get; init; }

    public required string Message { get; init; }
}

public sealed class PublishDiagnosticsParams
{
    public required string Uri { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Version { get; init; }

    public required LspDiagnostic[] Diagnostics { get; init; }
}

public sealed class DocumentDiagnosticParams
{
    public required TextDocumentIdentifier TextDocument { get; init; }

    public string? PreviousResultId { get; init; }
}

public sealed class FullDocumentDiagnosticReport
{
    public string Kind { get; init; } = "full";

    public string? ResultId { get; init; }

    public required LspDiagnostic[] Items { get; init; }
}
