using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using EditLint.LanguageServer.Protocol;

namespace EditLint.LanguageServer.JsonRpc;

/// <summary>
/// Writes JSON-RPC messages as LSP frames, one at a time whichever thread sends them. Bodies are written through the
/// generated type information, never by reflection. A client that has gone away is not an error here: the reader sees
/// the end of the input and the server stops.
/// </summary>
internal sealed class MessageWriter(Stream output)
{
    private readonly Lock gate = new();
    private int nextRequestId;

    public void Respond<T>(JsonElement id, T result, JsonTypeInfo<T> type) =>
        Send(writer =>
        {
            writer.WritePropertyName("id");
            id.WriteTo(writer);
            writer.WritePropertyName("result");
            JsonSerializer.Serialize(writer, result, type);
        });

    public void RespondNull(JsonElement id) =>
        Send(writer =>
        {
            writer.WritePropertyName("id");
            id.WriteTo(writer);
            writer.WriteNull("result");
        });

    /// <summary>An error response; <paramref name="id"/> is null when the request's id could not be read.</summary>
    public void RespondError(JsonElement? id, int code, string message) =>
        Send(writer =>
        {
            writer.WritePropertyName("id");
            if (id is { } known)
            {
                known.WriteTo(writer);
            }
            else
            {
                writer.WriteNullValue();
            }

            writer.WritePropertyName("error");
            JsonSerializer.Serialize(writer, new ResponseError { Code = code, Message = message }, LspJsonContext.Default.ResponseError);
        });

    public void Notify<T>(string method, T parameters, JsonTypeInfo<T> type) =>
        Send(writer =>
        {
            writer.WriteString("method", method);
            writer.WritePropertyName("params");
            JsonSerializer.Serialize(writer, parameters, type);
        });

    /// <summary>A request to the client whose answer the server does not wait for (e.g. <c>client/registerCapability</c>).</summary>
    public void Request<T>(string method, T parameters, JsonTypeInfo<T> type) =>
        Send(writer =>
        {
            writer.WriteString("id", $"editlint-{Interlocked.Increment(ref nextRequestId)}");
            writer.WriteString("method", method);
            writer.WritePropertyName("params");
            JsonSerializer.Serialize(writer, parameters, type);
        });

    /// <summary>A request without parameters whose answer the server does not wait for (<c>workspace/diagnostic/refresh</c>).</summary>
    public void Request(string method) =>
        Send(writer =>
        {
            writer.WriteString("id", $"editlint-{Interlocked.Increment(ref nextRequestId)}");
            writer.WriteString("method", method);
        });

    private void Send(Action<Utf8JsonWriter> writeMembers)
    {
        var body = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(body))
        {
            writer.WriteStartObject();
            writer.WriteString("jsonrpc", "2.0");
            writeMembers(writer);
            writer.WriteEndObject();
        }

        byte[] header = Encoding.ASCII.GetBytes($"Content-Length: {body.WrittenCount}\r\n\r\n");
        lock (gate)
        {
            try
            {
                output.Write(header);
                output.Write(body.WrittenSpan);
                output.Flush();
            }
            catch (Exception e) when (e is IOException or ObjectDisposedException)
            {
                // The client closed its end; the read loop ends on its own.
            }
        }
    }
}
