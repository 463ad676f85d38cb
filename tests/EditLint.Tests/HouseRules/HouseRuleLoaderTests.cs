using EditLint.Analysis;
using EditLint.HouseRules;
using EditLint.Text;

namespace EditLint.Tests.HouseRules;

public class HouseRuleLoaderTests
{
    private static ToolNotification SingleProblem(string json)
    {
        var set = HouseRuleLoader.LoadText("rules/house.json", json);
        var problem = set.Notifications.ShouldHaveSingleItem();
        problem.Id.ShouldBe("EL0011");
        problem.Severity.ShouldBe(Severity.Error);
        problem.Path.ShouldBe("rules/house.json");
        return problem;
    }

    [Fact]
    public void Bad_json_is_reported_at_its_line_and_column()
    {
        var problem = SingleProblem("{\n  \"id\": \"HOUSE0001\"\n  \"name\": \"X\"\n}");
        problem.Position.ShouldBe(new LinePosition(2, 2));
        problem.ToString().ShouldStartWith("rules/house.json(3,3): error EL0011: The rule file is not valid JSON");
    }

    [Fact]
    public void Bad_json_after_accented_letters_is_at_its_utf16_column_with_a_clean_message()
    {
        // "é", "è" are two bytes each in UTF-8 and the emoji four, but one, one and two UTF-16 units: the missing comma
        // before "kind" is at column 46, not at its byte offset.
        var problem = SingleProblem("{ \"id\": \"HOUSE0001\", \"name\": \"Café crème 😀\" \"kind\": \"existence\" }");
        problem.Position.ShouldBe(new LinePosition(0, 45));
        problem.Message.ShouldNotContain("LineNumber");
        problem.Message.ShouldNotContain("BytePositionInLine");
    }

    [Fact]
    public void An_unknown_kind_is_reported_at_the_value()
    {
        var problem = SingleProblem("{\n  \"id\": \"HOUSE0001\", \"name\": \"X\",\n  \"kind\": \"spelling\", \"terms\": [\"a\"]\n}");
        problem.Position.ShouldBe(new LinePosition(2, 10));
        problem.Message.ShouldContain("Unknown kind 'spelling'");
    }

    [Fact]
    public void An_empty_term_is_reported_at_the_term()
    {
        var problem = SingleProblem("{ \"id\": \"HOUSE0001\", \"name\": \"X\", \"kind\": \"existence\",\n  \"terms\": [\"fine\", \"  \"] }");
        problem.Position.ShouldBe(new LinePosition(1, 20));
        problem.Message.ShouldContain("A term is empty");
    }

    [Fact]
    public void An_empty_replacement_is_reported()
    {
        SingleProblem("""{ "id": "HOUSE0001", "name": "X", "kind": "substitution", "swap": { "Kiev": "" } }""").Message.ShouldContain("A term is empty");
    }

    [Fact]
    public void A_duplicate_id_is_reported_at_the_second_rule_with_the_first_position()
    {
        var problem = SingleProblem("""
            { "rules": [
              { "id": "HOUSE0001", "name": "A", "kind": "existence", "terms": ["a"] },
              { "id": "HOUSE0001", "name": "B", "kind": "existence", "terms": ["b"] }
            ] }
            """);
        problem.Position.ShouldBe(new LinePosition(2, 10));
        problem.Message.ShouldBe("The id 'HOUSE0001' is already used by the rule at rules/house.json(2,11); each rule needs its own id.");
    }

    [Fact]
    public void Duplicate_ids_across_files_are_reported()
    {
        string folder = Directory.CreateTempSubdirectory("editlint-house-").FullName;
        File.WriteAllText(Path.Combine(folder, "a.json"), """{ "id": "HOUSE0001", "name": "A", "kind": "existence", "terms": ["a"] }""");
        File.WriteAllText(Path.Combine(folder, "b.json"), """{ "id": "HOUSE0001", "name": "B", "kind": "existence", "terms": ["b"] }""");
        var set = HouseRuleLoader.Load(["."], folder, folder);
        set.Notifications.ShouldHaveSingleItem().ToString().ShouldStartWith("b.json(1,9): error EL0011: The id 'HOUSE0001' is already used by the rule at a.json(1,9)");
        set.Rules.ShouldHaveSingleItem().Descriptor.Name.ShouldBe("A");
    }

    [Fact]
    public void An_unpaired_surrogate_escape_is_reported_and_the_run_goes_on()
    {
        // It had ended the whole run with "internal error: InvalidOperationException".
        var problem = SingleProblem("""{ "id": "HOUSE0001", "name": "A", "kind": "existence", "terms": ["\ud800a"] }""");
        problem.Position.ShouldBe(new LinePosition(0, 66));
        problem.Message.ShouldContain("unpaired surrogate escape");
    }

    [Fact]
    public void Rule_files_saved_with_a_byte_order_mark_or_as_utf16_are_read()
    {
        string folder = Directory.CreateTempSubdirectory("editlint-house-").FullName;
        string json = """{ "id": "HOUSE0001", "name": "A", "kind": "existence", "terms": ["a"] }""";
        File.WriteAllText(Path.Combine(folder, "utf8.json"), json, new System.Text.UTF8Encoding(true));
        File.WriteAllText(Path.Combine(folder, "Utf16.JSON"), json.Replace("HOUSE0001", "HOUSE0002"), new System.Text.UnicodeEncoding(false, true)); // an upper-case extension counts, as Windows counts it
        var set = HouseRuleLoader.Load(["."], folder, folder);
        set.Notifications.ShouldBeEmpty();
        set.Rules.Select(r => r.Descriptor.Id).Order().ShouldBe(["HOUSE0001", "HOUSE0002"]);
    }

    [Fact]
    public void The_EL_prefix_is_reserved() =>
        SingleProblem("""{ "id": "EL2001", "name": "X", "kind": "existence", "terms": ["a"] }""").Message.ShouldContain("reserved for EditLint's built-in rules");

    [Theory]
    [InlineData("HOUSE12")]
    [InlineData("house0012")]
    [InlineData("H0012")]
    public void Ids_need_a_prefix_and_four_digits(string id) =>
        SingleProblem($$"""{ "id": "{{id}}", "name": "X", "kind": "existence", "terms": ["a"] }""").Message.ShouldContain("house prefix");

    [Fact]
    public void Unknown_keys_are_reported() =>
        SingleProblem("""{ "id": "HOUSE0001", "name": "X", "kind": "existence", "terms": ["a"], "sevrity": "error" }""").Message.ShouldContain("Unknown key 'sevrity'");

    [Fact]
    public void A_rule_with_an_unknown_key_is_left_out_and_the_files_other_rules_load()
    {
        // A misspelt key ("exeptions") had the rule run as if the key were absent, its exceptions lost.
        var set = HouseRuleLoader.LoadText("h.json", """
            { "pack": "p", "rules": [
              { "id": "HOUSE0001", "name": "A", "kind": "existence", "terms": ["a"], "exeptions": ["a priori"] },
              { "id": "HOUSE0002", "name": "B", "kind": "existence", "terms": ["b"] } ] }
            """);
        set.Notifications.ShouldHaveSingleItem().Message.ShouldContain("Unknown key 'exeptions'");
        set.Rules.Select(r => r.Descriptor.Id).ShouldBe(["HOUSE0002"]);
    }

    [Fact]
    public void Terms_under_the_wrong_key_for_the_kind_are_reported() =>
        HouseRuleLoader.LoadText("h.json", """{ "id": "HOUSE0001", "name": "X", "kind": "substitution", "terms": ["a"] }""")
            .Notifications.Select(p => p.Message).ShouldBe(["'terms' does not belong in a substitution rule; it lists its terms in 'swap'.", "A substitution rule needs 'swap'."]);

    [Fact]
    public void A_pattern_that_needs_backtracking_is_refused_at_the_pattern()
    {
        var problem = SingleProblem("""{ "id": "HOUSE0001", "name": "X", "kind": "existence", "pattern": true, "terms": ["ok", "(a)\\1"] }""");
        problem.Message.ShouldContain("without backtracking");
        problem.Position.ShouldBe(new LinePosition(0, 88));
    }

    [Fact]
    public void A_pattern_that_is_not_a_regular_expression_is_reported_as_such_with_the_parsers_reason()
    {
        var problem = SingleProblem("""{ "id": "HOUSE0001", "name": "X", "kind": "existence", "pattern": true, "terms": ["ok", "(per cent"] }""");
        problem.Message.ShouldBe("The pattern '(per cent' is not a valid regular expression: Not enough )'s (offset 9 in the pattern).");
        problem.Position.ShouldBe(new LinePosition(0, 88));
    }

    [Theory]
    [InlineData("a)|(b", "Too many )'s (offset 2 in the pattern).")]
    [InlineData("x**", "Nested quantifier '*' (offset 3 in the pattern).")]
    public void A_syntax_error_is_found_in_the_pattern_as_written_not_in_its_word_boundary_wrapper(string pattern, string reason) =>
        SingleProblem($$"""{ "id": "HOUSE0001", "name": "X", "kind": "existence", "pattern": true, "terms": ["{{pattern}}"] }""")
            .Message.ShouldBe($"The pattern '{pattern}' is not a valid regular expression: {reason}");

    [Theory]
    [InlineData("$2 percent", "$2")]
    [InlineData("${n} percent", "${n}")]
    public void A_pattern_replacement_that_refers_to_a_group_the_pattern_lacks_is_refused_at_the_replacement(string replacement, string reference)
    {
        var problem = SingleProblem($$"""{ "id": "HOUSE0001", "name": "X", "kind": "substitution", "pattern": true, "swap": { "(\\d+) per cent": "{{replacement}}" } }""");
        problem.Message.ShouldBe($"The replacement '{replacement}' refers to {reference}, a group the pattern '(\\d+) per cent' does not have; write $$ for a dollar sign.");
        problem.Position.ShouldBe(new LinePosition(0, 104));
    }

    [Fact]
    public void A_long_pattern_is_refused() =>
        SingleProblem($$"""{ "id": "HOUSE0001", "name": "X", "kind": "existence", "pattern": true, "terms": ["{{new string('a', 201)}}"] }""").Message.ShouldContain("longer than 200");

    [Fact]
    public void An_unknown_placeholder_in_the_message_is_reported() =>
        SingleProblem("""{ "id": "HOUSE0001", "name": "X", "kind": "existence", "terms": ["a"], "message": "No {term}" }""").Message.ShouldContain("unknown placeholder '{term}'");

    [Fact]
    public void A_bad_rule_is_left_out_and_the_others_load()
    {
        var set = HouseRuleLoader.LoadText("h.json", """
            { "pack": "newsroom", "rules": [
              { "id": "HOUSE0001", "name": "Good", "kind": "existence", "terms": ["a"] },
              { "id": "HOUSE0002", "name": "Bad", "kind": "existence", "terms": [] }
            ] }
            """);
        set.Notifications.ShouldHaveSingleItem().Message.ShouldContain("'terms' is empty");
        var pack = set.Packs.ShouldHaveSingleItem();
        pack.Name.ShouldBe("newsroom");
        pack.Rules.ShouldHaveSingleItem().Id.ShouldBe("HOUSE0001");
    }

    [Fact]
    public void The_descriptor_carries_what_sarif_needs()
    {
        var rule = HouseRuleLoader.LoadText("h.json", """
            {
              "pack": "newsroom", "id": "NEWS0007", "name": "KyivNotKiev", "kind": "substitution", "severity": "error",
              "title": "Kyiv, not Kiev.", "description": "AP style", "source": "AP Stylebook, 2019", "link": "https://example.org/style#kyiv",
              "message": "Write '{suggestion}' for '{match}'.", "swap": { "Kiev": "Kyiv" }
            }
            """).Rules.ShouldHaveSingleItem();
        var d = rule.Descriptor;
        d.Id.ShouldBe("NEWS0007");
        d.Prefix.ShouldBe("NEWS");
        d.Number.ShouldBe(7);
        d.Name.ShouldBe("KyivNotKiev");
        d.Title.ShouldBe("Kyiv, not Kiev");
        d.Description.ShouldBe("AP style. Source: AP Stylebook, 2019.");
        d.MessageFormat.ShouldBe("Write '{1}' for '{0}'");
        d.DefaultSeverity.ShouldBe(Severity.Error);
        d.Category.ShouldBe(RuleCategory.House);
        d.HelpUri.ShouldBe("https://example.org/style#kyiv");
        d.Tags.ShouldBe(["house", "newsroom", "substitution"]);
    }

    [Fact]
    public void Braces_in_a_message_are_kept_as_text()
    {
        var rule = HouseRuleLoader.LoadText("h.json", """{ "id": "HOUSE0001", "name": "X", "kind": "existence", "terms": ["a"], "message": "Avoid '{match}' (see {{style}})" }""");
        rule.Notifications.ShouldNotBeEmpty();
        var ok = HouseRuleLoader.LoadText("h.json", """{ "id": "HOUSE0001", "name": "X", "kind": "existence", "terms": ["a"], "message": "Avoid '{match}' here" }""").Rules.Single();
        new Diagnostic(ok.Descriptor, new TextSpan(0, 1), "A", string.Empty).Message.ShouldBe("Avoid 'A' here");
    }

    [Fact]
    public void A_folder_path_loads_every_json_file_but_schemas_and_a_missing_path_is_reported()
    {
        string folder = Directory.CreateTempSubdirectory("editlint-house-").FullName;
        Directory.CreateDirectory(Path.Combine(folder, "style", "more"));
        File.WriteAllText(Path.Combine(folder, "style", "a.json"), """{ "id": "HOUSE0001", "name": "A", "kind": "existence", "terms": ["a"] }""");
        File.WriteAllText(Path.Combine(folder, "style", "more", "b.json"), """{ "pack": "style", "id": "HOUSE0002", "name": "B", "kind": "existence", "terms": ["b"] }""");
        File.WriteAllText(Path.Combine(folder, "style", "rules.schema.json"), "{}");
        var set = HouseRuleLoader.Load(["style", "missing"], folder, folder);
        set.Packs.ShouldHaveSingleItem().Rules.Select(r => r.Id).ShouldBe(["HOUSE0001", "HOUSE0002"]);
        set.Notifications.ShouldHaveSingleItem().Message.ShouldContain("'missing' matches no file or folder");
    }
}
