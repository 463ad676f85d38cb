using System.Text;

namespace EditLint.LanguageServer.JsonRpc;

/// <summary>
/// Reads LSP base-protocol frames: header lines ending in an empty line, then <c>Content-Length</c> bytes of UTF-8
/// JSON. A header block without a usable <c>Content-Length</c> is reported and skipped, so one bad frame does not stop
/// the server.
/// </summary>
internal sealed class MessageReader(Stream input, TextWriter log)
{
    /// <summary>The largest body read; a 5 MB article is about 5 MB of JSON string.</summary>
    public const int MaxBodyBytes = 256 << 20;

    private const int MaxHeaderBytes = 64 << 10;
    private static readonly byte[] HeaderEnd = "\r\n\r\n"u8.ToArray();

    private byte[] buffer = new byte[64 << 10];
    private int start;
    private int end;

    /// <summary>The next message's body, or null at the end of the input.</summary>
    public async Task<byte[]?> ReadAsync(CancellationToken cancellation)
    {
        while (true)
        {
            string? header = await ReadHeaderAsync(cancellation);
            if (header is null)
            {
                return null;
            }

            int? length = ContentLength(header);
            if (length is null)
            {
                log.WriteLine($"editlint lsp: a message header without a valid Content-Length was skipped: '{header.ReplaceLineEndings(" | ")}'");
                continue;
            }

            var body = new byte[length.Value];
            int filled = Math.Min(end - start, body.Length);
            buffer.AsSpan(start, filled).CopyTo(body);
            start += filled;
            while (filled < body.Length)
            {
                int read = await input.ReadAsync(body.AsMemory(filled), cancellation);
                if (read == 0)
                {
                    return null;
                }

                filled += read;
            }

            return body;
        }
    }

    private async Task<string?> ReadHeaderAsync(CancellationToken cancellation)
    {
        int searched = start;
        while (true)
        {
            // LSP ends header lines with CRLF; a client that writes LF alone lost its first message, read as part of the
            // next header. An empty line of either kind ends the block.
            var window = buffer.AsSpan(searched, end - searched);
            int found = window.IndexOf(HeaderEnd);
            int foundLf = window.IndexOf("\n\n"u8);
            bool lf = foundLf >= 0 && (found < 0 || foundLf < found);
            if (found >= 0 || lf)
            {
                int headerEnd = searched + (lf ? foundLf : found);
                string header = Encoding.ASCII.GetString(buffer, start, headerEnd - start);
                start = headerEnd + (lf ? 2 : HeaderEnd.Length);
                return header;
            }

            searched = Math.Max(start, end - (HeaderEnd.Length - 1));
            if (end - start > MaxHeaderBytes)
            {
                log.WriteLine($"editlint lsp: {end - start} bytes arrived without the end of a message header; they were skipped.");
                start = end;
                searched = end;
            }

            if (start > 0)
            {
                Buffer.BlockCopy(buffer, start, buffer, 0, end - start);
                searched -= start;
                end -= start;
                start = 0;
            }

            if (end == buffer.Length)
            {
                Array.Resize(ref buffer, buffer.Length * 2);
            }

            int read = await input.ReadAsync(buffer.AsMemory(end), cancellation);
            if (read == 0)
            {
                return null;
            }

            end += read;
        }
    }

    // The field is looked for anywhere in the block, so stray bytes before a header (the body of a frame that had no
    // length) are passed over and the next frame is read.
    private static int? ContentLength(string header)
    {
        const string Field = "Content-Length:";
        int at = header.LastIndexOf(Field, StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return null;
        }

        var value = header.AsSpan(at + Field.Length);
        int lineEnd = value.IndexOfAny('\r', '\n');
        value = (lineEnd >= 0 ? value[..lineEnd] : value).Trim();
        return int.TryParse(value, out int length) && length is >= 0 and <= MaxBodyBytes ? length : null;
    }
}
