using EditLint.IO;
using Microsoft.Extensions.FileSystemGlobbing;
using Microsoft.Extensions.FileSystemGlobbing.Abstractions;

namespace EditLint.Configuration;

/// <summary>Builds case-sensitive glob matchers over '/'-separated paths relative to the configuration's folder.</summary>
public static class GlobMatcher
{
    public static Matcher Create(IEnumerable<string> include, IEnumerable<string> exclude)
    {
        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddIncludePatterns(include);
        matcher.AddExcludePatterns(exclude);
        return matcher;
    }

    /// <summary>
    /// The full paths of the files under <paramref name="root"/> that <paramref name="include"/> matches, in ordinal order.
    /// A folder that cannot be read is added to <paramref name="unreadable"/> and passed over (the matcher's own walk threw
    /// and ended the run); nothing below /dev or /proc is entered (a '**' reached /proc and its links to itself).
    /// </summary>
    public static string[] Find(IEnumerable<string> include, string root, List<(string Folder, string Reason)> unreadable)
    {
        var result = Create(include, []).Execute(new ReadableDirectory(new DirectoryInfo(root), unreadable));
        return [.. result.Files.Select(f => Path.GetFullPath(Path.Combine(root, f.Path))).Order(StringComparer.Ordinal)];
    }

    /// <summary>
    /// A folder whose listing, when it cannot be read, is empty and noted instead of thrown. <paramref name="name"/> is the
    /// name it was reached by: the matcher compares a pattern's ".." with the name of the folder it asked for by "..".
    /// </summary>
    private sealed class ReadableDirectory(DirectoryInfo directory, List<(string Folder, string Reason)> unreadable, string? name = null) : DirectoryInfoBase
    {
        private readonly DirectoryInfoWrapper inner = new(directory);

        public override string Name => name ?? inner.Name;

        public override string FullName => inner.FullName;

        public override DirectoryInfoBase? ParentDirectory => directory.Parent is { } parent ? new ReadableDirectory(parent, unreadable) : null;

        public override IEnumerable<FileSystemInfoBase> EnumerateFileSystemInfos()
        {
            if (SystemFiles.IsSystemFile(directory.FullName))
            {
                return [];
            }

            List<FileSystemInfoBase> entries;
            try
            {
                entries = [.. inner.EnumerateFileSystemInfos()];
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
            {
                lock (unreadable)
                {
                    unreadable.Add((directory.FullName, IoErrors.Describe(e)));
                }

                return [];
            }

            return entries
                .Where(entry => entry is not DirectoryInfoBase folder || !IsLinkBack(new DirectoryInfo(folder.FullName)))
                .Select(entry => entry is DirectoryInfoBase folder ? new ReadableDirectory(new DirectoryInfo(folder.FullName), unreadable) : entry);
        }

        /// <summary>
        /// A link to a folder the walk came through ("names/loop -> .."): followed, a '**' walked it until the process was
        /// stopped. Other links to folders are followed.
        /// </summary>
        private static bool IsLinkBack(DirectoryInfo folder)
        {
            if (folder.LinkTarget is null)
            {
                return false;
            }

            string? target = folder.ResolveLinkTarget(returnFinalTarget: true)?.FullName;
            if (target is null)
            {
                return true; // a link that ends nowhere, or in a loop of links
            }

            string trimmed = Path.TrimEndingDirectorySeparator(target);
            string path = folder.FullName;
            return path.Equals(trimmed, StringComparison.Ordinal) || path.StartsWith(trimmed + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        }

        public override DirectoryInfoBase? GetDirectory(string path) =>
            inner.GetDirectory(path) is { } folder ? new ReadableDirectory(new DirectoryInfo(folder.FullName), unreadable, folder.Name) : null;

        public override FileInfoBase? GetFile(string path) => inner.GetFile(path);
    }
}
