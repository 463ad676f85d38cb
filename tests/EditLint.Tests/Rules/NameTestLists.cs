using EditLint.Analysis;

namespace EditLint.Tests.Rules;

/// <summary>Small name lists written to temporary files for analyzer tests.</summary>
internal static class NameTestLists
{
    private static readonly Lazy<string> HousePath = new(() => Write("house", """
        {
          "people": [
            { "name": "Masahiko Komura", "aliases": ["Komura"], "roles": [{ "title": "Vice President", "organisation": "Liberal Democratic Party" }] },
            { "name": "Park Geun-hye", "aliases": ["Park"], "roles": [{ "title": "President", "organisation": "Republic of Korea" }] },
            { "name": "Kim Jong Un", "roles": [{ "title": "Supreme Leader", "organisation": "Democratic People's Republic of Korea" }] },
            { "name": "Ban Ki-moon", "aliases": ["Ban"] },
            { "name": "Luis Suárez", "aliases": ["Suárez"] },
            { "name": "Muammar Gaddafi", "aliases": ["Gaddafi"], "rejected": ["Khadafy"] },
            { "name": "Max Schmeling", "aliases": ["Schmeling"] },
            { "name": "Wilbur Wright", "aliases": ["Wright"] },
            { "name": "Samantha Power", "aliases": ["Power"], "roles": [{ "title": "Ambassador to the United Nations", "organisation": "United States" }] },
            { "name": "Austin Powers" },
            { "name": "Condoleezza Rice", "aliases": ["Rice"] },
            { "name": "Conan O'Brien", "aliases": ["O'Brien"] },
            { "name": "Charles de Gaulle", "aliases": ["de Gaulle"] },
            { "name": "Vladimir Putin", "aliases": ["Putin"], "roles": [{ "title": "President", "organisation": "Russian Federation" }] },
            { "name": "Vladimir Voronkov", "aliases": ["Voronkov"] },
            { "name": "Xi Jinping", "aliases": ["Xi"] },
            { "name": "John Smith" },
            { "name": "John Smyth" }
          ]
        }
        """));

    public static string House => HousePath.Value;

    public static AnalyzerOptions Options(string path) => AnalyzerOptions.Default with { NameListPaths = [path] };

    public static string Write(string name, string json)
    {
        var folder = Path.Combine(Path.GetTempPath(), "editlint-tests-" + Environment.ProcessId);
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name + ".json");
        File.WriteAllText(path, json);
        return path;
    }
}
