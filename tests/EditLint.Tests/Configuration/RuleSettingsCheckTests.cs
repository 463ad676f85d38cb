using EditLint.Configuration;
using EditLint.Hosting;
using EditLint.Tests.Cli;
using EditLint.Text;

namespace EditLint.Tests.Configuration;

/// <summary>Rule settings are checked against what each rule declares, at their line and column.</summary>
public class RuleSettingsCheckTests
{
    private static ConfigurationException Problems(string json)
    {
        string folder = CliRunner.NewFolder();
        File.WriteAllText(Path.Combine(folder, "editlint.json"), json);
        return Should.Throw<ConfigurationException>(() => ConfiguredEngine.LoadConfiguration(null, folder));
    }

    [Fact]
    public void A_setting_of_the_wrong_type_fails_the_run_at_its_value_instead_of_reading_as_the_default()
    {
        string folder = CliRunner.NewFolder();
        File.WriteAllText(Path.Combine(folder, "editlint.json"), "{\n  \"rules\": { \"EL2001\": { \"settings\": { \"flagQuotations\": \"yes\" } } }\n}\n");
        File.WriteAllText(Path.Combine(folder, "a.md"), "Plain words.\n");

        var run = CliRunner.Run(folder, "check");

        run.ExitCode.ShouldBe(2);
        (run.Out + run.Error).ShouldContain("editlint.json(2,58): error EL0001: The setting 'flagQuotations' of 'EL2001' must be true or false.");
    }

    [Fact]
    public void A_misspelt_setting_is_reported_with_the_settings_the_rule_has()
    {
        var problem = Problems("{ \"rules\": { \"EL2002\": { \"settings\": { \"flagQuotation\": true } } } }").Notifications.ShouldHaveSingleItem();
        problem.Message.ShouldBe("Unknown setting 'flagQuotation' for 'EL2002'; expected one of terms, extraTerms, flagQuotations, dateline, scope.");
        problem.Position.ShouldBe(new LinePosition(0, 39));
    }

    [Theory]
    [InlineData("EL2001", "\"scope\": \"para\"", "The setting 'scope' of 'EL2001' must be one of \"sentence\", \"paragraph\".")]
    [InlineData("EL2001", "\"terms\": { \"legendary\": \"off\" }", "The setting 'terms' of 'EL2001' must be an object whose values are true or false.")]
    [InlineData("EL2002", "\"extraTerms\": \"as things stand\"", "The setting 'extraTerms' of 'EL2002' must be an array of strings.")]
    [InlineData("EL1003", "\"titles\": [ \"top diplomat\" ]", "The setting 'titles' of 'EL1003' must be an array of objects.")]
    [InlineData("EL1001", "\"threshold\": 2", "'EL1001' has no settings; remove 'threshold'.")]
    public void A_value_the_rule_cannot_read_is_a_configuration_error(string rule, string settings, string message)
    {
        var problem = Problems($"{{ \"rules\": {{ \"{rule}\": {{ \"settings\": {{ {settings} }} }} }} }}").Notifications.ShouldHaveSingleItem();
        problem.Id.ShouldBe("EL0001");
        problem.Message.ShouldBe(message);
    }

    [Fact]
    public void The_documented_settings_load()
    {
        string folder = CliRunner.NewFolder();
        File.WriteAllText(Path.Combine(folder, "editlint.json"), """
            { "rules": {
              "EL2001": { "settings": { "terms": { "legendary": false }, "extraTerms": [ "best-in-class" ], "scope": "Paragraph", "flagQuotations": true } },
              "EL2002": { "settings": { "terms": { "today": true, "ongoing": false }, "dateline": false } },
              "EL1003": { "settings": { "titles": [ { "office": "foreign minister", "forms": ["top diplomat"] } ], "organisations": [] } }
            } }
            """);

        var (options, _) = ConfiguredEngine.LoadConfiguration(null, folder);

        options.Rules["EL2001"].Settings.GetBool("flagQuotations", false).ShouldBeTrue();
    }
}
