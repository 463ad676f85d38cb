using System.Text;

namespace EditLint.IO;

/// <summary>
/// Writes a file through a temporary file in the same folder and a rename, so no reader ever sees half a file. A symbolic
/// link is written through: the file it ends at is replaced and the link stays a link. A device or a process's file
/// (<c>/dev/null</c>, <c>/dev/stdout</c>) is written into as it is: renaming over it would replace the device with a
/// regular file, which a run as root is allowed to do.
/// </summary>
public static class AtomicFile
{
    public static void WriteAllText(string path, string text) => WriteAllBytes(path, new UTF8Encoding(false).GetBytes(text));

    public static void WriteAllBytes(string path, ReadOnlySpan<byte> bytes)
    {
        string full = Path.GetFullPath(path);
        string target = SystemFiles.FinalTarget(full);
        if (SystemFiles.IsSystemFile(full, target))
        {
            using var stream = new FileStream(full, FileMode.Open, FileAccess.Write);
            stream.Write(bytes);
            return;
        }

        string directory = Path.GetDirectoryName(target)!;
        string temporary = Path.Combine(directory, $".{Path.GetFileName(target)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }

            // A file rewritten in place (--fix) keeps its permissions, not the temporary file's defaults.
            if (!OperatingSystem.IsWindows() && File.Exists(target))
            {
                File.SetUnixFileMode(temporary, File.GetUnixFileMode(target));
            }

            File.Move(temporary, target, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }
}
