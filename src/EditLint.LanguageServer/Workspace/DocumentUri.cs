namespace EditLint.LanguageServer.Workspace;

/// <summary>Where a document lives on disk, if it does: a <c>file:</c> URI gives a path; an unsaved buffer does not.</summary>
internal static class DocumentUri
{
    public static string? ToPath(string uri) =>
        System.Uri.TryCreate(uri, UriKind.Absolute, out var parsed) && parsed.IsFile ? parsed.LocalPath : null;

    public static string FromPath(string path) => new System.Uri(path).AbsoluteUri;

    /// <summary>The last segment of the URI, for buffers with no path ("untitled:Untitled-1" gives "Untitled-1").</summary>
    public static string Name(string uri)
    {
        int slash = uri.LastIndexOfAny(['/', ':']);
        return System.Uri.UnescapeDataString(slash >= 0 ? uri[(slash + 1)..] : uri);
    }
}
