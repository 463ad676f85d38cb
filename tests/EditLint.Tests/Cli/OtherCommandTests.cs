using EditLint.Cli.Commands;

namespace EditLint.Tests.Cli;

public class OtherCommandTests
{
    [Fact]
    public void Init_writes_a_starter_configuration_that_loads_cleanly()
    {
        string folder = CliRunner.NewFolder();

        var run = CliRunner.Run(folder, "init");

        run.ExitCode.ShouldBe(0);
        File.ReadAllText(Path.Combine(folder, "editlint.json")).ShouldBe(InitCommand.Starter.ReplaceLineEndings("\n"));
        File.WriteAllText(Path.Combine(folder, "a.md"), "Words.\n");
        CliRunner.Run(folder, "check").ExitCode.ShouldBe(0);
    }

    [Fact]
    public void Init_writes_the_schema_beside_the_file_and_the_file_validates_against_it_offline()
    {
        string folder = CliRunner.NewFolder();

        CliRunner.Run(folder, "init").Out.ShouldBe("Wrote editlint.json and editlint.schema.json.\n");

        var config = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "editlint.json")));
        string schemaPath = config.RootElement.GetProperty("$schema").GetString()!;
        schemaPath.ShouldBe("./editlint.schema.json");
        var schema = Json.Schema.JsonSchema.FromText(File.ReadAllText(Path.Combine(folder, schemaPath)));
        schema.Evaluate(config.RootElement).IsValid.ShouldBeTrue();
        File.ReadAllText(Path.Combine(folder, schemaPath)).ShouldBe(File.ReadAllText(RepositoryPaths.Combine("schemas", "editlint.schema.json")).ReplaceLineEndings("\n"));
        config.RootElement.GetProperty("include").EnumerateArray().Select(e => e.GetString()).ShouldBe(["**/*.md", "**/*.markdown", "**/*.txt"]);
    }

    [Fact]
    public void Init_does_not_overwrite_without_force()
    {
        string folder = CliRunner.NewFolder();
        File.WriteAllText(Path.Combine(folder, "editlint.json"), "{}");

        CliRunner.Run(folder, "init").ExitCode.ShouldBe(2);
        File.ReadAllText(Path.Combine(folder, "editlint.json")).ShouldBe("{}");
        CliRunner.Run(folder, "init", "--force").ExitCode.ShouldBe(0);
    }

    [Fact]
    public void Version_prints_the_version()
    {
        var run = CliRunner.Run(CliRunner.NewFolder(), "--version");
        run.ExitCode.ShouldBe(0);
        run.Out.ShouldStartWith("0.1.0");
    }

    [Fact]
    public void Help_lists_the_commands()
    {
        var run = CliRunner.Run(CliRunner.NewFolder(), "--help");
        run.ExitCode.ShouldBe(0);
        run.Out.ShouldContain("check");
        run.Out.ShouldContain("rules");
        run.Out.ShouldContain("init");
        run.Out.ShouldContain("Usage:\n  editlint [command] [options]");
        CliRunner.Run(CliRunner.NewFolder(), "check", "--help").Out.ShouldContain("Usage:\n  editlint check [<paths>...] [options]");
    }
}
