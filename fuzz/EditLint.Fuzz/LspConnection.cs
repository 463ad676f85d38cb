using System.Collections.Concurrent;
using System.IO.Pipes;
using System.Text;
using System.Text.Json.Nodes;

namespace EditLint.Fuzz;

/// <summary>
/// A language server in this process and the client end of its pipes: framed JSON-RPC out, every frame that comes back
/// parsed as JSON (a frame that is not is a broken invariant), responses matched to their requests by id.
/// </summary>
internal sealed class LspConnection : IDisposable
{
    /// <summary>Longer than any answer takes; past it the server is taken to hang.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private readonly AnonymousPipeServerStream toServer = new(PipeDirection.Out);
    private readonly AnonymousPipeServerStream fromServer = new(PipeDirection.Out);
    private readonly AnonymousPipeClientStream clientInput;
    private readonly BlockingCollection<JsonNode> received = [];
    private readonly Task<int> server;
    private readonly Task reading;
    private readonly StringWriter log = new();
    private int nextId;
    private bool inputClosed;

    public LspConnection()
    {
        var serverInput = new AnonymousPipeClientStream(PipeDirection.In, toServer.ClientSafePipeHandle);
        clientInput = new AnonymousPipeClientStream(PipeDirection.In, fromServer.ClientSafePipeHandle);
        var instance = new LanguageServer.LanguageServer(serverInput, fromServer, TextWriter.Synchronized(log), TimeSpan.Zero);
        server = Task.Run(async () =>
        {
            try
            {
                return await instance.RunAsync();
            }
            finally
            {
                fromServer.Dispose();
                serverInput.Dispose();
            }
        });
        reading = Task.Run(ReadFrames);
    }

    public void Initialize(bool pull)
    {
        var capabilities = new JsonObject();
        if (pull)
        {
            capabilities["textDocument"] = new JsonObject { ["diagnostic"] = new JsonObject() };
        }

        Request("initialize", new JsonObject { ["processId"] = null, ["rootUri"] = "file:///fuzz", ["capabilities"] = capabilities });
        Notify("initialized", new JsonObject());
    }

    public void Notify(string method, JsonObject? parameters) =>
        Send(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = parameters });

    /// <summary>Sends a request and waits for its response; the result, or null for a null result or an error.</summary>
    public JsonNode? Request(string method, JsonObject? parameters)
    {
        int id = ++nextId;
        Send(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters });
        while (true)
        {
            if (!received.TryTake(out var message, Patience))
            {
                throw new TimeoutException($"'{method}' (id {id}) was not answered within {Patience.TotalSeconds} s; server log: {log}");
            }

            if (message["id"] is { } answered && message["method"] is null && answered.GetValueKind() == System.Text.Json.JsonValueKind.Number && (int)answered == id)
            {
                return message["result"];
            }
        }
    }

    public void SendRaw(ReadOnlySpan<byte> bytes)
    {
        try
        {
            toServer.Write(bytes);
            toServer.Flush();
        }
        catch (IOException)
        {
            // The server stopped reading (an "exit" in the input): what it did with the rest is checked at exit.
        }
    }

    public void CloseInput()
    {
        if (!inputClosed)
        {
            inputClosed = true;
            toServer.Dispose();
        }
    }

    /// <summary>The server must stop once its input ends, without throwing, and every frame it wrote must be JSON.</summary>
    public void WaitForExit()
    {
        CloseInput();
        if (!server.Wait(Patience))
        {
            throw new TimeoutException($"The server did not stop within {Patience.TotalSeconds} s of its input ending; log: {log}");
        }

        if (!reading.Wait(Patience))
        {
            throw new TimeoutException("The server's output did not end after it stopped.");
        }

        reading.GetAwaiter().GetResult();
    }

    public void Dispose()
    {
        CloseInput();
        clientInput.Dispose();
        received.Dispose();
    }

    private void Send(JsonObject message)
    {
        byte[] body = Encoding.UTF8.GetBytes(message.ToJsonString());
        SendRaw(Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n"));
        SendRaw(body);
    }

    private void ReadFrames()
    {
        var buffer = new List<byte>();
        var chunk = new byte[64 << 10];
        int read;
        while ((read = clientInput.Read(chunk)) > 0)
        {
            buffer.AddRange(chunk.AsSpan(0, read));
            while (TryFrame(buffer, out var body))
            {
                JsonNode node;
                try
                {
                    node = JsonNode.Parse(body) ?? throw new InvalidOperationException("The server wrote a null frame.");
                }
                catch (System.Text.Json.JsonException e)
                {
                    throw new InvalidOperationException($"The server wrote a frame that is not JSON: {e.Message}");
                }

                received.Add(node);
            }
        }
    }

    private static bool TryFrame(List<byte> buffer, out byte[] body)
    {
        body = [];
        var bytes = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(buffer);
        int headerEnd = bytes.IndexOf("\r\n\r\n"u8);
        if (headerEnd < 0)
        {
            return false;
        }

        string header = Encoding.ASCII.GetString(bytes[..headerEnd]);
        const string Field = "Content-Length: ";
        int at = header.IndexOf(Field, StringComparison.Ordinal);
        if (at < 0 || !int.TryParse(header.AsSpan(at + Field.Length).Trim(), out int length))
        {
            throw new InvalidOperationException($"The server wrote a frame header without Content-Length: '{header}'");
        }

        if (bytes.Length < headerEnd + 4 + length)
        {
            return false;
        }

        body = bytes.Slice(headerEnd + 4, length).ToArray();
        buffer.RemoveRange(0, headerEnd + 4 + length);
        return true;
    }
}
