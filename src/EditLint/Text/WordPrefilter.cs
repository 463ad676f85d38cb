using System.Runtime.CompilerServices;

namespace EditLint.Text;

/// <summary>
/// A quick, case-insensitive "certainly not in the set" test, kept beside a word set: one bit per length and
/// first two letters. Most tokens of a text fail it and skip hashing, which showed in the profile because the
/// rules look up every word of every sentence in some list. Letters a–z count case-insensitively, as
/// <see cref="StringComparer.OrdinalIgnoreCase"/> compares them; every other character (digits, apostrophes
/// straight or curly, other letters) falls in one shared bucket, so a word that differs from a listed one only
/// there still passes and is left to the set itself.
/// </summary>
internal sealed class WordPrefilter
{
    private const int Buckets = 27;
    private const int Lengths = 32;

    private readonly ulong[] bits = new ulong[((Buckets * Buckets * Lengths) + 63) / 64];

    public WordPrefilter(IEnumerable<string> words)
    {
        foreach (var word in words)
        {
            int index = Index(word);
            bits[index >> 6] |= 1UL << index;
        }
    }

    /// <summary>False when no word of the set can equal <paramref name="word"/>, ignoring case.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MayContain(ReadOnlySpan<char> word)
    {
        int index = Index(word);
        return (bits[index >> 6] & (1UL << index)) != 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Index(ReadOnlySpan<char> word)
    {
        int length = Math.Min(word.Length, Lengths - 1);
        int first = word.Length > 0 ? Bucket(word[0]) : Buckets - 1;
        int second = word.Length > 1 ? Bucket(word[1]) : Buckets - 1;
        return (((length * Buckets) + first) * Buckets) + second;
    }

    // Ordinal case-insensitive comparison never takes a character beyond ASCII for an ASCII letter (a test checks).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Bucket(char c) => char.IsAsciiLetter(c) ? (c | 0x20) - 'a' : Buckets - 1;
}
