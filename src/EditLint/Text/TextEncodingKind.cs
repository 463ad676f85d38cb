namespace EditLint.Text;

/// <summary>How a file's bytes were encoded; kept so that a fix writes the file back the same way.</summary>
public enum TextEncodingKind
{
    Utf8,
    Utf8WithBom,
    Utf16LittleEndian,
    Utf16BigEndian,
}
