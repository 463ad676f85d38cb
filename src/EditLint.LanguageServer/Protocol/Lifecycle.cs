namespace EditLint.LanguageServer.Protocol;

public sealed class InitializeParams
{
    public int? ProcessId { get; init; }

    public string? RootUri { get; init; }

    public WorkspaceFolder[]? WorkspaceFolders { get; init; }

    public ClientCapabilities? Capabilities { get; init; }

    public string? Trace { get; init; }
}

public sealed class WorkspaceFolder
{
    public required string Uri { get; init; }

    public string? Name { get; init; }
}

/// <summary>Only the capabilities the server looks at.</summary>
public sealed class ClientCapabilities
{
    public TextDocumentClientCapabilities? TextDocument { get; init; }

    public WorkspaceClientCapabilities? Workspace { get; init; }
}

public sealed class TextDocumentClientCapabilities
{
    /// <summary>Present when the client pulls diagnostics (<c>textDocument/diagnostic</c>).</summary>
    public DynamicRegistrationCapability? Diagnostic { get; init; }
}

public sealed class WorkspaceClientCapabilities
{
    public DynamicRegistrationCapability? DidChangeWatchedFiles { get; init; }

    public RefreshCapability? Diagnostics { get; init; }
}

/// <summary><c>workspace.diagnostics</c>: whether the client takes <c>workspace/diagnostic/refresh</c>.</summary>
public sealed class RefreshCapability
{
    public bool? RefreshSupport { get; init; }
}

public sealed class DynamicRegistrationCapability
{
    public bool? DynamicRegistration { get; init; }
}

public sealed class InitializeResult
{
    public required ServerCapabilities Capabilities { get; init; }

    public required ServerInfo ServerInfo { get; init; }
}

public sealed class ServerInfo
{
    public required string Name { get; init; }

    public string? Version { get; init; }
}

public sealed class ServerCapabilities
{
    public string PositionEncoding { get; init; } = "utf-16";

    public required TextDocumentSyncOptions TextDocumentSync { get; init; }

    public required CodeActionOptions CodeActionProvider { get; init; }

    public bool HoverProvider { get; init; } = true;

    public DiagnosticOptions? DiagnosticProvider { get; init; }
}

public sealed class TextDocumentSyncOptions
{
    public bool OpenClose { get; init; } = true;

    /// <summary>2: incremental.</summary>
    public int Change { get; init; } = 2;
}

public sealed class CodeActionOptions
{
    public required string[] CodeActionKinds { get; init; }
}

public sealed class DiagnosticOptions
{
    public string? Identifier { get; init; }

    public bool InterFileDependencies { get; init; }

    public bool WorkspaceDiagnostics { get; init; }
}

public sealed class RegistrationParams
{
    public required Registration[] Registrations { get; init; }
}

public sealed class Registration
{
    public required string Id { get; init; }

    public required string Method { get; init; }

    public DidChangeWatchedFilesRegistrationOptions? RegisterOptions { get; init; }
}

public sealed class DidChangeWatchedFilesRegistrationOptions
{
    public required FileSystemWatcher[] Watchers { get; init; }
}

public sealed class FileSystemWatcher
{
    public required string GlobPattern { get; init; }
}

public sealed class DidChangeWatchedFilesParams
{
    public required FileEvent[] Changes { get; init; }
}

public sealed class FileEvent
{
    public required string Uri { get; init; }

    /// <summary>1 created, 2 changed, 3 deleted.</summary>
    public int Type { get; init; }
}
