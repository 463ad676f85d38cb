using System.Text;
using System.Text.Json.Nodes;
using EditLint.Cli.Commands;
using EditLint.Fixes;
using EditLint.Tests.Cli;
using EditLint.Tests.Sarif;
using EditLint.Text;

namespace EditLint.Tests.Fixes;

public sealed class FixTests : IDisposable
{
    private static readonly string[] Fixable = ["articles/fruit.md", "articles/notes-crlf.txt", "articles/bom.md", "articles/utf16.txt", "articles/invalid.txt"];

    private readonly CheckRunner runner = new();

    public FixTests() => SarifTestArticles.WriteAll(runner);

    public void Dispose() => runner.Dispose();

    [Fact]
    public void Applying_the_sarif_replacements_gives_what_fix_writes()
    {
        var log = runner.Run(new CheckOptions { Format = "sarif" });
        SarifSchema.ShouldBeValid(log.Output, "fix-round-trip");
        var expected = ApplySarifReplacements(JsonNode.Parse(log.Output)!);
        var before = Fixable.ToDictionary(f => f, runner.ReadBytes);

        runner.Run(new CheckOptions { Fix = true }).ExitCode.ShouldBe(0);

        expected.Keys.Order(StringComparer.Ordinal).ShouldBe(Fixable.Order(StringComparer.Ordinal));
        foreach (string file in Fixable)
        {
            var original = TextDecoder.Decode(before[file]).Text!;
            byte[] written = runner.ReadBytes(file);
            TextDecoder.Decode(written).Text!.Text.ShouldBe(expected[file], file);
            if (file != "articles/invalid.txt")
            {
                written.ShouldBe(FixApplier.Encode(expected[file], original.Encoding), file);
            }
        }
    }

    [Fact]
    public void Fix_keeps_encoding_byte_order_mark_and_line_endings()
    {
        runner.Run(new CheckOptions { Fix = true });

        runner.ReadBytes("articles/bom.md").ShouldBe([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("# Title\n\nA plantain here.\n")]);
        runner.ReadBytes("articles/utf16.txt").ShouldBe([0xFF, 0xFE, .. Encoding.Unicode.GetBytes("Title\r\n\r\nA plantain in UTF-16.\r\n")]);
        runner.ReadBytes("articles/notes-crlf.txt").ShouldBe(Encoding.UTF8.GetBytes("Notes\r\n\r\nOne plantain, then\r\nanother plantain.\r\n"));
        string fruit = Encoding.UTF8.GetString(runner.ReadBytes("articles/fruit.md"));
        fruit.ShouldContain("A plantain and a kiwi");
        fruit.ShouldContain("a second plantain followed");
        fruit.ShouldContain("The banana ship left.", Case.Sensitive, "a suppressed finding is not fixed");
        fruit.ShouldNotContain("\r");
        Directory.GetFiles(runner.PathOf("articles"), "*.tmp").ShouldBeEmpty("the temporary files are renamed into place");
    }

    [Fact]
    public void Fix_keeps_the_file_permissions()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var mode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        File.SetUnixFileMode(runner.PathOf("articles/bom.md"), mode);
        runner.Run(new CheckOptions { Fix = true });
        File.GetUnixFileMode(runner.PathOf("articles/bom.md")).ShouldBe(mode);
    }

    [Fact]
    public void A_second_fix_run_changes_nothing()
    {
        var first = runner.Run(new CheckOptions { Fix = true });
        first.Error.ShouldContain("fixed 7 findings in 5 files");
        var afterFirst = Directory.GetFiles(runner.Root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToDictionary(f => f, File.ReadAllBytes);
        var times = afterFirst.Keys.ToDictionary(f => f, File.GetLastWriteTimeUtc);

        var second = runner.Run(new CheckOptions { Fix = true });
        second.Error.ShouldContain("fixed 0 findings in 0 files");
        foreach (var (file, bytes) in afterFirst)
        {
            File.ReadAllBytes(file).ShouldBe(bytes, file);
            File.GetLastWriteTimeUtc(file).ShouldBe(times[file], file);
        }
    }

    [Fact]
    public void The_report_after_fix_shows_what_is_left()
    {
        var result = runner.Run(new CheckOptions { Fix = true });
        result.Output.ShouldNotContain("is a banana\n");
        result.Output.ShouldContain("(suppressed)");
        result.Output.ShouldContain("note EL1998");
    }

    [Fact]
    public void Invalid_bytes_outside_the_fixed_spans_are_kept()
    {
        runner.Run(new CheckOptions { Fix = true }).Error.ShouldNotContain("was not fixed");
        runner.ReadBytes("articles/invalid.txt").ShouldBe([.. "A caf"u8, 0xE9, .. " and a plantain.\n"u8]);
    }

    [Fact]
    public void Dry_run_prints_a_unified_diff_and_writes_nothing()
    {
        var before = Directory.GetFiles(runner.Root, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllBytes);
        var result = runner.Run(new CheckOptions { Fix = true, DryRun = true });
        result.ExitCode.ShouldBe(0);
        foreach (var (file, bytes) in before)
        {
            File.ReadAllBytes(file).ShouldBe(bytes, file);
        }

        Directory.GetFiles(runner.Root, "*", SearchOption.AllDirectories).Length.ShouldBe(before.Count);
        result.Output.ShouldContain( // a CRLF file's lines keep their carriage returns, so that the diff applies to it
            "--- a/articles/notes-crlf.txt\n+++ b/articles/notes-crlf.txt\n@@ -1,4 +1,4 @@\n Notes\r\n \r\n-One banana, then\r\n-another banana.\r\n+One plantain, then\r\n+another plantain.\r\n");
        result.Output.ShouldContain("--- a/articles/bom.md\n+++ b/articles/bom.md\n@@ -1,3 +1,3 @@\n # Title\n \n-A banana here.\n+A plantain here.\n");
    }

    [Fact]
    public void Dry_run_needs_fix()
    {
        var result = runner.Run(new CheckOptions { DryRun = true });
        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain("--dry-run only goes with --fix");
    }

    /// <summary>What a SARIF viewer does with the log: apply each result's safe replacements, by offset, to the original text.</summary>
    private Dictionary<string, string> ApplySarifReplacements(JsonNode log)
    {
        var byFile = new Dictionary<string, List<(int Offset, int Length, string Text)>>(StringComparer.Ordinal);
        foreach (var result in log["runs"]![0]!["results"]!.AsArray())
        {
            if (result!["suppressions"]!.AsArray().Count > 0 || result["fixes"] is not JsonArray fixes)
            {
                continue;
            }

            foreach (var fix in fixes)
            {
                if (!(bool)fix!["properties"]!["safe"]!)
                {
                    continue;
                }

                foreach (var change in fix["artifactChanges"]!.AsArray())
                {
                    string uri = (string)change!["artifactLocation"]!["uri"]!;
                    foreach (var replacement in change["replacements"]!.AsArray())
                    {
                        var region = replacement!["deletedRegion"]!;
                        (byFile.TryGetValue(uri, out var list) ? list : byFile[uri] = []).Add(
                            ((int)region["charOffset"]!, (int)region["charLength"]!, (string)replacement["insertedContent"]!["text"]!));
                    }
                }
            }
        }

        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (uri, replacements) in byFile)
        {
            string text = TextDecoder.Decode(runner.ReadBytes(uri)).Text!.Text;
            foreach (var (offset, length, inserted) in replacements.OrderByDescending(r => r.Offset))
            {
                text = text[..offset] + inserted + text[(offset + length)..];
            }

            texts[uri] = text;
        }

        return texts;
    }
}
