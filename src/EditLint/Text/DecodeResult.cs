namespace EditLint.Text;

/// <summary>What decoding a file's bytes gave: text (possibly with replaced invalid bytes) or a binary verdict.</summary>
public sealed record DecodeResult(SourceText? Text, bool IsBinary, IReadOnlyList<long> InvalidByteOffsets)
{
    public static DecodeResult Binary { get; } = new(null, true, []);
}
