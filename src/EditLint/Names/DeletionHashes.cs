namespace EditLint.Names;

/// <summary>
/// The hashes of a key with no, one or two letters left out, each in constant time. The hash is polynomial (the
/// letters' codes as the digits of a number in an odd base, modulo 2^64), so the hash of a concatenation follows
/// from the hashes of its parts, and a key's prefix hashes give every deletion; the hash of a string is the same
/// whichever key it was cut from. Hashing each deletion letter by letter made hashing the symmetric-delete index's
/// main cost, at start-up and in every near-miss search.
/// </summary>
internal readonly ref struct DeletionHashes
{
    private const ulong Base = 0x100000001B3UL;

    // prefix[k]: the hash of the first k letters; power[k]: Base to the k.
    private readonly Span<ulong> prefix;
    private readonly Span<ulong> power;

    /// <summary>Hashes <paramref name="key"/>; <paramref name="scratch"/> holds at least 2 * (key length + 1) values.</summary>
    public DeletionHashes(ReadOnlySpan<char> key, Span<ulong> scratch)
    {
        Length = key.Length;
        prefix = scratch[..(key.Length + 1)];
        power = scratch.Slice(key.Length + 1, key.Length + 1);
        prefix[0] = 0;
        power[0] = 1;
        for (var i = 0; i < key.Length; i++)
        {
            prefix[i + 1] = (prefix[i] * Base) + key[i];
            power[i + 1] = power[i] * Base;
        }
    }

    public int Length { get; }

    /// <summary>The hash of the whole key.</summary>
    public ulong Whole => prefix[Length];

    /// <summary>The hash of the key without its letter at <paramref name="i"/>.</summary>
    public ulong Without(int i) => (Range(0, i) * power[Length - i - 1]) + Range(i + 1, Length);

    /// <summary>The hash of the key without its letters at <paramref name="i"/> and <paramref name="j"/> (i &lt; j).</summary>
    public ulong Without(int i, int j) =>
        (((Range(0, i) * power[j - i - 1]) + Range(i + 1, j)) * power[Length - j - 1]) + Range(j + 1, Length);

    /// <summary>The hash of the letters from <paramref name="start"/> up to <paramref name="end"/>.</summary>
    private ulong Range(int start, int end) => prefix[end] - (prefix[start] * power[end - start]);
}
