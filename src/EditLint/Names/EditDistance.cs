namespace EditLint.Names;

/// <summary>
/// Damerau–Levenshtein distance (optimal string alignment: insertions, deletions,
/// substitutions and transpositions of adjacent letters), bounded so that hopeless pairs stop
/// early.
/// </summary>
public static class EditDistance
{
    /// <summary>
    /// The distance between <paramref name="a"/> and <paramref name="b"/>, or
    /// <paramref name="max"/> + 1 when it is larger than <paramref name="max"/>.
    /// </summary>
    public static int Bounded(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max)
        {
            return max + 1;
        }

        if (a.SequenceEqual(b))
        {
            return 0;
        }

        var width = b.Length + 1;
        Span<int> buffer = width * 3 <= 512 ? stackalloc int[width * 3] : new int[width * 3];
        var previous2 = buffer[..width];
        var previous = buffer.Slice(width, width);
        var current = buffer.Slice(width * 2, width);
        for (var j = 0; j < width; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }

                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }

            if (rowMin > max)
            {
                return max + 1;
            }

            var recycled = previous2;
            previous2 = previous;
            previous = current;
            current = recycled;
        }

        var result = previous[b.Length];
        return result > max ? max + 1 : result;
    }

    /// <summary>
    /// The number of edits a token of this key length may carry and still count as a near miss:
    /// none up to 3 letters ("Kim", "Xi", "Abe"), one up to 8, two from 9 letters on.
    /// Transliteration variants further apart ("Gaddafi", "Qadhafi") are matched by their
    /// <see cref="Transliteration"/> key instead.
    /// </summary>
    public static int Threshold(int length) => length switch
    {
        <= 3 => 0,
        <= 8 => 1,
        _ => 2,
    };

    /// <summary>
    /// The distance between two token keys if they are near enough to be one name (within
    /// <see cref="Threshold"/>, or the same <see cref="Transliteration"/> key), else -1.
    /// </summary>
    public static int TokenDistance(string a, string b)
    {
        var max = Threshold(Math.Max(a.Length, b.Length));
        var distance = Bounded(a, b, max);
        if (distance <= max)
        {
            return distance;
        }

        if (Math.Min(a.Length, b.Length) >= 4 && Transliteration.Key(a) == Transliteration.Key(b))
        {
            return Bounded(a, b, 4);
        }

        return -1;
    }

    /// <summary>
    /// The threshold between two unlisted spellings in one document (EL1002): the same as
    /// <see cref="Threshold"/> (the symmetric-delete index that finds the pairs is built for it),
    /// without the transliteration key, since there is no list to vouch for either spelling.
    /// </summary>
    public static int ClusterThreshold(int length) => Threshold(length);
}
