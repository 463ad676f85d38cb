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

    /// <summary>Whether <paramref name="full"/>, or the file its links end at, lies under <c>/dev</c> or <c>/proc</c> on Unix.</summary>
    public static bool IsSystemFile(string full) => IsUnderSystemFolder(full) || IsUnderSystemFolder(FinalTarget(full));

    private static bool IsUnderSystemFolder(string full) =>
        !OperatingSystem.IsWindows() && (full.StartsWith("/dev/", StringComparison.Ordinal) || full.StartsWith("/proc/", StringComparison.Ordinal));
}
