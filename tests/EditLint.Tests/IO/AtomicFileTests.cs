using EditLint.IO;

namespace EditLint.Tests.IO;

public sealed class AtomicFileTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("editlint-atomic-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void A_symbolic_link_is_written_through_and_stays_a_link()
    {
        string article = Path.Combine(folder, "article.md");
        string link = Path.Combine(folder, "link.md");
        File.WriteAllText(article, "Masashiko Komura spoke.\n");
        File.CreateSymbolicLink(link, article);

        AtomicFile.WriteAllText(link, "Masahiko Komura spoke.\n");

        new FileInfo(link).LinkTarget.ShouldBe(article);
        File.ReadAllText(article).ShouldBe("Masahiko Komura spoke.\n");
        Directory.GetFiles(folder, "*.tmp").ShouldBeEmpty();
    }

    [Fact]
    public void A_chain_of_links_is_followed_to_its_last_file()
    {
        string article = Path.Combine(folder, "article.md");
        File.WriteAllText(article, "old\n");
        File.CreateSymbolicLink(Path.Combine(folder, "first.md"), Path.Combine(folder, "second.md"));
        File.CreateSymbolicLink(Path.Combine(folder, "second.md"), article);

        SystemFiles.FinalTarget(Path.Combine(folder, "first.md")).ShouldBe(article);
        AtomicFile.WriteAllText(Path.Combine(folder, "first.md"), "new\n");

        File.ReadAllText(article).ShouldBe("new\n");
        new FileInfo(Path.Combine(folder, "second.md")).LinkTarget.ShouldBe(article);
    }
}
