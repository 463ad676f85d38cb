namespace EditLint.IO;

/// <summary>A file's size for planning a run (how much to hold off collection, whether a run is long).</summary>
public static class FileSize
{
    /// <summary>The size of the file at <paramref name="path"/> in bytes, or 0 when it cannot be known: whatever reads the file reports why.</summary>
    public static long OrZero(string path)
    {
        try
        {
            var info = new FileInfo(path);
            return info.Exists ? info.Length : 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return 0;
        }
    }
}
