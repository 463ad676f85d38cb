using EditLint.Text;

namespace EditLint.Analysis;

/// <summary>
/// What a result keeps of its file's text once the file has been analysed. Positions need only the line map,
/// which is small, so that is kept; the text itself is kept only when it came from memory. The text of a file
/// on disk is read again when a report needs it (SARIF snippets and fingerprints, fixes), so a run over an
/// archive does not hold every file it has read.
/// </summary>
public sealed class FileText
{
    private readonly SourceText? retained;
    private readonly string? fullPath;
    private readonly ContentStamp? stamp;

    private FileText(SourceText source, SourceText? retained, string? fullPath, ContentStamp? stamp)
    {
        Lines = source.Lines;
        Encoding = source.Encoding;
        Length = source.Length;
        this.retained = retained;
        this.fullPath = fullPath;
        this.stamp = stamp;
    }

    public LineMap Lines { get; }

    public TextEncodingKind Encoding { get; }

    public int Length { get; }

    /// <summary>Keeps <paramref name="source"/> itself: there is no file to read it from again.</summary>
    public static FileText Retain(SourceText source) => new(source, source, null, null);

    /// <summary>Keeps the line map only; <see cref="Load"/> reads the file again and checks it is unchanged.</summary>
    public static FileText OnDisk(SourceText source, string fullPath, ContentStamp stamp) => new(source, null, fullPath, stamp);

    /// <summary>
    /// The text that was analysed, or null when the file changed (its stamp differs) or could not be read again.
    /// </summary>
    public SourceText? Load()
    {
        if (retained is not null)
        {
            return retained;
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(fullPath!);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        if (ContentStamp.Of(bytes) != stamp)
        {
            return null;
        }

        return TextDecoder.Decode(bytes).Text;
    }
}
