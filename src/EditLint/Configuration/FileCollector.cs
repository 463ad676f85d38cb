using EditLint.Analysis;
using Microsoft.Extensions.FileSystemGlobbing;

namespace EditLint.Configuration;

/// <summary>
/// Turns command-line paths into the files to lint. A file named on the command line is always linted; a folder
/// is searched for files that match <c>include</c> and not <c>exclude</c> (globs relative to the root). Folder
/// links are not followed, so a link loop cannot trap the search. Output is sorted, so runs are repeatable.
/// </summary>
public static class FileCollector
{
    private static readonly EnumerationOptions Walk = new()
    {
        RecurseSubdirectories = true,
        IgnoreInaccessible = true,
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
                Add(files, options.Root, full);
            }
            else if (Directory.Exists(full))
            {
                foreach (string file in Directory.EnumerateFiles(full, "*", Walk))
                {
                    if (matcher.Match(options.Root, file).HasMatches)
                    {
                        Add(files, options.Root, file);
                    }
                }
            }
            else
            {
                notifications.Add(new ToolNotification(ToolRules.UnreadableFile.Id, Severity.Error, $"'{path}' does not exist.", path.Replace('\\', '/')));
            }
        }

        return [.. files.Values];
    }

    public static string DisplayPath(string root, string fullPath) => Path.GetRelativePath(root, fullPath).Replace('\\', '/');

    private static void Add(SortedDictionary<string, FileInput> files, string root, string full)
    {
        string display = DisplayPath(root, full);
        files.TryAdd(display, new FileInput(full, display));
    }
}
