namespace EditLint.IO;

/// <summary>
/// Devices, pipes and a process's files, which a path can name but which hold no article: <c>/dev/null</c>,
/// <c>/dev/stdout</c>, <c>/dev/fd/63</c> (a shell's <c>&lt;(…)</c>), <c>/proc/self/status</c>. .NET does not say what
/// kind of file a path is, so a file is taken for one of these by where it, or the last link to it, lies.
/// </summary>
public static class SystemFiles
{
    /// <summary>The path a chain of symbolic links at <paramref name="full"/> ends at, or <paramref name="full"/> itself.</summary>
    public static string FinalTarget(string full)
    {
        var info = new FileInfo(full);
        return info.LinkTarget is null ? full : info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? full;
    }

    /// <summary>
    /// The path of <paramref name="full"/> with every link along it followed, its folders' included ("current/a.md" with
    /// "current -> v2" is "v2/a.md"), as realpath(3) gives it; a loop or a path that cannot be read stops the resolving.
    /// </summary>
    public static string RealPath(string full)
    {
        int links = 0;
        return RealPath(Path.GetFullPath(full), ref links);
    }

    private static string RealPath(string full, ref int links)
    {
        string resolved = Path.GetPathRoot(full) ?? string.Empty;
        foreach (string part in full[resolved.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            resolved = Path.Combine(resolved, part);
            try
            {
                if (new FileInfo(resolved).LinkTarget is { } target && links++ < MaxLinks)
                {
                    // The target may hold links of its own, in its folders as in its last name.
                    resolved = RealPath(Path.GetFullPath(target, Path.GetDirectoryName(resolved)!), ref links);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return resolved;
            }
        }

        return resolved;
    }

    // As Linux's MAXSYMLINKS: more links than this on one path is a loop.
    private const int MaxLinks = 40;

    /// <summary>
    /// Whether two full paths name one file once their links are followed: letter case counts on Linux only, as the file
    /// systems of Windows and macOS ignore it by default.
    /// </summary>
    public static bool SameFile(string first, string second) =>
        string.Equals(RealPath(first), RealPath(second), OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether <paramref name="full"/>, or the file its links end at, lies under <c>/dev</c> or <c>/proc</c> on Unix.</summary>
    public static bool IsSystemFile(string full) => IsSystemFile(full, FinalTarget(full));

    /// <summary>The same, for a caller that has resolved <paramref name="finalTarget"/> already.</summary>
    public static bool IsSystemFile(string full, string finalTarget) => IsUnderSystemFolder(full) || IsUnderSystemFolder(finalTarget);

    /// <summary>
    /// The bytes of a configuration, a name list or a rule file: one of these files is refused with an
    /// <see cref="IOException"/> (/dev/zero never ends), and a file of size 0 is not opened (a named pipe waits for a writer).
    /// </summary>
    public static byte[] ReadAllBytes(string path)
    {
        if (IsSystemFile(Path.GetFullPath(path)))
        {
            throw new IOException("it is a device, a pipe or a process's file, not a file to read");
        }

        return new FileInfo(path).Length == 0 ? [] : File.ReadAllBytes(path);
    }

    private static bool IsUnderSystemFolder(string full) =>
        !OperatingSystem.IsWindows() && (full.StartsWith("/dev/", StringComparison.Ordinal) || full.StartsWith("/proc/", StringComparison.Ordinal));
}
