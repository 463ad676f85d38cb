using System.Globalization;

namespace EditLint.Text;

/// <summary>
/// "1 file", "2 files", "3 fixes", "25,000": counts in English, the same on every machine. The nouns the tool
/// counts are regular or give their plural, so no inflection library is needed.
/// </summary>
public static class EnglishCount
{
    public static string Of(int count, string noun, string? plural = null) =>
        Number(count) + " " + (count == 1 ? noun : plural ?? noun + "s");

    /// <summary>A count with thousands grouped: "150,046".</summary>
    public static string Number(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
