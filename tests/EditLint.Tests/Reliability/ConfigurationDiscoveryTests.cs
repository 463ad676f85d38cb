using EditLint.Tests.Cli;

namespace EditLint.Tests.Reliability;

/// <summary>
/// The configuration was found upward from the working folder, not from the files checked, so
/// <c>cd /tmp &amp;&amp; editlint check /path/to/project/articles</c> dropped the project's name list and house rules,
/// passed "Emmanuel Macrom", and said nothing of it.
/// </summary>
public class ConfigurationDiscoveryTests
{
    private static string Project()
    {
        string project = CliRunner.NewFolder();
        File.WriteAllText(Path.Combine(project, "names.json"), """{ "people": [ { "name": "Emmanuel Macron" } ] }""");
        File.WriteAllText(Path.Combine(project, "editlint.json"), """{ "names": ["names.json"] }""");
        Directory.CreateDirectory(Path.Combine(project, "articles"));
        File.WriteAllText(Path.Combine(project, "articles", "a.md"), "Emmanuel Macrom spoke on 3 May 2024.\n");
        return project;
    }

    [Fact]
    public void The_configuration_above_the_checked_folder_is_used_from_elsewhere_and_named_in_the_summary()
    {
        string project = Project();
        string elsewhere = CliRunner.NewFolder();

        var run = CliRunner.Run(elsewhere, "check", Path.Combine(project, "articles"));

        run.Out.ShouldContain("error EL1001: 'Emmanuel Macrom' does not match the name list; did you mean 'Emmanuel Macron'");
        string config = Path.GetRelativePath(elsewhere, Path.Combine(project, "editlint.json")).Replace('\\', '/');
        run.Out.ShouldEndWith($"1 error in 1 file; configuration: {config}.\n");
        run.ExitCode.ShouldBe(1);
    }

    [Fact]
    public void A_file_checked_from_elsewhere_uses_the_configuration_above_it()
    {
        string project = Project();

        var run = CliRunner.Run(CliRunner.NewFolder(), "check", Path.Combine(project, "articles", "a.md"));

        run.Out.ShouldContain("error EL1001: 'Emmanuel Macrom'");
        run.ExitCode.ShouldBe(1);
    }

    [Fact]
    public void The_summary_says_when_the_built_in_defaults_were_used()
    {
        string folder = CliRunner.NewFolder();
        File.WriteAllText(Path.Combine(folder, "a.md"), "Fine.\n");

        var run = CliRunner.Run(folder, "check", "a.md");

        run.Out.ShouldBe("No findings in 1 file; configuration: built-in defaults.\n");
    }

    [Fact]
    public void Config_on_the_command_line_wins_over_the_one_found_upward()
    {
        string project = Project();
        string other = CliRunner.NewFolder();
        File.WriteAllText(Path.Combine(other, "strict.json"), """{ "rules": { "EL1001": "none" } }""");

        var run = CliRunner.Run(other, "check", Path.Combine(project, "articles"), "--config", "strict.json");

        run.Out.ShouldNotContain("EL1001");
        run.Out.ShouldEndWith("; configuration: strict.json.\n");
    }

    [Fact]
    public void Paths_under_two_configurations_are_refused_with_both_named()
    {
        string first = Project();
        string second = Project();
        string elsewhere = CliRunner.NewFolder();

        var run = CliRunner.Run(elsewhere, "check", Path.Combine(first, "articles"), Path.Combine(second, "articles"));

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("error EL0001: The paths belong to different configurations: ");
        run.Error.ShouldContain(Path.GetRelativePath(elsewhere, Path.Combine(second, "editlint.json")).Replace('\\', '/'));
        run.Error.ShouldContain("Check them in separate runs, or name one configuration with --config.");
    }
}
