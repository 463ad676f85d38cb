using EditLint.Analysis;
using EditLint.IO;
using Microsoft.Extensions.FileSystemGlobbing;

namespace EditLint.Configuration;

/// <summary>
/// Turns command-line paths into the files to lint. A file named on the command line is always linted; a folder
/// is searched for files that match <c>include</c> and not <c>exclude</c>, globs relative to the root when the
/// folder lies inside it and relative to the folder itself when it lies outside (matched against the root, every
/// file of such a folder would begin with "../" and none would match, so the run would pass having linted nothing).
/// Files are named relative to the working folder, as every path of the output is, whichever folder holds the
/// configuration: relative to that folder, "guide/a.md" of "docs/editlint.json" would be a file GitHub and a terminal
/// look for at the root.
/// A folder that gives no file is reported (EL0013), and so is a folder that cannot be read (EL0005), so that no run
/// passes in silence. Folder links are not followed, so a link loop cannot trap the search; file links are linted. Output is sorted, so
/// runs are repeatable.
/// </summary>
public static class FileCollector
{
    // One folder at a time, so that a folder that cannot be read is known and reported; the rest of the tree is walked.
    // A folder link is not entered (a loop would never end); a file link is linted like the file it names, since an
    // article kept elsewhere and linked in was skipped without a word and the run passed.
    private static readonly EnumerationOptions OneLevelFiles = new()
    {
        RecurseSubdirectories = false,
        IgnoreInaccessible = false,
        AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
    };

    private static readonly EnumerationOptions OneLevelFolders = new()
    {
        RecurseSubdirectories = false,
        IgnoreInaccessible = false,
        AttributesToSkip = FileAttributes.ReparsePoint | FileAttributes.Hidden | FileAttributes.System,
    };

    public static IReadOnlyList<FileInput> Collect(EditLintOptions options, IReadOnlyList<string> paths, string workingDirectory, List<ToolNotification> notifications)
    {
        var matcher = GlobMatcher.Create(options.Include, options.Exclude);
        var files = new SortedDictionary<string, FileInput>(StringComparer.Ordinal);
        var roots = paths.Count > 0 ? paths : [options.Root];
        foreach (string path in roots)
        {
            string full = Path.GetFullPath(path, workingDirectory);
            if (File.Exists(full))
            {
                Add(files, workingDirectory, full);
            }
            else if (Directory.Exists(full))
            {
                string globBase = IsInside(options.Root, full) ? options.Root : full;
                bool any = false;
                foreach (string file in Walk(full, workingDirectory, notifications))
                {
                    if (matcher.Match(globBase, file).HasMatches)
                    {
                        Add(files, workingDirectory, file);
                        any = true;
                    }
                }

                if (!any)
                {
                    notifications.Add(NoFiles(options, path, paths.Count == 0));
                }
            }
            else
            {
                notifications.Add(new ToolNotification(ToolRules.UnreadableFile.Id, Severity.Error, $"'{path}' does not exist.", path.Replace('\\', '/')));
            }
        }

        return DropLinksToListedFiles(files);
    }

    /// <summary>
    /// A link to a file the run lints anyway (its target, or another link to it) is left out: its findings were reported
    /// twice, and <c>--fix</c> fixed the file through one name and then refused the other as changed since it was checked.
    /// </summary>
    private static FileInput[] DropLinksToListedFiles(SortedDictionary<string, FileInput> files)
    {
        var links = files.Values.Where(f => new FileInfo(f.FullPath).LinkTarget is not null).ToList();
        if (links.Count == 0)
        {
            return [.. files.Values];
        }

        var seen = files.Values.Except(links).Select(f => SystemFiles.RealPath(f.FullPath)).ToHashSet(StringComparer.Ordinal);
        var dropped = links.Where(link => !seen.Add(SystemFiles.RealPath(link.FullPath))).ToHashSet();
        return [.. files.Values.Where(f => !dropped.Contains(f))];
    }

    private static IEnumerable<string> Walk(string top, string root, List<ToolNotification> notifications)
    {
        var folders = new Stack<string>([top]);
        while (folders.TryPop(out string? folder))
        {
            string[] files, subfolders;
            try
            {
                files = Directory.GetFiles(folder, "*", OneLevelFiles);
                subfolders = Directory.GetDirectories(folder, "*", OneLevelFolders);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                string display = DisplayPath(root, folder);
                notifications.Add(new ToolNotification(ToolRules.UnreadableFile.Id, Severity.Error, $"The folder '{display}' could not be read ({IoErrors.Describe(e)}); the files in it were not linted.", display));
                continue;
            }

            foreach (string file in files)
            {
                yield return file;
            }

            for (int i = subfolders.Length - 1; i >= 0; i--)
            {
                folders.Push(subfolders[i]);
            }
        }
    }

    public static string DisplayPath(string root, string fullPath) => Path.GetRelativePath(root, fullPath).Replace('\\', '/');

    private static bool IsInside(string root, string fullPath)
    {
        string relative = Path.GetRelativePath(root, fullPath);
        return relative == "." || !(relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) || Path.IsPathRooted(relative));
    }

    private static ToolNotification NoFiles(EditLintOptions options, string path, bool defaultRoot)
    {
        string what = defaultRoot ? $"The configuration's folder '{path}'" : $"'{path}'";
        return new ToolNotification(
            ToolRules.NoFilesFound.Id,
            Severity.Warning,
            $"{what} holds no file to lint (include: {string.Join(", ", options.Include)}; exclude: {string.Join(", ", options.Exclude)}), so nothing was checked there.",
            defaultRoot ? null : path.Replace('\\', '/'));
    }

    private static void Add(SortedDictionary<string, FileInput> files, string root, string full)
    {
        string display = DisplayPath(root, full);
        files.TryAdd(display, new FileInput(full, display));
    }
}
