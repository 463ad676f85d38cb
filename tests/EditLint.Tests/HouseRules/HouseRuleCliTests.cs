using EditLint.HouseRules;
using EditLint.Tests.Cli;

namespace EditLint.Tests.HouseRules;

public class HouseRuleCliTests
{
    private const string Kyiv = """
        {
          "id": "HOUSE0001",
          "name": "KyivNotKiev",
          "kind": "substitution",
          "swap": { "Kiev": "Kyiv" },
          "examples": {
            "flagged": ["Talks in Kiev."],
            "passing": ["Talks in Kyiv.", "Chicken Kiev."]
          }
        }
        """;

    private static string Folder(string rule = Kyiv, string config = """{ "rulePaths": ["style"] }""")
    {
        string folder = CliRunner.NewFolder();
        Directory.CreateDirectory(Path.Combine(folder, "style"));
        File.WriteAllText(Path.Combine(folder, "style", "kyiv.json"), rule.ReplaceLineEndings("\n"));
        File.WriteAllText(Path.Combine(folder, "editlint.json"), config);
        return folder;
    }

    [Fact]
    public void House_rules_are_described_and_reported_in_sarif_and_fixed_by_fix()
    {
        string folder = Folder();
        File.WriteAllText(Path.Combine(folder, "a.md"), "Talks in Kiev ended.\n");

        var sarif = CliRunner.Run(folder, "check", "a.md", "--format", "sarif");

        EditLint.Tests.Sarif.SarifSchema.ShouldBeValid(sarif.Out, "house-rules");
        var run = System.Text.Json.Nodes.JsonNode.Parse(sarif.Out)!["runs"]![0]!;
        var rules = run["tool"]!["driver"]!["rules"]!.AsArray();
        var kyiv = rules.Single(r => (string?)r!["id"] == "HOUSE0001")!;
        ((string?)kyiv["name"]).ShouldBe("KyivNotKiev");
        var result = run["results"]!.AsArray().ShouldHaveSingleItem()!;
        ((string?)result["ruleId"]).ShouldBe("HOUSE0001");
        ((int?)result["ruleIndex"]).ShouldBe(rules.IndexOf(kyiv));
        ((string?)result["fixes"]![0]!["artifactChanges"]![0]!["replacements"]![0]!["insertedContent"]!["text"]).ShouldBe("Kyiv");

        CliRunner.Run(folder, "check", "a.md", "--fix");
        File.ReadAllText(Path.Combine(folder, "a.md")).ShouldBe("Talks in Kyiv ended.\n");
    }

    [Fact]
    public void Every_kind_of_the_example_pack_reports_valid_sarif()
    {
        string folder = CliRunner.NewFolder();
        string pack = Path.Combine(folder, "style");
        Directory.CreateDirectory(pack);
        foreach (string file in Directory.GetFiles(RepositoryPaths.Combine("rules", "house-example"), "*.json"))
        {
            File.Copy(file, Path.Combine(pack, Path.GetFileName(file)));
        }

        File.WriteAllText(Path.Combine(folder, "editlint.json"), """{ "rulePaths": ["style"] }""");
        File.WriteAllText(Path.Combine(folder, "a.md"), string.Join("\n\n",
            "The DPRK fired a missile.",
            "Officials met in Kiev.",
            "The army moved toward the river. Later it turned towards the hills and moved toward the pass.",
            "Nato leaders met.",
            "It was a very unique opportunity.") + "\n");

        var run = CliRunner.Run(folder, "check", "a.md", "--format", "sarif");

        EditLint.Tests.Sarif.SarifSchema.ShouldBeValid(run.Out, "house-rules-every-kind");
        var results = System.Text.Json.Nodes.JsonNode.Parse(run.Out)!["runs"]![0]!["results"]!.AsArray();
        results.Select(r => (string?)r!["ruleId"]).Distinct().Order().ShouldBe(["HOUSE0001", "HOUSE0003", "HOUSE0004", "HOUSE0005", "HOUSE0006"]);
        results.Single(r => (string?)r!["ruleId"] == "HOUSE0003")!["relatedLocations"]!.AsArray().ShouldNotBeEmpty();
    }

    [Fact]
    public void The_example_pack_passes_its_own_examples()
    {
        var run = CliRunner.Run(RepositoryPaths.Root, "test-rules", "rules/house-example");

        run.Out.ShouldBe("6 rules in 1 pack: 26 of 26 examples passed.\n");
        run.ExitCode.ShouldBe(0);
    }

    [Fact]
    public void Every_rule_of_the_example_pack_has_flagged_and_passing_examples_and_a_source()
    {
        var set = HouseRuleLoader.Load(["rules/house-example"], RepositoryPaths.Root, RepositoryPaths.Root);
        set.Notifications.ShouldBeEmpty();
        HouseRuleExamples.Run(set).Failures.ShouldBeEmpty();
        foreach (var rule in set.Rules)
        {
            rule.Examples.ShouldContain(e => e.MustFlag, rule.Id);
            rule.Examples.ShouldContain(e => !e.MustFlag, rule.Id);
        }

        set.Rules.Select(r => r.Kind).Distinct().Count().ShouldBe(5);
    }

    [Fact]
    public void A_failing_example_is_reported_at_its_line_and_column_with_exit_code_1()
    {
        string folder = Folder(Kyiv.Replace("\"Chicken Kiev.\"", "\"Kiev again.\"", StringComparison.Ordinal));

        var run = CliRunner.Run(folder, "test-rules");

        run.Out.ShouldBe(
            "style/kyiv.json(8,35): error HOUSE0001: The example must pass, but the rule flagged 'Kiev' at column 1 in \"Kiev again.\".\n" +
            "1 rule in 1 pack: 2 of 3 examples passed.\n");
        run.ExitCode.ShouldBe(1);
    }

    [Fact]
    public void A_flagged_example_that_states_its_fix_fails_when_the_fix_writes_otherwise()
    {
        string folder = Folder(Kyiv.Replace("\"flagged\": [\"Talks in Kiev.\"]", "\"flagged\": [{ \"text\": \"Talks in Kiev.\", \"fixed\": \"Talks in Kiev, Ukraine.\" }, { \"text\": \"KIEV talks.\", \"fixed\": \"KYIV talks.\" }]", StringComparison.Ordinal)
            .Replace("\"Chicken Kiev.\"", "\"Chicken soup.\"", StringComparison.Ordinal));

        var run = CliRunner.Run(folder, "test-rules");

        run.Out.ShouldBe(
            "style/kyiv.json(7,17): error HOUSE0001: The example's fix must write \"Talks in Kiev, Ukraine.\", but it writes \"Talks in Kyiv.\".\n" +
            "1 rule in 1 pack: 3 of 4 examples passed.\n");
        run.ExitCode.ShouldBe(1);
    }

    [Fact]
    public void A_replacement_ending_in_a_period_passes_its_fixed_example_and_fix_writes_the_same()
    {
        string folder = Folder("""
            { "id": "NEWS0010", "name": "USWithPeriods", "kind": "substitution", "caseSensitive": true,
              "swap": { "US": "U.S.", "UK": "U.K." },
              "examples": { "flagged": [ { "text": "The aid came from the US.", "fixed": "The aid came from the U.S." } ] } }
            """);
        File.WriteAllText(Path.Combine(folder, "a.md"), "The aid came from the US.\n");

        CliRunner.Run(folder, "test-rules").Out.ShouldBe("1 rule in 1 pack: 1 of 1 example passed.\n");
        CliRunner.Run(folder, "check", "a.md", "--fix");

        File.ReadAllText(Path.Combine(folder, "a.md")).ShouldBe("The aid came from the U.S.\n");
    }

    [Fact]
    public void A_consistency_rule_and_a_substitution_in_another_pack_settle_on_the_house_form_in_one_fix()
    {
        string folder = Folder("""{ "pack": "spelling", "id": "HOUSE0002", "name": "ClosedCompounds", "kind": "substitution", "swap": { "e-mail": "email" } }""");
        File.WriteAllText(Path.Combine(folder, "style", "one.json"), """{ "pack": "consistency", "id": "HOUSE0003", "name": "OneSpelling", "kind": "consistency", "groups": [["email", "e-mail"]] }""");
        string story = Path.Combine(folder, "a.md");
        File.WriteAllText(story, "An e-mail came. A second e-mail followed, and a third e-mail.\n\nThe email was genuine.\n");

        CliRunner.Run(folder, "check", "a.md", "--fix");
        File.ReadAllText(story).ShouldBe("An email came. A second email followed, and a third email.\n\nThe email was genuine.\n");

        var second = CliRunner.Run(folder, "check", "a.md", "--fix");
        second.Error.ShouldBe("editlint: fixed 0 findings in 0 files.\n");
        second.ExitCode.ShouldBe(0);
        File.ReadAllText(story).ShouldBe("An email came. A second email followed, and a third email.\n\nThe email was genuine.\n");
    }

    [Fact]
    public void A_substitution_the_configuration_turns_off_does_not_steer_a_consistency_rule()
    {
        // The consistency rule still avoided "e-mail" and rewrote the three "e-mail" of a house that had turned the swap off.
        string folder = Folder(
            """{ "pack": "spelling", "id": "HOUSE0002", "name": "ClosedCompounds", "kind": "substitution", "swap": { "e-mail": "email" } }""",
            """{ "rulePaths": ["style"], "rules": { "HOUSE0002": "none" } }""");
        File.WriteAllText(Path.Combine(folder, "style", "one.json"), """{ "pack": "consistency", "id": "HOUSE0003", "name": "OneSpelling", "kind": "consistency", "groups": [["email", "e-mail"]] }""");
        string story = Path.Combine(folder, "a.md");
        File.WriteAllText(story, "An e-mail came. A second e-mail followed, and a third e-mail.\n\nThe email was genuine.\n");

        CliRunner.Run(folder, "check", "a.md", "--fix");

        File.ReadAllText(story).ShouldBe("An e-mail came. A second e-mail followed, and a third e-mail.\n\nThe e-mail was genuine.\n");
    }

    [Fact]
    public void A_rule_file_with_errors_is_reported_with_position_and_exit_code_2()
    {
        string folder = Folder("""{ "id": "HOUSE0001", "name": "X", "kind": "spelling", "terms": ["a"] }""");

        var run = CliRunner.Run(folder, "test-rules", "style");

        run.Out.ShouldStartWith("style/kyiv.json(1,43): error EL0011: Unknown kind 'spelling'");
        run.ExitCode.ShouldBe(2);
    }

    [Fact]
    public void Check_runs_house_rules_with_configured_severity_and_suppression()
    {
        string folder = Folder(config: """{ "rulePaths": ["style"], "rules": { "HOUSE0001": "error" }, "overrides": [ { "files": ["drafts/**"], "rules": { "HOUSE0001": "none" } } ] }""");
        File.WriteAllText(Path.Combine(folder, "a.md"), "Talks in Kiev.\n\n<!-- editlint-disable-next-line HOUSE0001 -->\nTalks in Kiev.\n");
        Directory.CreateDirectory(Path.Combine(folder, "drafts"));
        File.WriteAllText(Path.Combine(folder, "drafts", "b.md"), "Talks in Kiev.\n");

        var run = CliRunner.Run(folder, "check");

        run.Out.ShouldBe(
            "a.md(1,10): error HOUSE0001: Use 'Kyiv' instead of 'Kiev'\n" +
            "a.md(4,10): error HOUSE0001: Use 'Kyiv' instead of 'Kiev' (suppressed)\n" +
            "1 error in 2 files; 1 finding suppressed; configuration: editlint.json.\n");
        run.ExitCode.ShouldBe(1);
    }

    [Fact]
    public void An_unknown_house_id_in_the_configuration_is_a_configuration_error()
    {
        string folder = Folder(config: """{ "rulePaths": ["style"], "rules": { "HOUSE0002": "none" } }""");

        var run = CliRunner.Run(folder, "check");

        run.Error.ShouldBe("editlint.json(1,38): error EL0001: Unknown rule id 'HOUSE0002'; run 'editlint rules' for the list.\n");
        run.ExitCode.ShouldBe(2);
    }

    [Fact]
    public void A_broken_rule_file_in_check_is_EL0011_and_exit_code_2_but_the_files_are_still_linted()
    {
        string folder = Folder();
        File.WriteAllText(Path.Combine(folder, "style", "bad.json"), "{ \"id\": \"EL0001\", \"name\": \"X\", \"kind\": \"existence\", \"terms\": [\"a\"] }");
        File.WriteAllText(Path.Combine(folder, "a.md"), "Talks in Kiev.\n");

        var run = CliRunner.Run(folder, "check", "a.md");

        run.Out.ShouldContain("style/bad.json(1,9): error EL0011: The id 'EL0001' uses the prefix EL, which is reserved");
        run.Out.ShouldContain("a.md(1,10): warning HOUSE0001: Use 'Kyiv' instead of 'Kiev'");
        run.ExitCode.ShouldBe(2);
    }

    [Fact]
    public void Rules_lists_house_rules_after_the_built_in_ones()
    {
        var run = CliRunner.Run(Folder(), "rules");

        run.ExitCode.ShouldBe(0);
        run.Out.ShouldContain("HOUSE0001  KyivNotKiev");
        run.Out.ShouldContain("A term the house style replaces");
    }

    [Fact]
    public void Rules_markdown_writes_a_page_per_pack()
    {
        string folder = Folder();

        var run = CliRunner.Run(folder, "rules", "--markdown", "--output", "docs/style");

        run.ExitCode.ShouldBe(0);
        run.Out.ShouldBe("Wrote docs/style/style.md.\n");
        string page = File.ReadAllText(Path.Combine(folder, "docs", "style", "style.md"));
        page.ShouldStartWith("# style\n");
        page.ShouldContain("| [HOUSE0001](#house0001) | KyivNotKiev | substitution | warning |");
        page.ShouldContain("| Kyiv | Kiev |");
        page.ShouldContain("- Talks in Kiev.");
    }

    [Fact]
    public void Rules_markdown_for_the_example_pack_lists_every_rule_and_source()
    {
        var set = HouseRuleLoader.Load(["rules/house-example"], RepositoryPaths.Root, RepositoryPaths.Root);
        string page = HouseRuleDocs.Write(set.Packs.Single());
        foreach (var rule in set.Rules)
        {
            page.ShouldContain($"## {rule.Id}");
        }

        page.ShouldContain("AP Stylebook, announcement of 14 August 2019");
    }
}
