using System.Text;

namespace EditLint.Tests.Cli;

public class CheckCommandTests
{
    [Fact]
    public void Lints_every_text_file_of_a_mixed_folder_and_reports_the_binary_one()
    {
        string folder = CliRunner.NewFolder();
        File.WriteAllText(Path.Combine(folder, "article.md"), "# Title\n\nPlain words.\n");
        File.WriteAllText(Path.Combine(folder, "notes.txt"), "Plain words.\n");
        File.WriteAllText(Path.Combine(folder, "crlf.md"), "Plain words.\r\nMore words.\r\n");
        File.WriteAllText(Path.Combine(folder, "empty.md"), string.Empty);
        File.WriteAllText(Path.Combine(folder, "utf16.txt"), "Plain words.\n", new UnicodeEncoding(bigEndian: false, byteOrderMark: true));
        File.WriteAllBytes(Path.Combine(folder, "image.md"), [0x89, 0x50, 0x4E, 0x47, 0x00, 0x01]);

        var run = CliRunner.Run(folder, "check", ".");

        run.Out.ShouldContain("image.md: warning EL0002: 'image.md' is binary (it holds NUL bytes); it was not linted.");
        run.Out.ShouldEndWith("No findings in 5 files; 1 file skipped; configuration: built-in defaults.\n");
        run.ExitCode.ShouldBe(0);
    }

    [Fact]
    public void Findings_alone_decide_the_exit_code_and_the_summary_counts_them()
    {
        string folder = CliRunner.NewFolder();
        File.WriteAllText(Path.Combine(folder, "a.md"), "Masashiko Komura met Park Geun-Hye. The talks were the most important of the year, which recently began.\n");
        File.WriteAllBytes(Path.Combine(folder, "b.md"), [0]);

        var run = CliRunner.Run(folder, "check");

        run.ExitCode.ShouldBe(1);
        run.Out.ShouldContain("a.md(1,1): error EL1001: 'Masashiko Komura' does not match the name list; did you mean 'Masahiko Komura'");
        run.Out.ShouldEndWith("2 errors and 2 warnings in 1 file; 1 file skipped; configuration: built-in defaults.\n");
        CliRunner.Run(folder, "check", "--config", "none.json").ExitCode.ShouldBe(2);
    }

    [Fact]
    public void The_fail_level_decides_whether_warnings_fail_the_run()
    {
        string folder = CliRunner.NewFolder();
        File.WriteAllText(Path.Combine(folder, "a.md"), "Prices rose recently.\n");

        CliRunner.Run(folder, "check").ExitCode.ShouldBe(0);
        CliRunner.Run(folder, "check", "--fail-level", "warning").ExitCode.ShouldBe(1);
    }

    [Fact]
    public void A_missing_comma_in_the_configuration_is_one_line_with_position_and_exit_code_2()
    {
        string folder = CliRunner.NewFolder();
        File.WriteAllText(Path.Combine(folder, "editlint.json"), "{\n  \"include\": [\"*.md\"]\n  \"exclude\": []\n}\n");

        var run = CliRunner.Run(folder, "check");

        run.ExitCode.ShouldBe(2);
        run.Error.Trim().Split('\n').ShouldHaveSingleItem().ShouldStartWith("editlint.json(3,3): error EL0001: ");
        run.Out.ShouldBeEmpty();
    }

    [Fact]
    public void An_unknown_rule_id_in_the_configuration_gives_exit_code_2()
    {
        string folder = CliRunner.NewFolder();
        File.WriteAllText(Path.Combine(folder, "editlint.json"), "{ \"rules\": { \"EL4242\": \"none\" } }");

        var run = CliRunner.Run(folder, "check");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldBe("editlint.json(1,14): error EL0001: Unknown rule id 'EL4242'; run 'editlint rules' for the list.\n");
    }

    [Fact]
    public void A_path_that_does_not_exist_is_reported_and_fails_the_run()
    {
        string folder = CliRunner.NewFolder();
        File.WriteAllText(Path.Combine(folder, "a.md"), "Words.\n");

        var run = CliRunner.Run(folder, "check", "a.md", "missing.md");

        run.ExitCode.ShouldBe(2);
        run.Out.ShouldContain("missing.md: error EL0005: 'missing.md' does not exist.");
        run.Out.ShouldContain("in 1 file");
    }

    [Fact]
    public void Unknown_options_are_a_usage_error_with_exit_code_2()
    {
        var run = CliRunner.Run(CliRunner.NewFolder(), "check", "--frobnicate");
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("--frobnicate");
    }

    [Fact]
    public void Output_to_a_missing_folder_fails_cleanly_and_leaves_no_file()
    {
        string folder = CliRunner.NewFolder();
        File.WriteAllText(Path.Combine(folder, "a.md"), "Words.\n");

        var run = CliRunner.Run(folder, "check", "--output", "no/such/folder/out.txt");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("error EL0010: The report could not be written to 'no/such/folder/out.txt'");
        Directory.Exists(Path.Combine(folder, "no")).ShouldBeFalse();
    }

    [Fact]
    public void Output_naming_a_file_being_checked_is_refused_and_the_article_is_kept()
    {
        string folder = CliRunner.NewFolder();
        File.WriteAllText(Path.Combine(folder, "a.md"), "Words.\n");
        File.CreateSymbolicLink(Path.Combine(folder, "link.txt"), Path.Combine(folder, "a.md"));
        Directory.CreateSymbolicLink(Path.Combine(folder, "here"), folder);

        var direct = CliRunner.Run(folder, "check", "a.md", "--format", "sarif", "--output", "a.md");
        var linked = CliRunner.Run(folder, "check", "a.md", "--format", "sarif", "--output", "link.txt");
        var throughFolder = CliRunner.Run(folder, "check", "a.md", "--format", "sarif", "--output", "here/a.md"); // overwrote the article

        direct.ExitCode.ShouldBe(2);
        direct.Error.ShouldContain("error EL0010: The report would overwrite 'a.md', a file being checked; choose another --output.");
        linked.ExitCode.ShouldBe(2);
        linked.Error.ShouldContain("error EL0010: The report would overwrite 'a.md'");
        throughFolder.ExitCode.ShouldBe(2);
        throughFolder.Error.ShouldContain("error EL0010: The report would overwrite 'a.md'");
        File.ReadAllText(Path.Combine(folder, "a.md")).ShouldBe("Words.\n");
    }

    [Fact]
    public void Output_through_a_symbolic_link_writes_the_file_it_ends_at_and_keeps_the_link()
    {
        string folder = CliRunner.NewFolder();
        File.WriteAllText(Path.Combine(folder, "a.md"), "Words.\n");
        Directory.CreateDirectory(Path.Combine(folder, "reports"));
        File.WriteAllText(Path.Combine(folder, "reports", "latest.txt"), "old report\n");
        File.CreateSymbolicLink(Path.Combine(folder, "report.txt"), Path.Combine(folder, "reports", "latest.txt"));

        var run = CliRunner.Run(folder, "check", "a.md", "--output", "report.txt");

        run.ExitCode.ShouldBe(0);
        new FileInfo(Path.Combine(folder, "report.txt")).LinkTarget.ShouldNotBeNull();
        File.ReadAllText(Path.Combine(folder, "reports", "latest.txt")).ShouldBe("No findings in 1 file; configuration: built-in defaults.\n");
    }

    [Fact]
    public void Output_to_a_file_writes_the_report_there()
    {
        string folder = CliRunner.NewFolder();
        File.WriteAllText(Path.Combine(folder, "a.md"), "Words.\n");

        var run = CliRunner.Run(folder, "check", "--output", "report.txt");

        run.ExitCode.ShouldBe(0);
        run.Out.ShouldBeEmpty();
        File.ReadAllText(Path.Combine(folder, "report.txt")).ShouldBe("No findings in 1 file; configuration: built-in defaults.\n");
        Directory.GetFiles(folder, "*.tmp").ShouldBeEmpty();
    }

    [Fact]
    public void A_bad_as_of_date_is_a_usage_error()
    {
        var run = CliRunner.Run(CliRunner.NewFolder(), "check", "--as-of", "15/01/2016");
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("--as-of '15/01/2016' is not a date of the form YYYY-MM-DD");
    }

    [Fact]
    public void Excluded_files_are_not_linted()
    {
        string folder = CliRunner.NewFolder();
        File.WriteAllText(Path.Combine(folder, "editlint.json"), "{ \"exclude\": [\"drafts/**\"] }");
        Directory.CreateDirectory(Path.Combine(folder, "drafts"));
        File.WriteAllText(Path.Combine(folder, "a.md"), "Words.\n");
        File.WriteAllText(Path.Combine(folder, "drafts", "b.md"), "Words.\n");

        CliRunner.Run(folder, "check").Out.ShouldBe("No findings in 1 file; configuration: editlint.json.\n");
    }
}
