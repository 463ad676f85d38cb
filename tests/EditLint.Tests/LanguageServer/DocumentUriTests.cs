using EditLint.LanguageServer.Workspace;

namespace EditLint.Tests.LanguageServer;

public class DocumentUriTests
{
    [Theory]
    [InlineData("file:///c%3A/Users/me/a.md", "file:///c:/Users/me/a.md")] // as VS Code writes a Windows path
    [InlineData("file:///D%3a/notes.txt", "file:///D:/notes.txt")]
    [InlineData("file:///tmp/a%3Ab.md", "file:///tmp/a%3Ab.md")] // an escaped colon in a name stays escaped
    [InlineData("untitled:Untitled-1", "untitled:Untitled-1")]
    public void An_escaped_drive_colon_is_made_plain_and_nothing_else_changes(string uri, string expected) =>
        DocumentUri.WithPlainDriveColon(uri).ShouldBe(expected);

    [Fact]
    public void A_local_file_uri_gives_its_path_and_an_escaped_name_is_unescaped() =>
        DocumentUri.ToPath("file://localhost/tmp/a%20b.md").ShouldBe(OperatingSystem.IsWindows() ? null : "/tmp/a b.md");
}
