using System.Numerics;
using System.Runtime.CompilerServices;

namespace EditLint.Text;

/// <summary>
/// A quick, case-insensitive "certainly not in the set" test, kept beside a word set: a word's length and first two
/// letters, hashed to one bit of a table of 32 to 64 bits a listed word. Most tokens of a text fail it and skip hashing,
/// which showed in the profile because the rules look up every word of every sentence in some list; and the table
/// is as small as its set (a three-word exception list takes 16 bytes), because memory first touched costs more
/// at start-up than the look-ups it saves. Letters a–z count case-insensitively, as
/// <see cref="StringComparer.OrdinalIgnoreCase"/> compares them; every other character (digits, apostrophes
/// straight or curly, other letters) falls in one shared bucket, so a word that differs from a listed one only
/// there still passes and is left to the set itself.
/// </summary>
internal sealed class WordPrefilter
{
    private const int MinimumBitsPerListedWord = 32;
    private const int Lengths = 32;
    private const int OtherCharacter = 26;

    private readonly ulong[] bits;
    private readonly int shift;

    public WordPrefilter(IEnumerable<string> words)
    {
        var list = words as IReadOnlyCollection<string> ?? [.. words];
        var size = 64;
        while (size < list.Count * MinimumBitsPerListedWord)
        {
            size <<= 1;
        }

        bits = new ulong[size / 64];
        shift = 64 - BitOperations.Log2((uint)size);
        foreach (var word in list)
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

    // Fibonacci hashing of (length, first letter, second letter) to the table's size.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Index(ReadOnlySpan<char> word)
    {
        int length = Math.Min(word.Length, Lengths - 1);
        int first = word.Length > 0 ? Bucket(word[0]) : OtherCharacter;
        int second = word.Length > 1 ? Bucket(word[1]) : OtherCharacter;
        ulong key = (ulong)((length << 10) | (first << 5) | second);
        return (int)((key * 0x9E3779B97F4A7C15UL) >> shift);
    }

    // Ordinal case-insensitive comparison never takes a character beyond ASCII for an ASCII letter (a test checks).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Bucket(char c) => char.IsAsciiLetter(c) ? (c | 0x20) - 'a' : OtherCharacter;
}
