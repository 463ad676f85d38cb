using EditLint.Tests.Cli;

namespace EditLint.Tests.Reliability;

/// <summary>
/// <c>cd /tmp &amp;&amp; editlint check /path/to/articles</c> matched the include globs against the
/// working folder, found nothing, printed "No findings in 0 files." and exited 0: a CI step written that way could
/// never fail.
/// </summary>
public class PathArgumentTests
{
    private const string Article = "Vladimir Puttin spoke on 3 May 2024.\n";

    [Fact]
    public void A_folder_named_by_its_absolute_path_from_elsewhere_is_linted()
    {
        string project = CliRunner.NewFolder();
        string articles = Path.Combine(project, "articles");
        Directory.CreateDirectory(Path.Combine(articles, "2024"));
        File.WriteAllText(Path.Combine(articles, "2024", "a.md"), Article);
        File.WriteAllText(Path.Combine(articles, "notes.log"), Article);
        string elsewhere = CliRunner.NewFolder();

        var run = CliRunner.Run(elsewhere, "check", articles);

        string display = Path.GetRelativePath(elsewhere, Path.Combine(articles, "2024", "a.md")).Replace('\\', '/');
        run.Out.ShouldContain($"{display}(1,1): error EL1001: 'Vladimir Puttin'");
        run.Out.ShouldNotContain("notes.log");
        run.Out.ShouldContain("1 error in 1 file");
        run.ExitCode.ShouldBe(1);
    }

    [Fact]
    public void Files_are_named_relative_to_the_working_folder_when_the_configuration_lies_in_a_subfolder()
    {
        // They were named relative to docs/editlint.json's folder: 'guide/a.md', a file that neither the terminal nor
        // GitHub code scanning (which reads a SARIF path from the repository root) could find.
        string project = CliRunner.NewFolder();
        Directory.CreateDirectory(Path.Combine(project, "docs", "guide"));
        File.WriteAllText(Path.Combine(project, "docs", "editlint.json"), "{}");
        File.WriteAllText(Path.Combine(project, "docs", "guide", "a.md"), Article);

        var text = CliRunner.Run(project, "check", "docs");
        var sarif = CliRunner.Run(project, "check", "docs", "--format", "sarif");
        var github = CliRunner.Run(project, "check", "docs", "--format", "github");

        text.Out.ShouldContain("docs/guide/a.md(1,1): error EL1001: 'Vladimir Puttin'");
        var result = System.Text.Json.Nodes.JsonNode.Parse(sarif.Out)!["runs"]![0]!["results"]![0]!;
        ((string)result["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"]!).ShouldBe("docs/guide/a.md");
        github.Out.ShouldContain("::error file=docs/guide/a.md,line=1,");
    }

    [Fact]
    public void Overrides_match_paths_from_the_configurations_folder_wherever_the_run_starts()
    {
        // Once files were named from the working folder, overrides were matched against that name: run from drafts/ or
        // with docs/editlint.json from the root, "drafts/**" matched nothing and the rule it turned off came back.
        string project = CliRunner.NewFolder();
        Directory.CreateDirectory(Path.Combine(project, "docs", "drafts"));
        File.WriteAllText(Path.Combine(project, "docs", "editlint.json"), """{ "overrides": [ { "files": ["drafts/**"], "rules": { "EL1001": "none" } } ] }""");
        File.WriteAllText(Path.Combine(project, "docs", "drafts", "a.md"), Article);

        var fromRoot = CliRunner.Run(project, "check", "docs");
        var fromDrafts = CliRunner.Run(Path.Combine(project, "docs", "drafts"), "check", "a.md");

        fromRoot.Out.ShouldNotContain("EL1001");
        fromRoot.ExitCode.ShouldBe(0);
        fromDrafts.Out.ShouldNotContain("EL1001");
        fromDrafts.ExitCode.ShouldBe(0);
    }

    [Fact]
    public void A_folder_that_gives_no_file_is_a_warning_and_fails_the_run()
    {
        string project = CliRunner.NewFolder();
        Directory.CreateDirectory(Path.Combine(project, "empty"));
        File.WriteAllText(Path.Combine(project, "empty", "notes.log"), Article);
        File.WriteAllText(Path.Combine(project, "a.md"), "Fine.\n");

        var run = CliRunner.Run(project, "check", "a.md", "empty");

        run.Out.ShouldContain("empty: warning EL0013: 'empty' holds no file to lint (include: **/*.md, **/*.markdown, **/*.txt; exclude: ");
        run.Out.ShouldContain("No findings in 1 file");
        run.ExitCode.ShouldBe(2);
        var sarif = CliRunner.Run(project, "check", "a.md", "empty", "--format", "sarif");
        sarif.ExitCode.ShouldBe(2);
        var invocation = System.Text.Json.Nodes.JsonNode.Parse(sarif.Out)!["runs"]![0]!["invocations"]![0]!;
        ((bool)invocation["executionSuccessful"]!).ShouldBeFalse();
        ((string)invocation["toolExecutionNotifications"]![0]!["descriptor"]!["id"]!).ShouldBe("EL0013");
    }

    [Fact]
    public void A_run_with_no_path_in_a_folder_without_articles_fails_instead_of_passing()
    {
        string project = CliRunner.NewFolder();

        var run = CliRunner.Run(project, "check");

        run.Out.ShouldContain("warning EL0013: The configuration's folder ");
        run.Out.ShouldContain("No findings in 0 files");
        run.ExitCode.ShouldBe(2);
    }

    [Fact]
    public void A_folder_inside_the_project_still_takes_its_globs_from_the_project_root()
    {
        string project = CliRunner.NewFolder();
        File.WriteAllText(Path.Combine(project, "editlint.json"), """{ "include": ["articles/**/*.md"], "exclude": ["articles/drafts/**"] }""");
        Directory.CreateDirectory(Path.Combine(project, "articles", "drafts"));
        File.WriteAllText(Path.Combine(project, "articles", "a.md"), Article);
        File.WriteAllText(Path.Combine(project, "articles", "drafts", "b.md"), Article);

        var run = CliRunner.Run(project, "check", Path.Combine(project, "articles"));

        run.Out.ShouldContain("articles/a.md(1,1): error EL1001");
        run.Out.ShouldNotContain("drafts");
        run.ExitCode.ShouldBe(1);
    }
}
