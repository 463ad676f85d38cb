namespace EditLint.LanguageServer.Workspace;

/// <summary>
/// The size and time of last change of a configuration's files when they were read, so the server notices an edit to
/// <c>editlint.json</c>, a name list or a house rule file even from a client that does not watch files.
/// </summary>
internal sealed class FileStamps
{
    private readonly (string Path, long Length, DateTime Written)[] stamps;

    private FileStamps((string, long, DateTime)[] stamps) => this.stamps = stamps;

    public static FileStamps Of(IEnumerable<string> paths) => new([.. paths.Distinct(StringComparer.Ordinal).Select(Stamp)]);

    public bool Changed() => stamps.Any(s => Stamp(s.Path) != s);

    public bool Covers(string path) => stamps.Any(s => string.Equals(s.Path, path, StringComparison.Ordinal));

    private static (string, long, DateTime) Stamp(string path)
    {
        var info = new FileInfo(path);
        return info.Exists ? (path, info.Length, info.LastWriteTimeUtc) : (path, -1, DateTime.MinValue);
    }
}
