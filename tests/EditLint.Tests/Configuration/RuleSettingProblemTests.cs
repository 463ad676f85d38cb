using EditLint.Tests.Cli;

namespace EditLint.Tests.Configuration;

/// <summary>
/// Problems in a rule's settings that only the rule can find (a term it does not have, a house entry it cannot use) are
/// reported at their line and column in editlint.json, as every other configuration problem is; they had no position.
/// </summary>
public class RuleSettingProblemTests
{
    private const string Config = """
        {
          "rules": {
            "EL2002": { "settings": { "terms": { "nonsense-term": true } } },
            "EL1003": { "settings": {
              "titles": [ { "forms": ["top diplomat"] }, { "office": "foreign minister", "froms": ["x"] } ],
              "organisations": [ { "aliases": ["LDP"] } ] } }
          }
        }
        """;

    [Fact]
    public void Each_is_reported_at_its_key_or_entry_and_the_run_exits_with_2()
    {
        string folder = CliRunner.NewFolder();
        File.WriteAllText(Path.Combine(folder, "editlint.json"), Config);
        File.WriteAllText(Path.Combine(folder, "a.md"), "It is recent.\n");

        var run = CliRunner.Run(folder, "check", "a.md");

        string all = run.Out + run.Error;
        all.ShouldContain("editlint.json(3,42): error EL0001: The 'terms' setting of EL2002 names 'nonsense-term', which is not a term of the rule");
        all.ShouldContain("editlint.json(5,19): error EL0001: An entry of 'titles' needs an \"office\"");
        all.ShouldContain("editlint.json(5,82): error EL0001: Unknown key 'froms' in an entry of 'titles'; expected office, forms, takesTarget. The entry was left out.");
        all.ShouldContain("editlint.json(6,26): error EL0001: An entry of 'organisations' needs a \"name\"");
        run.ExitCode.ShouldBe(2);
    }
}
