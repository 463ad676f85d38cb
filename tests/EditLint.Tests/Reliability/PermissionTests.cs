using EditLint.Tests.Cli;

namespace EditLint.Tests.Reliability;

/// <summary>
/// Unreadable files and folders, and folders that cannot be written, with the permissions enforced even when the tests
/// run as root (see <see cref="UnprivilegedProcess"/>). An unreadable folder was skipped without a word.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class PermissionTests : IDisposable
{
    private const string Article = "Vladimir Puttin spoke on 3 May 2024.\n";

    private readonly string folder = CliRunner.NewFolder();

    public PermissionTests()
    {
        File.WriteAllText(Path.Combine(folder, "a.md"), Article);
        UnprivilegedProcess.PermissionsAreIgnored(folder).ShouldBeFalse("a file of mode 000 must be unreadable to the command under test");
    }

    public void Dispose()
    {
        foreach (string path in Directory.GetFileSystemEntries(folder, "*", SearchOption.AllDirectories).Prepend(folder))
        {
            File.SetUnixFileMode(path, Directory.Exists(path) ? (UnixFileMode)0b111_000_000 : (UnixFileMode)0b110_000_000);
        }

        Directory.Delete(folder, recursive: true);
    }

    private string Make(string relative, string text, UnixFileMode? fileMode = null, UnixFileMode? folderMode = null)
    {
        string path = Path.Combine(folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        if (fileMode is { } f)
        {
            File.SetUnixFileMode(path, f);
        }

        if (folderMode is { } d)
        {
            File.SetUnixFileMode(Path.GetDirectoryName(path)!, d);
        }

        return path;
    }

    private static UnixFileMode ReadOnlyFolder => UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;

    [Fact]
    public void An_unreadable_file_is_reported_and_the_others_are_still_linted()
    {
        Make("secret.md", Article, fileMode: UnixFileMode.None);

        var run = UnprivilegedProcess.Run(folder, "check");

        run.Out.ShouldContain("secret.md: error EL0005: 'secret.md' could not be read: Access to the path ");
        run.Out.ShouldContain("a.md(1,1): error EL1001: 'Vladimir Puttin'");
        run.ExitCode.ShouldBe(2);
    }

    [Fact]
    public void An_unreadable_folder_is_reported_not_skipped()
    {
        Make("locked/b.md", Article, folderMode: UnixFileMode.None);

        var run = UnprivilegedProcess.Run(folder, "check");

        run.Out.ShouldContain("locked: error EL0005: The folder 'locked' could not be read (permission denied); the files in it were not linted.");
        run.Out.ShouldContain("a.md(1,1): error EL1001");
        run.ExitCode.ShouldBe(2);
    }

    [Fact]
    public void An_unreadable_folder_under_a_names_glob_is_reported_and_the_lists_elsewhere_are_used()
    {
        // The glob's walk threw: "internal error: UnauthorizedAccessException", exit 2, nothing linted.
        File.WriteAllText(Path.Combine(folder, "editlint.json"), """{ "names": ["names/**/*.json"] }""");
        Make("names/people.json", """{ "people": [ { "name": "Vladimir Putin" } ] }""");
        Make("names/secret/more.json", """{ "people": [ { "name": "Sergei Lavrov" } ] }""", folderMode: UnixFileMode.None);

        var run = UnprivilegedProcess.Run(folder, "check", "a.md");

        (run.Out + run.Error).ShouldContain("names/secret: error EL0008: The folder 'names/secret' could not be read (permission denied); name lists in it were not found.");
        run.Out.ShouldContain("a.md(1,1): error EL1001: 'Vladimir Puttin'");
        run.Error.ShouldNotContain("internal error");
        run.ExitCode.ShouldBe(2);
    }

    [Fact]
    public void An_unreadable_folder_under_a_rule_path_is_reported_and_the_rules_elsewhere_load()
    {
        File.WriteAllText(Path.Combine(folder, "editlint.json"), """{ "rulePaths": ["style"] }""");
        Make("style/words.json", """{ "id": "HOUSE0001", "name": "NoSpoke", "kind": "existence", "terms": ["spoke"] }""");
        Make("style/secret/more.json", """{ "id": "HOUSE0002", "name": "NoMay", "kind": "existence", "terms": ["May"] }""", folderMode: UnixFileMode.None);

        var run = UnprivilegedProcess.Run(folder, "check", "a.md");

        (run.Out + run.Error).ShouldContain("style/secret: error EL0011: The folder 'style/secret' could not be read (permission denied); rule files in it were not loaded.");
        run.Out.ShouldContain("warning HOUSE0001");
        run.Error.ShouldNotContain("internal error");
        run.ExitCode.ShouldBe(2);
    }

    [Fact]
    public void Output_to_a_folder_that_cannot_be_written_fails_cleanly_and_writes_nothing()
    {
        Make("reports/keep.txt", "x", folderMode: ReadOnlyFolder);

        var run = UnprivilegedProcess.Run(folder, "check", "--output", "reports/out.txt");

        run.Error.ShouldContain("reports/out.txt: error EL0010: The report could not be written to 'reports/out.txt': permission denied.");
        run.ExitCode.ShouldBe(2);
        Directory.GetFiles(Path.Combine(folder, "reports")).Select(Path.GetFileName).ShouldBe(["keep.txt"]);
    }

    [Fact]
    public void A_fix_in_a_folder_that_cannot_be_written_is_refused_and_the_file_is_unchanged()
    {
        string path = Make("ro/c.md", Article, folderMode: ReadOnlyFolder);

        var run = UnprivilegedProcess.Run(folder, "check", "ro", "--fix", "--unsafe-fixes");

        run.Out.ShouldContain("ro/c.md: error EL0010: 'ro/c.md' was not fixed: it could not be written: permission denied.");
        run.Error.ShouldContain("editlint: fixed 0 findings in 0 files.");
        File.ReadAllText(path).ShouldBe(Article);
        run.ExitCode.ShouldBe(2); // it was 1, and 0 when the file's findings were only warnings: the run passed unfixed
    }

    [Fact]
    public void A_fix_to_a_read_only_file_is_refused_and_the_file_is_unchanged()
    {
        // The atomic rename needs only the folder's permission, so a file made read-only (mode 444) was rewritten.
        string path = Make("ro.md", Article, fileMode: (UnixFileMode)0b100_100_100);

        var run = UnprivilegedProcess.Run(folder, "check", "ro.md", "--fix", "--unsafe-fixes");

        run.Out.ShouldContain("ro.md: error EL0010: 'ro.md' was not fixed: it is read-only.");
        File.ReadAllText(path).ShouldBe(Article);
        File.GetUnixFileMode(path).ShouldBe((UnixFileMode)0b100_100_100);
        run.ExitCode.ShouldBe(2);
    }
}
