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
    public void A_broken_file_symlink_named_on_the_command_line_is_reported_as_unreadable()
    {
        string folder = CliRunner.NewFolder();
        File.CreateSymbolicLink(Path.Combine(folder, "gone.md"), Path.Combine(folder, "nowhere.md"));

        var run = CliRunner.Run(folder, "check", "gone.md");

        run.ExitCode.ShouldBe(2);
        run.Out.ShouldContain("gone.md: error EL0005: 'gone.md' could not be read");
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
