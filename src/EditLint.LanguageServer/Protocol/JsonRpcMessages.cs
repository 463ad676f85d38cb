using System.Text.Json;

namespace EditLint.LanguageServer.Protocol;

/// <summary>
/// Any JSON-RPC 2.0 message as read: a request (id and method), a notification (method only) or a response to one of
/// the server's own requests (id, result or error). <see cref="Params"/> is kept raw and bound by each handler.
/// </summary>
public sealed class IncomingMessage
{
    public string? Jsonrpc { get; init; }

    /// <summary>
    /// The id as written: <see cref="JsonValueKind.Undefined"/> when the message has none (a notification), and
    /// <see cref="JsonValueKind.Null"/> for <c>"id": null</c>, which is a request with an id LSP does not allow, not a
    /// notification.
    /// </summary>
    public JsonElement Id { get; init; }

    /// <summary>Whether the message has an id member at all, null included.</summary>
    public bool HasId => Id.ValueKind != JsonValueKind.Undefined;

    public string? Method { get; init; }

    public JsonElement? Params { get; init; }

    public JsonElement? Result { get; init; }

    public ResponseError? Error { get; init; }
}

public sealed class ResponseError
{
    public required int Code { get; init; }

    public required string Message { get; init; }
}

/// <summary>The JSON-RPC and LSP error codes the server answers with.</summary>
public static class ErrorCodes
{
    public const int ParseError = -32700;
    public const int InvalidRequest = -32600;
    public const int MethodNotFound = -32601;
    public const int InvalidParams = -32602;
    public const int InternalError = -32603;
    public const int ServerNotInitialized = -32002;
    public const int RequestCancelled = -32800;
}

public sealed class CancelParams
{
    public JsonElement Id { get; init; }
}

public sealed class SetTraceParams
{
    public string? Value { get; init; }
}

public sealed class LogTraceParams
{
    public required string Message { get; init; }
}

public sealed class ShowMessageParams
{
    /// <summary>1 error, 2 warning, 3 info, 4 log.</summary>
    public required int Type { get; init; }

    public required string Message { get; init; }
}
