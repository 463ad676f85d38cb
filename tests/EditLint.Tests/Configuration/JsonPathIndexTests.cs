using EditLint.Configuration;
using EditLint.Text;

namespace EditLint.Tests.Configuration;

public class JsonPathIndexTests
{
    [Fact]
    public void Keys_and_array_entries_are_found_by_their_configuration_path_and_a_missing_one_at_its_deepest_written_part()
    {
        string path = Path.Combine(Directory.CreateTempSubdirectory("editlint-index-").FullName, "editlint.json");
        File.WriteAllText(path, """
            {
              // a comment
              "Rules": { "EL1003": { "settings": { "titles": [ { "office": "x" }, [ 1, { "deep": true } ] ] } } }
            }
            """);
        var index = new JsonPathIndex(path);

        index.Find(["rules", "el1003", "settings", "titles", "0"]).ShouldBe(new LinePosition(2, 51));
        index.Find(["rules", "EL1003", "settings", "titles", "0", "office"]).ShouldBe(new LinePosition(2, 53));
        index.Find(["rules", "EL1003", "settings", "titles", "1", "1", "deep"]).ShouldBe(new LinePosition(2, 77));
        index.Find(["rules", "EL1003", "settings", "titles", "7"]).ShouldBe(new LinePosition(2, 39));
        index.Find(["nothing"]).ShouldBeNull();
    }
}
