using EditLint.Configuration;

namespace EditLint.Tests.Configuration;

public class GlobMatcherTests
{
    [Fact]
    public void A_glob_that_goes_up_a_folder_finds_the_files_there()
    {
        // "names": ["../shared/*.json"] matched nothing once the walk was wrapped to survive unreadable folders: the
        // matcher compares the pattern's ".." with the name of the folder it gets back.
        string root = Directory.CreateTempSubdirectory("editlint-glob-").FullName;
        Directory.CreateDirectory(Path.Combine(root, "proj", "names"));
        Directory.CreateDirectory(Path.Combine(root, "shared"));
        File.WriteAllText(Path.Combine(root, "shared", "people.json"), "{}");
        File.WriteAllText(Path.Combine(root, "proj", "names", "local.json"), "{}");
        var unreadable = new List<(string Folder, string Reason)>();

        GlobMatcher.Find(["../shared/*.json", "names/**/*.json"], Path.Combine(root, "proj"), unreadable)
            .ShouldBe([Path.Combine(root, "proj", "names", "local.json"), Path.Combine(root, "shared", "people.json")]);
        unreadable.ShouldBeEmpty();
    }
}
