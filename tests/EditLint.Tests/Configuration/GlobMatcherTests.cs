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

    [Fact]
    public async Task Links_back_to_a_folder_the_walk_came_through_are_not_followed_and_other_links_are()
    {
        // names/sub/up -> .. and up2 -> ../..: a "names/**/*.json" walked them until the run was stopped.
        string root = Directory.CreateTempSubdirectory("editlint-glob-").FullName;
        Directory.CreateDirectory(Path.Combine(root, "names", "sub"));
        Directory.CreateDirectory(Path.Combine(root, "elsewhere"));
        File.WriteAllText(Path.Combine(root, "names", "sub", "people.json"), "{}");
        File.WriteAllText(Path.Combine(root, "elsewhere", "more.json"), "{}");
        Directory.CreateSymbolicLink(Path.Combine(root, "names", "sub", "up"), "..");
        Directory.CreateSymbolicLink(Path.Combine(root, "names", "sub", "up2"), Path.Combine("..", ".."));
        Directory.CreateSymbolicLink(Path.Combine(root, "names", "shared"), Path.Combine(root, "elsewhere"));
        var unreadable = new List<(string Folder, string Reason)>();

        var found = Task.Run(() => GlobMatcher.Find(["names/**/*.json"], root, unreadable));

        (await Task.WhenAny(found, Task.Delay(TimeSpan.FromSeconds(60)))).ShouldBe(found, "the walk did not end");
        (await found).ShouldBe([Path.Combine(root, "names", "shared", "more.json"), Path.Combine(root, "names", "sub", "people.json")]);
    }
}
