using System.IO.Hashing;

namespace EditLint.Analysis;

/// <summary>
/// A 128-bit hash of a file's bytes (XXH3), taken when the file is analysed, by which a report or a fix that reads the
/// file again knows it is unchanged. Not a cryptographic hash: it guards against edits made during a run, not against
/// forgery, and it needs no cryptography library at start-up.
/// </summary>
public readonly record struct ContentStamp(UInt128 Hash)
{
    public static ContentStamp Of(ReadOnlySpan<byte> bytes) => new(XxHash128.HashToUInt128(bytes));
}
