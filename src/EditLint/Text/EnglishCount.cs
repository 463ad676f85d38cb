using System.Globalization;

namespace EditLint.Text;

/// <summary>
/// "1 file", "2 files": a count and a regular English noun, the same on every machine. Every noun the tool counts
/// (error, warning, note, file, finding) takes a plain "s", so no inflection library and no warm-up are needed (#16).
/// </summary>
public static class EnglishCount
{
    public static string Of(int count, string noun) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? noun : noun + "s");
}
