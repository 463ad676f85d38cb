using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using EditLint.LanguageServer.Features;
using EditLint.LanguageServer.JsonRpc;
using EditLint.LanguageServer.Protocol;
using EditLint.LanguageServer.Workspace;
using EditLint.Text;

namespace EditLint.LanguageServer;

/// <summary>
/// <c>editlint lsp</c>: a Language Server Protocol 3.17 server over a pair of streams. Messages are read in
/// order on one loop, so document changes apply in the order sent; requests that analyse run beside it and can be
/// cancelled; <c>shutdown</c> is answered, and the server ends, only after every such answer has been written.
/// <see cref="RunAsync"/> returns the exit code: 0 after <c>shutdown</c> then <c>exit</c>, 1 otherwise.
/// </summary>
public sealed class LanguageServer
{
    /// <summary>The pause after the last change before a document is checked.</summary>
    public static readonly TimeSpan DefaultDebounce = TimeSpan.FromMilliseconds(150);

    private readonly MessageReader reader;
    private readonly MessageWriter writer;
    private readonly ServerTrace trace;
    private readonly ConfigurationCache configurations;
    private readonly ConfigurationReporter reporter;
    private readonly DiagnosticScheduler scheduler;
    private readonly DocumentAnalyzer analyzer;
    private readonly ConcurrentDictionary<string, OpenDocument> documents = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, CancellationTokenSource> requests = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<Task, bool> answering = new();
    private string[] workspaceFolders = [];
    private bool initialized;
    private bool shutdown;

    public LanguageServer(Stream input, Stream output, TextWriter log, TimeSpan? debounce = null)
    {
        reader = new MessageReader(input, log);
        writer = new MessageWriter(output);
        trace = new ServerTrace(writer, log);
        configurations = new ConfigurationCache(ConfigurationCache.BuiltIn);
        reporter = new ConfigurationReporter(writer);
        analyzer = new DocumentAnalyzer(configurations, () => workspaceFolders.FirstOrDefault() ?? Directory.GetCurrentDirectory(), Reloaded);
        scheduler = new DiagnosticScheduler(analyzer, writer, debounce ?? DefaultDebounce, trace);
    }

    public async Task<int> RunAsync(CancellationToken cancellation = default)
    {
        while (await ReadAsync(cancellation).ConfigureAwait(false) is { } body)
        {
            if (JsonSurrogates.ReplaceUnpaired(body) is int replaced and > 0)
            {
                // No .NET string holds one, so the message was dropped whole: an opened document was never open, a change was lost.
                trace.Error($"a message held {EnglishCount.Of(replaced, "unpaired surrogate escape")} (such as \\ud800 with no partner), read as U+FFFD.");
            }

            IncomingMessage? message;
            try
            {
                message = JsonSerializer.Deserialize(body, LspJsonContext.Default.IncomingMessage);
            }
            catch (JsonException e)
            {
                // JSON-RPC: -32700 for text that is not JSON, -32600 for JSON that is not a request or notification ([1, 2]).
                bool json = IsJson(body);
                trace.Error($"a message that is not JSON-RPC was answered with {(json ? "an invalid request" : "a parse")} error: {e.Message}");
                writer.RespondError(null, json ? ErrorCodes.InvalidRequest : ErrorCodes.ParseError, json ? "The message is JSON but not a JSON-RPC object." : $"The message is not valid JSON: {e.Message}");
                continue;
            }

            if (message?.Method is null)
            {
                // With an id, the client's answer to one of the server's own requests (client/registerCapability),
                // which needs nothing more; without one, no message at all.
                if (message?.HasId != true)
                {
                    writer.RespondError(null, ErrorCodes.InvalidRequest, "The message has neither a method nor an id.");
                }

                continue;
            }

            if (message.HasId && message.Id.ValueKind is not (JsonValueKind.String or JsonValueKind.Number))
            {
                writer.RespondError(null, ErrorCodes.InvalidRequest, $"The id of '{message.Method}' must be a number or a string.");
                continue;
            }

            if (message.HasId)
            {
                var id = message.Id;
                if (message.Method == "shutdown")
                {
                    await AnswersInFlight().ConfigureAwait(false); // a hover sent just before it was answered by no one once 'exit' came
                }

                HandleRequest(id, message.Method, message.Params);
            }
            else if (message.Method == "exit")
            {
                break;
            }
            else
            {
                try
                {
                    HandleNotification(message.Method, message.Params);
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    // A notification has no answer to carry an error, and the server must outlive a bad one.
                    trace.Error($"'{message.Method}' could not be handled ({e.GetType().Name}: {e.Message}); it was ignored.");
                }
            }
        }

        foreach (var document in documents.Values)
        {
            document.Pending?.Cancel();
        }

        await AnswersInFlight().ConfigureAwait(false);
        return shutdown ? 0 : 1;
    }

    /// <summary>A request's id as a key: 5 and "5" are two ids (a cancellation of one cancelled the other).</summary>
    private static string RequestKey(JsonElement id) => $"{id.ValueKind}:{id}";

    private static bool IsJson(byte[] body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>Every request still being answered on the thread pool, done.</summary>
    private Task AnswersInFlight() => Task.WhenAll(answering.Keys);

    /// <summary>The next message, or null when the input ends or can no longer be read (the client went away).</summary>
    private async Task<byte[]?> ReadAsync(CancellationToken cancellation)
    {
        try
        {
            return await reader.ReadAsync(cancellation).ConfigureAwait(false);
        }
        catch (IOException e)
        {
            trace.Error($"the input could not be read ({e.Message}); the server stops.");
            return null;
        }
    }

    private void HandleRequest(JsonElement id, string method, JsonElement? parameters)
    {
        if (!initialized && method != "initialize")
        {
            writer.RespondError(id, ErrorCodes.ServerNotInitialized, $"'{method}' came before 'initialize'.");
            return;
        }

        if (initialized && method == "initialize")
        {
            writer.RespondError(id, ErrorCodes.InvalidRequest, "The server is already initialised.");
            return;
        }

        if (shutdown)
        {
            writer.RespondError(id, ErrorCodes.InvalidRequest, $"'{method}' came after 'shutdown'.");
            return;
        }

        switch (method)
        {
            case "initialize":
                Respond(id, parameters, LspJsonContext.Default.InitializeParams, Initialize, LspJsonContext.Default.InitializeResult);
                break;
            case "shutdown":
                shutdown = true;
                writer.RespondNull(id);
                break;
            case "textDocument/codeAction":
                RespondLater(id, parameters, LspJsonContext.Default.CodeActionParams, p => WithDocument(p.TextDocument.Uri, d => CodeActionProvider.For(d, p.Range, p.Context?.Only)) ?? [], LspJsonContext.Default.CodeActionArray);
                break;
            case "textDocument/hover":
                RespondLater(id, parameters, LspJsonContext.Default.TextDocumentPositionParams, p => WithDocument(p.TextDocument.Uri, d => HoverProvider.For(d, p.Position)), LspJsonContext.Default.Hover);
                break;
            case "textDocument/diagnostic":
                RespondLater(id, parameters, LspJsonContext.Default.DocumentDiagnosticParams, Pull, LspJsonContext.Default.FullDocumentDiagnosticReport);
                break;
            default:
                writer.RespondError(id, ErrorCodes.MethodNotFound, $"EditLint does not handle '{method}'.");
                break;
        }
    }

    private void HandleNotification(string method, JsonElement? parameters)
    {
        if (!initialized)
        {
            return;
        }

        switch (method)
        {
            case "initialized" when !watchersRegistered:
                watchersRegistered = true; // a second 'initialized' registered them again
                RegisterWatchers();
                break;
            case "$/cancelRequest":
                if (Bind(parameters, LspJsonContext.Default.CancelParams, method) is { } cancel && requests.TryGetValue(RequestKey(cancel.Id), out var source))
                {
                    source.Cancel();
                }

                break;
            case "$/setTrace":
                trace.SetLevel(Bind(parameters, LspJsonContext.Default.SetTraceParams, method)?.Value);
                break;
            case "textDocument/didOpen":
                if (Bind(parameters, LspJsonContext.Default.DidOpenTextDocumentParams, method) is { } open)
                {
                    var item = open.TextDocument;
                    var document = new OpenDocument(item.Uri, item.LanguageId, item.Version, item.Text);
                    if (documents.TryGetValue(item.Uri, out var replaced))
                    {
                        replaced.Pending?.Cancel();
                    }

                    documents[item.Uri] = document;
                    scheduler.Schedule(document);
                }

                break;
            case "textDocument/didChange":
                if (Bind(parameters, LspJsonContext.Default.DidChangeTextDocumentParams, method) is { } change)
                {
                    if (change.ContentChanges.Any(c => c is null))
                    {
                        trace.Error($"a change to {change.TextDocument.Uri} with a null among its content changes was ignored.");
                    }
                    else if (documents.TryGetValue(change.TextDocument.Uri, out var document))
                    {
                        document.Apply(change.TextDocument.Version, change.ContentChanges);
                        scheduler.Schedule(document);
                    }
                    else
                    {
                        trace.Error($"a change to {change.TextDocument.Uri}, which is not open, was ignored.");
                    }
                }

                break;
            case "textDocument/didClose":
                if (Bind(parameters, LspJsonContext.Default.DidCloseTextDocumentParams, method) is { } close && documents.TryRemove(close.TextDocument.Uri, out var closed))
                {
                    scheduler.Close(closed);
                }

                break;
            case "workspace/didChangeWatchedFiles":
                if (Bind(parameters, LspJsonContext.Default.DidChangeWatchedFilesParams, method) is { } watched &&
                    (configurations.AnyChanged() || watched.Changes.Any(c => c?.Uri is { } uri && uri.EndsWith("/" + Configuration.ConfigurationLoader.FileName, StringComparison.Ordinal))))
                {
                    RecheckAll();
                }

                break;
        }
    }

    private void Reloaded(ConfigurationState state)
    {
        trace.Log($"Read the configuration {state.ConfigPath ?? "(the defaults)"}: {(state.IsGood ? "in use" : "it has errors, the last good one stays in use")}.");
        reporter.Report(state);
    }

    private InitializeResult Initialize(InitializeParams parameters)
    {
        initialized = true;
        workspaceFolders = [.. (parameters.WorkspaceFolders?.Select(f => f.Uri) ?? (parameters.RootUri is { } root ? [root] : []))
            .Select(DocumentUri.ToPath).OfType<string>()];
        trace.SetLevel(parameters.Trace);
        bool pull = parameters.Capabilities?.TextDocument?.Diagnostic is not null;
        scheduler.Push = !pull;
        watchFiles = parameters.Capabilities?.Workspace?.DidChangeWatchedFiles?.DynamicRegistration == true;
        refreshPulls = pull && parameters.Capabilities?.Workspace?.Diagnostics?.RefreshSupport == true;
        return new InitializeResult
        {
            Capabilities = new ServerCapabilities
            {
                TextDocumentSync = new TextDocumentSyncOptions(),
                CodeActionProvider = new CodeActionOptions { CodeActionKinds = ["quickfix"] },
                DiagnosticProvider = pull ? new DiagnosticOptions { Identifier = DiagnosticConverter.Source } : null,
            },
            ServerInfo = new ServerInfo { Name = "editlint", Version = Version },
        };
    }

    private bool watchFiles;
    private bool watchersRegistered;

    /// <summary>A client that pulls diagnostics and takes a refresh: told to pull again when the configuration changes.</summary>
    private bool refreshPulls;

    private static string? Version => typeof(LanguageServer).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;

    /// <summary>Asks the client to report changes to configurations, name lists and house rule files (all JSON).</summary>
    private void RegisterWatchers()
    {
        if (!watchFiles)
        {
            return;
        }

        writer.Request(
            "client/registerCapability",
            new RegistrationParams
            {
                Registrations =
                [
                    new Registration
                    {
                        Id = "editlint-watch",
                        Method = "workspace/didChangeWatchedFiles",
                        RegisterOptions = new DidChangeWatchedFilesRegistrationOptions { Watchers = [new Protocol.FileSystemWatcher { GlobPattern = "**/*.json" }] },
                    },
                ],
            },
            LspJsonContext.Default.RegistrationParams);
    }

    /// <summary>Checks every open document again, with the configuration as it now is.</summary>
    private void RecheckAll()
    {
        foreach (var document in documents.Values)
        {
            lock (document.Gate)
            {
                document.Latest = null;
            }

            scheduler.Schedule(document);
        }

        if (refreshPulls)
        {
            // A pulling client asks again only when the user types in a document: its findings under the old
            // configuration would stay on screen until then.
            writer.Request("workspace/diagnostic/refresh");
        }
    }

    private T? WithDocument<T>(string uri, Func<DocumentAnalysis, T?> answer)
        where T : class =>
        documents.TryGetValue(uri, out var document) ? answer(scheduler.Current(document)) : null;

    /// <summary>Pull diagnostics: the open document's current version, or the file on disk when it is not open.</summary>
    private FullDocumentDiagnosticReport Pull(DocumentDiagnosticParams parameters)
    {
        string uri = parameters.TextDocument.Uri;
        DocumentAnalysis? analysis = null;
        if (documents.TryGetValue(uri, out var document))
        {
            analysis = scheduler.Current(document);
        }
        else if (DocumentUri.ToPath(uri) is { } path && File.Exists(path))
        {
            try
            {
                analysis = analyzer.Analyze(uri, string.Empty, Text.TextDecoder.Decode(IO.SystemFiles.ReadAllBytes(path)).Text?.Text ?? string.Empty, 0);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A device or a pipe holds no article (reading /dev/zero never ends), and an unreadable file none we can see.
            }
        }

        return new FullDocumentDiagnosticReport { ResultId = analysis?.Version.ToString(System.Globalization.CultureInfo.InvariantCulture), Items = [.. analysis?.Diagnostics ?? []] };
    }

    private void Respond<TParams, TResult>(JsonElement id, JsonElement? parameters, JsonTypeInfo<TParams> paramsType, Func<TParams, TResult> handle, JsonTypeInfo<TResult> resultType)
        where TParams : class
    {
        if (Bind(parameters, paramsType, null) is not { } bound)
        {
            writer.RespondError(id, ErrorCodes.InvalidParams, $"The parameters are not {typeof(TParams).Name}.");
            return;
        }

        writer.Respond(id, handle(bound), resultType);
    }

    /// <summary>Answers on the thread pool, so the loop reads on; <c>$/cancelRequest</c> with the id cancels the answer.</summary>
    private void RespondLater<TParams, TResult>(JsonElement id, JsonElement? parameters, JsonTypeInfo<TParams> paramsType, Func<TParams, TResult?> handle, JsonTypeInfo<TResult> resultType)
        where TParams : class
        where TResult : class
    {
        if (Bind(parameters, paramsType, null) is not { } bound)
        {
            writer.RespondError(id, ErrorCodes.InvalidParams, $"The parameters are not {typeof(TParams).Name}.");
            return;
        }

        string key = RequestKey(id);
        var cancel = new CancellationTokenSource();
        requests[key] = cancel;
        var answer = Task.Run(() =>
        {
            try
            {
                var result = handle(bound);
                if (cancel.IsCancellationRequested)
                {
                    writer.RespondError(id, ErrorCodes.RequestCancelled, "The request was cancelled.");
                }
                else if (result is null)
                {
                    writer.RespondNull(id);
                }
                else
                {
                    writer.Respond(id, result, resultType);
                }
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                trace.Error($"a request failed ({e.GetType().Name}: {e.Message}).");
                writer.RespondError(id, ErrorCodes.InternalError, $"EditLint could not answer: {e.Message}");
            }
            finally
            {
                requests.TryRemove(key, out _);
            }
        });
        answering[answer] = true;
        _ = answer.ContinueWith(done => answering.TryRemove(done, out _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    private T? Bind<T>(JsonElement? parameters, JsonTypeInfo<T> type, string? notification)
        where T : class
    {
        try
        {
            if (parameters is { ValueKind: JsonValueKind.Object } element)
            {
                return element.Deserialize(type);
            }
        }
        catch (JsonException e)
        {
            if (notification is not null)
            {
                trace.Error($"'{notification}' with parameters that do not fit was ignored: {e.Message}");
            }

            return null;
        }

        if (notification is not null)
        {
            trace.Error($"'{notification}' without parameters was ignored.");
        }

        return null;
    }
}
