using EditLint.Tests.Cli;

namespace EditLint.Tests.Reliability;

public class PathTests
{
    [Fact]
    public void A_folder_symlink_loop_does_not_trap_the_search()
    {
        string folder = CliRunner.NewFolder();
        Directory.CreateDirectory(Path.Combine(folder, "a"));
        File.WriteAllText(Path.Combine(folder, "a", "x.md"), "Words.\n");
        Directory.CreateSymbolicLink(Path.Combine(folder, "a", "loop"), Path.Combine(folder, "a"));

        var run = CliRunner.Run(folder, "check", ".");

        run.ExitCode.ShouldBe(0);
        run.Out.ShouldBe("No findings in 1 file; configuration: built-in defaults.\n");
    }

    [Fact]
    public void A_file_symlink_in_a_folder_is_linted_as_the_article_it_names()
    {
        // A folder's linked articles were skipped without a word: 'No findings in 1 file', exit 0, an error unseen.
        string folder = CliRunner.NewFolder();
        Directory.CreateDirectory(Path.Combine(folder, "shared"));
        Directory.CreateDirectory(Path.Combine(folder, "articles"));
        File.WriteAllText(Path.Combine(folder, "shared", "komura.md"), "Masashiko Komura spoke.\n");
        File.WriteAllText(Path.Combine(folder, "articles", "a.md"), "Words.\n");
        File.CreateSymbolicLink(Path.Combine(folder, "articles", "komura.md"), Path.Combine("..", "shared", "komura.md"));
        File.CreateSymbolicLink(Path.Combine(folder, "articles", "gone.md"), Path.Combine(folder, "nowhere.md"));

        var run = CliRunner.Run(folder, "check", "articles");

        run.Out.ShouldContain("articles/komura.md(1,1): error EL1001: 'Masashiko Komura'");
        run.Out.ShouldContain("articles/gone.md: error EL0005: 'articles/gone.md' could not be read");
        run.ExitCode.ShouldBe(2);
    }

    [Fact]
    public void A_link_and_its_target_in_one_run_are_linted_and_fixed_once()
    {
        // Both were linted, every finding reported twice, and --fix fixed the file through one name and then refused the
        // other as "changed after it was checked", failing the run.
        string folder = CliRunner.NewFolder();
        File.WriteAllText(Path.Combine(folder, "a.md"), "Masashiko Komura spoke.\n");
        File.CreateSymbolicLink(Path.Combine(folder, "link.md"), "a.md");

        var check = CliRunner.Run(folder, "check", ".");
        var fix = CliRunner.Run(folder, "check", ".", "--fix");

        check.Out.ShouldContain("1 error in 1 file");
        fix.ExitCode.ShouldBe(0, fix.Out + fix.Error);
        File.ReadAllText(Path.Combine(folder, "a.md")).ShouldBe("Masahiko Komura spoke.\n");
    }

    [Fact]
    public void A_link_whose_target_runs_through_a_folder_link_is_linted_once()
    {
        // "index.md -> current/a.md" with "current -> v2" was compared with "v2/a.md" as text, and linted a second time.
        string folder = CliRunner.NewFolder();
        Directory.CreateDirectory(Path.Combine(folder, "v2"));
        File.WriteAllText(Path.Combine(folder, "v2", "a.md"), "Masashiko Komura spoke.\n");
        Directory.CreateSymbolicLink(Path.Combine(folder, "current"), "v2");
        File.CreateSymbolicLink(Path.Combine(folder, "index.md"), Path.Combine("current", "a.md"));

        var fix = CliRunner.Run(folder, "check", ".", "--fix");

        fix.ExitCode.ShouldBe(0, fix.Out + fix.Error);
        fix.Error.ShouldContain("editlint: fixed 1 finding in 1 file.");
        File.ReadAllText(Path.Combine(folder, "v2", "a.md")).ShouldBe("Masahiko Komura spoke.\n");
    }

    [Fact]
    public void A_broken_file_symlink_named_on_the_command_line_is_reported_as_unreadable()
    {
        string folder = CliRunner.NewFolder();
        File.CreateSymbolicLink(Path.Combine(folder, "gone.md"), Path.Combine(folder, "nowhere.md"));

        var run = CliRunner.Run(folder, "check", "gone.md");

        run.ExitCode.ShouldBe(2);
        run.Out.ShouldContain("gone.md: error EL0005: 'gone.md' could not be read");
    }

    [Fact]
    public void A_link_to_a_device_is_reported_and_never_read_and_the_other_files_are_linted()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        // Reading /dev/zero never ends: the run ran out of memory and reported nothing.
        string folder = CliRunner.NewFolder();
        File.CreateSymbolicLink(Path.Combine(folder, "zero.md"), "/dev/zero");
        File.WriteAllText(Path.Combine(folder, "a.md"), "Recently the firm grew.\n");

        var run = CliRunner.Run(folder, "check", "zero.md", "a.md");

        run.ExitCode.ShouldBe(2);
        run.Out.ShouldContain("zero.md: error EL0005: 'zero.md' is a device, a pipe or a process's file, not an article; it was not linted.");
        run.Out.ShouldContain("a.md(1,1): warning EL2002");
    }

    [Fact]
    public void A_configuration_or_name_list_that_is_a_device_is_reported_and_never_read()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        // Reading /dev/zero never ends: the run ran out of memory with an internal error.
        string folder = CliRunner.NewFolder();
        File.WriteAllText(Path.Combine(folder, "a.md"), "Recently the firm grew.\n");
        File.WriteAllText(Path.Combine(folder, "rules.json"), "{ \"rulePaths\": [\"/dev/zero\"] }");

        var config = CliRunner.Run(folder, "check", "a.md", "--config", "/dev/zero");
        var names = CliRunner.Run(folder, "check", "a.md", "--names", "/dev/zero");
        var rules = CliRunner.Run(folder, "check", "a.md", "--config", "rules.json");

        config.ExitCode.ShouldBe(2);
        config.Error.ShouldContain("error EL0001: The configuration file could not be read: it is a device, a pipe or a process's file");
        names.ExitCode.ShouldBe(2);
        names.Out.ShouldContain("error EL0008: cannot read the name list: it is a device, a pipe or a process's file");
        rules.ExitCode.ShouldBe(2);
        rules.Out.ShouldContain("error EL0011: The rule file could not be read: it is a device, a pipe or a process's file");
    }

    [Fact]
    public async Task A_named_pipe_in_a_folder_does_not_hold_up_the_run()
    {
        if (OperatingSystem.IsWindows() || !File.Exists("/usr/bin/mkfifo"))
        {
            return;
        }

        // Opening a pipe waits for a writer: the whole run hung and printed nothing.
        string folder = CliRunner.NewFolder();
        File.WriteAllText(Path.Combine(folder, "a.md"), "Recently the firm grew.\n");
        using (var mkfifo = System.Diagnostics.Process.Start("/usr/bin/mkfifo", Path.Combine(folder, "b.md")))
        {
            mkfifo.WaitForExit();
        }

        // A link to the pipe was opened and waited on: a link's own size is not 0.
        Directory.CreateDirectory(Path.Combine(folder, "sub"));
        File.CreateSymbolicLink(Path.Combine(folder, "sub", "c.md"), Path.Combine(folder, "b.md"));

        var checking = Task.Run(() => CliRunner.Run(folder, "check", "a.md", "sub"));
        bool finished = await Task.WhenAny(checking, Task.Delay(TimeSpan.FromMinutes(1))) == checking;
        if (!finished)
        {
            using var writer = new FileStream(Path.Combine(folder, "b.md"), FileMode.Open, FileAccess.Write); // lets the waiting run go on, so the test ends
        }

        finished.ShouldBeTrue("the run waited on the pipe");
        var run = await checking;

        run.ExitCode.ShouldBe(0);
        run.Out.ShouldContain("a.md(1,1): warning EL2002");
        run.Out.ShouldContain("1 warning in 2 files");
    }

    [Fact]
    public void Linting_never_writes_to_the_input_files()
    {
        string folder = CliRunner.NewFolder();
        string file = Path.Combine(folder, "a.md");
        File.WriteAllText(file, "Words recently written.\n");
        var before = (File.ReadAllBytes(file), File.GetLastWriteTimeUtc(file));

        CliRunner.Run(folder, "check", ".");

        File.ReadAllBytes(file).ShouldBe(before.Item1);
        File.GetLastWriteTimeUtc(file).ShouldBe(before.Item2);
    }
}
