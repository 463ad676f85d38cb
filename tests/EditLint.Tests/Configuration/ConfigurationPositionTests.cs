using EditLint.Tests.Cli;

namespace EditLint.Tests.Configuration;

/// <summary>
/// Every configuration problem names the file, line and column, and says its position once.
/// </summary>
public class ConfigurationPositionTests
{
    private static string Folder(string config)
    {
        string folder = CliRunner.NewFolder();
        File.WriteAllText(Path.Combine(folder, "editlint.json"), config);
        File.WriteAllText(Path.Combine(folder, "a.md"), "Words.\n");
        return folder;
    }

    [Fact]
    public void A_names_glob_that_matches_nothing_is_reported_at_its_entry()
    {
        string folder = Folder("{\n  \"names\": [\n    \"lists/*.json\"\n  ]\n}\n");

        var run = CliRunner.Run(folder, "check");

        run.Out.ShouldContain("editlint.json(3,5): error EL0008: The configured name lists (lists/*.json) match no file under ");
        run.ExitCode.ShouldBe(2);
    }

    [Fact]
    public void A_rule_path_that_matches_nothing_is_reported_at_its_entry_in_the_configuration()
    {
        string folder = Folder("{ \"rulePaths\": [\"house/*.json\", \"style/**/*.json\"] }");

        var run = CliRunner.Run(folder, "check");

        run.Out.ShouldContain("editlint.json(1,17): error EL0011: The rule path 'house/*.json' matches no file or folder under ");
        run.Out.ShouldContain("editlint.json(1,33): error EL0011: The rule path 'style/**/*.json' matches no file or folder under ");
        run.ExitCode.ShouldBe(2);
    }

    [Fact]
    public void A_json_syntax_error_gives_its_position_once()
    {
        string folder = Folder("{\n  \"include\": [\"**/*.md\"],\n  \"rules\": {\n    \"EL1001\": \"error\"\n  ,,\n}\n");

        var run = CliRunner.Run(folder, "check");

        run.Error.Trim().ShouldBe("editlint.json(5,4): error EL0001: The file is not valid JSON: ',' is an invalid start of a property name. Expected a '\"'.");
        run.ExitCode.ShouldBe(2);
    }
}
