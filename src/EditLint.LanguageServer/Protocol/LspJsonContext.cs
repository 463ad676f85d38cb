using System.Text.Json.Serialization;

namespace EditLint.LanguageServer.Protocol;

/// <summary>
/// Every type the server reads or writes, serialised by generated code: no reflection, so the server is safe for
/// Native AOT and trimming. Absent properties are not written (LSP distinguishes absent from null only where the
/// server writes null itself, in a response's <c>result</c>).
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNameCaseInsensitive = false,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(IncomingMessage))]
[JsonSerializable(typeof(ResponseError))]
[JsonSerializable(typeof(CancelParams))]
[JsonSerializable(typeof(SetTraceParams))]
[JsonSerializable(typeof(LogTraceParams))]
[JsonSerializable(typeof(ShowMessageParams))]
[JsonSerializable(typeof(InitializeParams))]
[JsonSerializable(typeof(InitializeResult))]
[JsonSerializable(typeof(RegistrationParams))]
[JsonSerializable(typeof(DidChangeWatchedFilesParams))]
[JsonSerializable(typeof(DidOpenTextDocumentParams))]
[JsonSerializable(typeof(DidChangeTextDocumentParams))]
[JsonSerializable(typeof(DidCloseTextDocumentParams))]
[JsonSerializable(typeof(TextDocumentPositionParams))]
[JsonSerializable(typeof(PublishDiagnosticsParams))]
[JsonSerializable(typeof(DocumentDiagnosticParams))]
[JsonSerializable(typeof(FullDocumentDiagnosticReport))]
[JsonSerializable(typeof(CodeActionParams))]
[JsonSerializable(typeof(CodeAction[]))]
[JsonSerializable(typeof(Hover))]
internal sealed partial class LspJsonContext : JsonSerializerContext;
