using EditLint.Tests.Cli;

namespace EditLint.Tests.Fixes;

/// <summary>
/// <c>--fix</c> on a file whose only fixes are near-miss names (not safe: the name may be another person's)
/// printed nothing and changed nothing, so it looked broken. It now says what was left for review, and why, and
/// <c>--unsafe-fixes</c> applies those fixes (ruff's convention).
/// </summary>
public class UnsafeFixTests
{
    private const string Article = "Vladimir Puttin spoke on 3 May 2024.\n";

    private static string Folder()
    {
        string folder = CliRunner.NewFolder();
        File.WriteAllText(Path.Combine(folder, "a.md"), Article);
        return folder;
    }

    [Fact]
    public void Fix_says_how_many_fixes_were_left_for_review_and_why_and_changes_nothing()
    {
        string folder = Folder();

        var run = CliRunner.Run(folder, "check", "--fix");

        run.Error.ShouldContain("editlint: fixed 0 findings in 0 files.");
        run.Error.ShouldContain("a.md(1,1): unsafe fix EL1001: 'Vladimir Puttin' -> 'Vladimir Putin' (not applied)");
        run.Error.ShouldContain("editlint: 1 fix left for review (1 EL1001): their rules do not mark them safe to apply unattended (a near-miss name may be another person). Check each, then apply them with --fix --unsafe-fixes.");
        File.ReadAllText(Path.Combine(folder, "a.md")).ShouldBe(Article);
        run.ExitCode.ShouldBe(1);
    }

    [Fact]
    public void A_dry_run_shows_the_fixes_left_for_review_marked()
    {
        string folder = Folder();

        var run = CliRunner.Run(folder, "check", "--fix", "--dry-run");

        run.Out.ShouldBeEmpty();
        run.Error.ShouldContain("editlint: --dry-run: 0 fixes in 0 files would be made; nothing was written.");
        run.Error.ShouldContain("a.md(1,1): unsafe fix EL1001: 'Vladimir Puttin' -> 'Vladimir Putin' (not applied)");
        File.ReadAllText(Path.Combine(folder, "a.md")).ShouldBe(Article);
    }

    [Fact]
    public void After_safe_fixes_are_written_the_fixes_left_for_review_show_their_words_and_place_in_the_fixed_file()
    {
        // The words were read from the rewritten file and came out empty ('' -> 'Masahiko Komura'), at the column of the
        // text before the fix; an EL2002 fix was said to be "a near-miss name".
        string folder = CliRunner.NewFolder();
        File.WriteAllText(Path.Combine(folder, "a.md"), "---\ndate: 2016-01-15\n---\n\nMasashiko Komura met. Masahiko Komuro is currently here.\n");

        var run = CliRunner.Run(folder, "check", "--fix");

        File.ReadAllText(Path.Combine(folder, "a.md")).ShouldBe("---\ndate: 2016-01-15\n---\n\nMasahiko Komura met. Masahiko Komuro is currently here.\n");
        run.Error.ShouldContain("a.md(5,22): unsafe fix EL1001: 'Masahiko Komuro' -> 'Masahiko Komura' (not applied)");
        run.Error.ShouldContain("a.md(5,41): unsafe fix EL2002: 'currently' -> 'as of January 2016' (not applied)");
        run.Error.ShouldContain("(1 EL1001, 1 EL2002): their rules do not mark them safe to apply unattended (a near-miss name may be another person; 'as of' may need the sentence reordered).");
        run.Out.ShouldContain("a.md(5,22): error EL1001: 'Masahiko Komuro'");
    }

    [Fact]
    public void A_fix_left_for_review_whose_words_an_applied_fix_rewrote_is_shown_where_they_stood_and_the_run_ends_normally()
    {
        // With no final newline, its position fell past the end of the fixed text: "internal error: ArgumentOutOfRangeException",
        // exit code 2, no report.
        string folder = CliRunner.NewFolder();
        Directory.CreateDirectory(Path.Combine(folder, "rules"));
        File.WriteAllText(Path.Combine(folder, "editlint.json"), """{ "rulePaths": ["rules"] }""");
        File.WriteAllText(Path.Combine(folder, "rules", "r.json"), """{ "id": "HOUSE0101", "name": "Shorter", "kind": "substitution", "swap": { "Minister Masahiko Komuro spoke at length today": "He spoke" } }""");
        File.WriteAllText(Path.Combine(folder, "a.md"), "Minister Masahiko Komuro spoke at length today");

        var run = CliRunner.Run(folder, "check", "--fix", "a.md");

        File.ReadAllText(Path.Combine(folder, "a.md")).ShouldBe("He spoke");
        run.Error.ShouldContain("a.md(1,1): unsafe fix EL1001: 'Masahiko Komuro' -> 'Masahiko Komura' (not applied; an applied fix rewrote these words)");
        run.Error.ShouldNotContain("internal error");
        run.ExitCode.ShouldBe(0);
    }

    [Fact]
    public void A_fix_left_for_review_by_a_rule_other_than_the_names_gives_its_own_reason_not_one_about_names()
    {
        string folder = CliRunner.NewFolder();
        File.WriteAllText(Path.Combine(folder, "a.md"), "---\ndate: 2016-01-15\n---\n\nIt is currently here.\n");

        var run = CliRunner.Run(folder, "check", "--fix");

        run.Error.ShouldContain("editlint: 1 fix left for review (1 EL2002): their rules do not mark them safe to apply unattended ('as of' may need the sentence reordered). Check each");
        run.Error.ShouldNotContain("near-miss");
    }

    [Fact]
    public void A_house_rule_fix_left_for_review_says_why()
    {
        // The reason was chosen by rule id, so a house rule's fixes left for review were listed with no reason at all.
        string folder = CliRunner.NewFolder();
        Directory.CreateDirectory(Path.Combine(folder, "rules"));
        File.WriteAllText(Path.Combine(folder, "editlint.json"), """{ "rulePaths": ["rules"] }""");
        File.WriteAllText(Path.Combine(folder, "rules", "r.json"), """{ "id": "HOUSE0102", "name": "Percent", "kind": "substitution", "pattern": true, "swap": { "per\\s+cent": "percent" } }""");
        File.WriteAllText(Path.Combine(folder, "a.md"), "Prices rose 5 per cent.\n");

        var run = CliRunner.Run(folder, "check", "--fix", "a.md");

        File.ReadAllText(Path.Combine(folder, "a.md")).ShouldBe("Prices rose 5 per cent.\n");
        run.Error.ShouldContain("a.md(1,15): unsafe fix HOUSE0102: 'per cent' -> 'percent' (not applied)");
        run.Error.ShouldContain("(1 HOUSE0102): their rules do not mark them safe to apply unattended (a pattern's replacement may not fit every text it matches).");
    }

    [Fact]
    public void The_sarif_log_gives_the_reason_a_fix_is_not_safe_and_none_for_a_safe_fix()
    {
        string folder = CliRunner.NewFolder();
        File.WriteAllText(Path.Combine(folder, "a.md"), "Vladimir Puttin met Masashiko Komura.\n");

        var run = CliRunner.Run(folder, "check", "a.md", "--format", "sarif");

        var fixes = System.Text.Json.Nodes.JsonNode.Parse(run.Out)!["runs"]![0]!["results"]!.AsArray()
            .Select(r => r!["fixes"]![0]!)
            .ToDictionary(f => (string)f["artifactChanges"]![0]!["replacements"]![0]!["insertedContent"]!["text"]!, f => f["properties"]!);
        ((bool)fixes["Vladimir Putin"]["safe"]!).ShouldBeFalse();
        ((string?)fixes["Vladimir Putin"]["reviewReason"]).ShouldBe("a near-miss name may be another person");
        ((bool)fixes["Masahiko Komura"]["safe"]!).ShouldBeTrue();
        fixes["Masahiko Komura"]["reviewReason"].ShouldBeNull();
    }

    [Theory]
    [InlineData("Masahiko Komuras' party met.\n", "Masahiko Komura's party met.\n")]
    [InlineData("Masahiko Komuras\u2019 party met.\n", "Masahiko Komura\u2019s party met.\n")]
    public void A_name_misspelt_with_a_plural_possessive_is_fixed_to_the_listed_names_possessive(string article, string expected)
    {
        // "Gordon Browns' Labour Party" became "Gordon Brown' Labour Party".
        string folder = CliRunner.NewFolder();
        File.WriteAllText(Path.Combine(folder, "a.md"), article);

        CliRunner.Run(folder, "check", "a.md", "--fix", "--unsafe-fixes");

        File.ReadAllText(Path.Combine(folder, "a.md")).ShouldBe(expected);
    }

    [Fact]
    public void Unsafe_fixes_applies_them()
    {
        string folder = Folder();

        var run = CliRunner.Run(folder, "check", "--fix", "--unsafe-fixes");

        run.Error.ShouldContain("editlint: fixed 1 finding in 1 file.");
        run.Error.ShouldNotContain("left for review");
        File.ReadAllText(Path.Combine(folder, "a.md")).ShouldBe("Vladimir Putin spoke on 3 May 2024.\n");
        run.ExitCode.ShouldBe(0);
    }

    [Fact]
    public void A_dry_run_with_unsafe_fixes_shows_them_in_the_diff_and_writes_nothing()
    {
        string folder = Folder();

        var run = CliRunner.Run(folder, "check", "--fix", "--unsafe-fixes", "--dry-run");

        run.Out.ShouldContain("-Vladimir Puttin spoke on 3 May 2024.\n+Vladimir Putin spoke on 3 May 2024.\n");
        File.ReadAllText(Path.Combine(folder, "a.md")).ShouldBe(Article);
    }

    [Fact]
    public void Unsafe_fixes_goes_only_with_fix()
    {
        var run = CliRunner.Run(Folder(), "check", "--unsafe-fixes");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("--unsafe-fixes only goes with --fix.");
    }
}
