namespace EditLint.LanguageServer.Workspace;

/// <summary>Where a document lives on disk, if it does: a <c>file:</c> URI gives a path; an unsaved buffer does not.</summary>
internal static class DocumentUri
{
    /// <summary>
    /// The local path of a <c>file:</c> URI, or null. "file://localhost/tmp/a.md" is "/tmp/a.md" (RFC 8089); a path this
    /// system cannot open, a share ("file://server/share/a.md") or a drive ("file:///C:/a.md") off Windows, or one holding
    /// NUL, gives null, and the document is checked as a buffer without a file (they had no findings at all).
    /// </summary>
    public static string? ToPath(string uri)
    {
        if (!System.Uri.TryCreate(WithPlainDriveColon(uri), UriKind.Absolute, out var parsed) || !parsed.IsFile)
        {
            return null;
        }

        if (parsed.IsUnc && parsed.Host.Equals("localhost", StringComparison.OrdinalIgnoreCase) && System.Uri.TryCreate("file://" + parsed.AbsolutePath, UriKind.Absolute, out var local))
        {
            parsed = local;
        }

        string path = parsed.LocalPath;
        return path.Contains('\0') || !Path.IsPathFullyQualified(path) ? null : path;
    }

    /// <summary>
    /// "file:///c%3A/Users/a.md", as VS Code writes a Windows path, becomes "file:///c:/Users/a.md": <see cref="System.Uri"/>
    /// reads the escaped colon as part of a folder's name ("/c:/Users/a.md"), not as a drive.
    /// </summary>
    internal static string WithPlainDriveColon(string uri) =>
        uri.Length > 11 && uri.StartsWith("file:///", StringComparison.OrdinalIgnoreCase) && char.IsAsciiLetter(uri[8])
            && uri.AsSpan(9, 3).Equals("%3A", StringComparison.OrdinalIgnoreCase)
            ? string.Concat(uri.AsSpan(0, 9), ":", uri.AsSpan(12))
            : uri;

    public static string FromPath(string path) => new System.Uri(path).AbsoluteUri;

    /// <summary>The last segment of the URI, for buffers with no path ("untitled:Untitled-1" gives "Untitled-1").</summary>
    public static string Name(string uri)
    {
        int slash = uri.LastIndexOfAny(['/', ':']);
        return System.Uri.UnescapeDataString(slash >= 0 ? uri[(slash + 1)..] : uri);
    }
}
