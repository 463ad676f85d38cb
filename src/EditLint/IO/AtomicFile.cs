using System.Text;

namespace EditLint.IO;

/// <summary>Writes a file through a temporary file in the same folder and a rename, so no reader ever sees half a file.</summary>
public static class AtomicFile
{
    public static void WriteAllText(string path, string text) => WriteAllBytes(path, new UTF8Encoding(false).GetBytes(text));

    public static void WriteAllBytes(string path, ReadOnlySpan<byte> bytes)
    {
        string full = Path.GetFullPath(path);
        string directory = Path.GetDirectoryName(full)!;
        string temporary = Path.Combine(directory, $".{Path.GetFileName(full)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }

            // A file rewritten in place (--fix) keeps its permissions, not the temporary file's defaults.
            if (!OperatingSystem.IsWindows() && File.Exists(full))
            {
                File.SetUnixFileMode(temporary, File.GetUnixFileMode(full));
            }

            File.Move(temporary, full, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }
}
