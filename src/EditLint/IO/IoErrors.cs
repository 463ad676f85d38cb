namespace EditLint.IO;

/// <summary>
/// An I/O failure in words for a message that already names the file: .NET's own text names the temporary file of an
/// atomic write (".out.txt.2537.a76f….tmp") and ends with a full stop of its own.
/// </summary>
public static class IoErrors
{
    public static string Describe(Exception e) => e is UnauthorizedAccessException
        ? "permission denied"
        : e.Message.TrimEnd('.');
}
