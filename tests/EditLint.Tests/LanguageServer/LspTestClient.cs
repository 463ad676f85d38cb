using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO.Pipes;
using System.Text;
using System.Text.Json.Nodes;

namespace EditLint.Tests.LanguageServer;

/// <summary>
/// Speaks LSP to the server as an editor would: framed JSON-RPC over a pair of streams, to a server in this process
/// (over pipes) or to <c>editlint lsp</c> as a child process. Keeps every message the server sends, in order.
/// </summary>
public sealed class LspTestClient : IAsyncDisposable
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly Stream toServer;
    private readonly Stream fromServer;
    private readonly Process? process;
    private readonly List<JsonObject> received = [];
    private readonly SemaphoreSlim arrived = new(0);
    private readonly Task readLoop;
    private int nextId;

    private LspTestClient(Stream toServer, Stream fromServer, Task<int> serverExit, Process? process, TextWriter? serverLog = null)
    {
        this.serverLog = serverLog;
        this.toServer = toServer;
        this.fromServer = fromServer;
        this.process = process;
        ServerExit = serverExit;
        readLoop = Task.Run(ReadLoop);
    }

    /// <summary>The server's exit code, once it has stopped.</summary>
    public Task<int> ServerExit { get; }

    /// <summary>What the server wrote to standard error.</summary>
    public string ServerLog => serverLog?.ToString() ?? processError.ToString();

    private readonly TextWriter? serverLog;
    private readonly StringBuilder processError = new();

    public static LspTestClient InProcess()
    {
        var clientToServer = new AnonymousPipeServerStream(PipeDirection.Out);
        var serverInput = new AnonymousPipeClientStream(PipeDirection.In, clientToServer.ClientSafePipeHandle);
        var serverToClient = new AnonymousPipeServerStream(PipeDirection.Out);
        var clientInput = new AnonymousPipeClientStream(PipeDirection.In, serverToClient.ClientSafePipeHandle);
        var log = new StringWriter();
        var server = new EditLint.LanguageServer.LanguageServer(serverInput, serverToClient, TextWriter.Synchronized(log));
        var exit = Task.Run(async () =>
        {
            int code = await server.RunAsync();
            serverToClient.Dispose();
            return code;
        });
        return new LspTestClient(clientToServer, clientInput, exit, null, log);
    }

    /// <summary><c>dotnet EditLint.Cli.dll lsp</c>, as an editor starts it.</summary>
    public static LspTestClient ChildProcess(string workingDirectory)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "EditLint.Cli.dll"));
        start.ArgumentList.Add("lsp");
        start.ArgumentList.Add("--stdio");
        var child = Process.Start(start)!;
        var client = new LspTestClient(child.StandardInput.BaseStream, child.StandardOutput.BaseStream, WaitForExit(child), child);
        child.ErrorDataReceived += (_, e) =>
        {
            lock (client.processError)
            {
                client.processError.AppendLine(e.Data);
            }
        };
        child.BeginErrorReadLine();
        return client;
    }

    private static async Task<int> WaitForExit(Process child)
    {
        await child.WaitForExitAsync();
        return child.ExitCode;
    }

    public async Task<JsonObject> InitializeAsync(JsonObject? capabilities = null, string? rootUri = null)
    {
        var response = await RequestAsync("initialize", new JsonObject
        {
            ["processId"] = null,
            ["rootUri"] = rootUri,
            ["capabilities"] = capabilities ?? new JsonObject(),
        });
        Notify("initialized", new JsonObject());
        return response;
    }

    /// <summary>Sends a request and waits for the response with its id (the whole response: result or error).</summary>
    public async Task<JsonObject> RequestAsync(string method, JsonNode? parameters)
    {
        int id = Interlocked.Increment(ref nextId);
        Send(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters });
        return await WaitForAsync(m => m["id"]?.GetValueKind() == System.Text.Json.JsonValueKind.Number && (int)m["id"]! == id && m["method"] is null);
    }

    public void Notify(string method, JsonNode? parameters) =>
        Send(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = parameters });

    public void Send(JsonObject message) => SendRaw(Encoding.UTF8.GetBytes(message.ToJsonString()));

    public void SendRaw(byte[] body, string? header = null)
    {
        lock (toServer)
        {
            toServer.Write(Encoding.ASCII.GetBytes(header ?? $"Content-Length: {body.Length}\r\n\r\n"));
            toServer.Write(body);
            toServer.Flush();
        }
    }

    public void Open(string uri, string text, string languageId = "markdown", int version = 1) =>
        Notify("textDocument/didOpen", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri, ["languageId"] = languageId, ["version"] = version, ["text"] = text },
        });

    public void Change(string uri, int version, params JsonObject[] changes) =>
        Notify("textDocument/didChange", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri, ["version"] = version },
            ["contentChanges"] = new JsonArray([.. changes]),
        });

    /// <summary>Waits for the diagnostics published for <paramref name="uri"/> at <paramref name="version"/> (any version when null).</summary>
    public async Task<JsonArray> DiagnosticsAsync(string uri, int? version)
    {
        var message = await WaitForAsync(m => (string?)m["method"] == "textDocument/publishDiagnostics" && (string?)m["params"]!["uri"] == uri
            && (version is null || (int?)m["params"]!["version"] == version));
        return message["params"]!["diagnostics"]!.AsArray();
    }

    /// <summary>Every message received so far, in order.</summary>
    public IReadOnlyList<JsonObject> Received
    {
        get
        {
            lock (received)
            {
                return [.. received];
            }
        }
    }

    public async Task<JsonObject> WaitForAsync(Func<JsonObject, bool> match)
    {
        var deadline = DateTime.UtcNow + Patience;
        int seen = 0;
        while (true)
        {
            lock (received)
            {
                for (; seen < received.Count; seen++)
                {
                    if (match(received[seen]))
                    {
                        return received[seen];
                    }
                }
            }

            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero || (readLoop.IsCompleted && seen == Received.Count))
            {
                throw new TimeoutException($"No matching message from the server. Received:\n{string.Join("\n", Received.Select(m => Shorten(m.ToJsonString())))}\nServer log:\n{ServerLog}");
            }

            await arrived.WaitAsync(left < TimeSpan.FromSeconds(1) ? left : TimeSpan.FromSeconds(1));
        }
    }

    /// <summary>Closes the server's input, as an editor that quits does.</summary>
    public void CloseInput() => toServer.Dispose();

    public async ValueTask DisposeAsync()
    {
        try
        {
            toServer.Dispose();
        }
        catch (IOException)
        {
        }

        await Task.WhenAny(ServerExit, Task.Delay(Patience));
        if (process is { HasExited: false })
        {
            process.Kill();
        }

        await Task.WhenAny(readLoop, Task.Delay(TimeSpan.FromSeconds(5)));
        process?.Dispose();
    }

    private static string Shorten(string text) => text.Length > 400 ? text[..400] + "…" : text;

    private async Task ReadLoop()
    {
        var buffer = new List<byte>();
        var chunk = new byte[64 << 10];
        while (true)
        {
            int headerEnd;
            while ((headerEnd = IndexOfHeaderEnd(buffer)) < 0)
            {
                int read = await fromServer.ReadAsync(chunk);
                if (read == 0)
                {
                    return;
                }

                buffer.AddRange(chunk.AsSpan(0, read));
            }

            string header = Encoding.ASCII.GetString([.. buffer.GetRange(0, headerEnd)]);
            int length = int.Parse(header.Split("\r\n").Single(l => l.StartsWith("Content-Length:", StringComparison.Ordinal))["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
            buffer.RemoveRange(0, headerEnd + 4);
            while (buffer.Count < length)
            {
                int read = await fromServer.ReadAsync(chunk);
                if (read == 0)
                {
                    return;
                }

                buffer.AddRange(chunk.AsSpan(0, read));
            }

            var message = JsonNode.Parse(Encoding.UTF8.GetString([.. buffer.GetRange(0, length)]))!.AsObject();
            buffer.RemoveRange(0, length);
            lock (received)
            {
                received.Add(message);
            }

            arrived.Release();
        }
    }

    private static int IndexOfHeaderEnd(List<byte> buffer)
    {
        for (int i = 0; i + 3 < buffer.Count; i++)
        {
            if (buffer[i] == '\r' && buffer[i + 1] == '\n' && buffer[i + 2] == '\r' && buffer[i + 3] == '\n')
            {
                return i;
            }
        }

        return -1;
    }
}
