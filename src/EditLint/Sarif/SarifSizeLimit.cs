using System.IO.Compression;
using System.Text;
using EditLint.Text;

namespace EditLint.Sarif;

/// <summary>
/// Serializes a run's log within GitHub's size limit: code scanning refuses a SARIF file over 10 MB gzipped. When
/// the log is larger, it is built again with fewer results (the most severe kept, see <see cref="SarifResultLimit"/>)
/// until it fits; the notification says why results were left out. A log of no results is never cut further.
/// </summary>
public static class SarifSizeLimit
{
    /// <summary>GitHub's limit, 10 MB gzipped, read as 10,000,000 bytes (the smaller of the two readings).</summary>
    public const long GitHubMaxGzipBytes = 10_000_000;

    // Each retry aims this far under the limit, so one retry is almost always enough.
    private const double Margin = 0.9;
    private const int MaxAttempts = 8;

    /// <summary>The log <paramref name="build"/> makes from <paramref name="options"/>, cut until it fits.</summary>
    public static string Serialize(Func<SarifLogOptions, SarifLog> build, SarifLogOptions options)
    {
        var log = build(options);
        string json = SarifWriter.Serialize(log);
        for (int attempt = 0; attempt < MaxAttempts; attempt++)
        {
            long size = GzipSize(json, options.MaxGzipBytes);
            int count = log.Runs[0].Results.Count;
            if (size <= options.MaxGzipBytes || count == 0)
            {
                return json;
            }

            int max = (int)Math.Min(count - 1, Math.Floor(count * Margin * options.MaxGzipBytes / size));
            options = options with
            {
                MaxResults = max,
                MaxResultsReason = $"because with {EnglishCount.Number(count)} it was {EnglishCount.Number(size)} bytes gzipped, over the {EnglishCount.Number(options.MaxGzipBytes)} bytes GitHub code scanning accepts",
            };
            log = build(options);
            json = SarifWriter.Serialize(log);
        }

        return json;
    }

    /// <summary>The gzipped size of <paramref name="json"/>; not compressed when its plain size is already within the limit.</summary>
    public static long GzipSize(string json, long limit)
    {
        long plain = Encoding.UTF8.GetByteCount(json);
        if (plain <= limit)
        {
            return plain;
        }

        using var counter = new CountingStream();
        using (var gzip = new GZipStream(counter, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(json));
        }

        return counter.Length;
    }


    /// <summary>A write-only stream that only counts what is written.</summary>
    private sealed class CountingStream : Stream
    {
        private long length;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => length;

        public override long Position { get => length; set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => length += count;

        public override void Write(ReadOnlySpan<byte> buffer) => length += buffer.Length;
    }
}
