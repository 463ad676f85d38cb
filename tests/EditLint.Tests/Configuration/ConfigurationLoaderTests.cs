using EditLint.Analysis;
using EditLint.Configuration;
using EditLint.Text;

namespace EditLint.Tests.Configuration;

public class ConfigurationLoaderTests
{
    private static readonly HashSet<string> Known = ["EL1001", "EL2001", "EL2002"];

    private static string Folder(string json)
    {
        string folder = Directory.CreateTempSubdirectory("editlint-config-").FullName;
        File.WriteAllText(Path.Combine(folder, "editlint.json"), json);
        return folder;
    }

    private static ToolNotification SingleProblem(string json)
    {
        string folder = Folder(json);
        var e = Should.Throw<ConfigurationException>(() => ConfigurationLoader.Load(null, folder, Known));
        return e.Notifications.ShouldHaveSingleItem();
    }

    [Fact]
    public void A_missing_comma_is_reported_at_its_line_and_column()
    {
        var problem = SingleProblem("{\n  \"include\": [\"**/*.md\"]\n  \"exclude\": []\n}\n");
        problem.Id.ShouldBe("EL0001");
        problem.Path.ShouldBe("editlint.json");
        problem.Position.ShouldBe(new LinePosition(2, 2));
        problem.ToString().ShouldStartWith("editlint.json(3,3): error EL0001: The file is not valid JSON");
    }

    [Fact]
    public void Columns_after_non_ascii_text_count_utf16_code_units_not_bytes()
    {
        // "ō" is two bytes in UTF-8 but one UTF-16 code unit; the missing comma is at column 25.
        var problem = SingleProblem("{ \"include\": [\"Kōmura\"] \"exclude\": [] }");
        problem.Position.ShouldBe(new LinePosition(0, 24));
    }

    [Fact]
    public void A_file_saved_with_a_byte_order_mark_is_read_and_its_positions_count_from_after_the_mark()
    {
        // Windows Notepad saves UTF-8 with a mark; the file was refused as "'0xEF' is an invalid start of a value".
        string folder = Folder("\uFEFF{ \"rules\": { \"EL2002\": \"none\" } }");
        ConfigurationLoader.Load(null, folder, Known).Rules["EL2002"].Severity.ShouldBe(Severity.None);

        var problem = SingleProblem("\uFEFF{ \"rules\": { \"EL2002\": \"nonee\" } }");
        problem.Position.ShouldBe(new LinePosition(0, 23)); // the value's opening quote, as an editor counts it
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_utf16_file_with_its_byte_order_mark_is_read(bool bigEndian)
    {
        // Windows PowerShell 5's '>' and Out-File write UTF-16 LE with a mark; the file was refused as "'0xFF' is an invalid start of a value".
        var encoding = new System.Text.UnicodeEncoding(bigEndian, byteOrderMark: true);
        string folder = Directory.CreateTempSubdirectory("editlint-config-").FullName;
        File.WriteAllText(Path.Combine(folder, "editlint.json"), "{ \"rules\": { \"EL2002\": \"none\" } }", encoding);
        ConfigurationLoader.Load(null, folder, Known).Rules["EL2002"].Severity.ShouldBe(Severity.None);

        File.WriteAllText(Path.Combine(folder, "editlint.json"), "{\n  \"rules\": { \"EL2002\": \"nonee\" } }", encoding);
        var e = Should.Throw<ConfigurationException>(() => ConfigurationLoader.Load(null, folder, Known));
        e.Notifications.ShouldHaveSingleItem().Position.ShouldBe(new LinePosition(1, 23));
    }

    [Fact]
    public void A_utf16_file_with_an_unpaired_surrogate_is_reported_at_its_position()
    {
        string folder = Directory.CreateTempSubdirectory("editlint-config-").FullName;
        byte[] text = System.Text.Encoding.Unicode.GetBytes("{\n  \"include\": [\"a");
        File.WriteAllBytes(Path.Combine(folder, "editlint.json"), [0xFF, 0xFE, .. text, 0x00, 0xD8, .. System.Text.Encoding.Unicode.GetBytes(".md\"] }")]);
        var problem = Should.Throw<ConfigurationException>(() => ConfigurationLoader.Load(null, folder, Known)).Notifications.ShouldHaveSingleItem();
        problem.Id.ShouldBe("EL0001");
        problem.Position.ShouldBe(new LinePosition(1, 16)); // where the replaced character stands, after '  "include": ["a'
        problem.Message.ShouldContain("unpaired surrogate or an odd last byte");
    }

    [Fact]
    public void An_unpaired_surrogate_escape_is_reported_at_its_position()
    {
        // Valid JSON that no .NET string can hold: reading it had ended the run with an internal error.
        var problem = SingleProblem("{ \"include\": [\"\\ud800.md\"] }");
        problem.Id.ShouldBe("EL0001");
        problem.Position.ShouldBe(new LinePosition(0, 15));
        problem.Message.ShouldContain("unpaired surrogate escape");
    }

    [Fact]
    public void An_unknown_rule_id_is_reported_at_the_key()
    {
        var problem = SingleProblem("{\n  \"rules\": {\n    \"EL9999\": { \"severity\": \"note\" }\n  }\n}\n");
        problem.Position.ShouldBe(new LinePosition(2, 4));
        problem.Message.ShouldContain("Unknown rule id 'EL9999'");
    }

    [Fact]
    public void An_unknown_key_is_reported() =>
        SingleProblem("{ \"inclde\": [] }").Message.ShouldContain("Unknown key 'inclde'");

    [Fact]
    public void A_duplicate_key_is_reported_at_its_second_occurrence()
    {
        var problem = SingleProblem("{ \"rules\": { \"EL2001\": \"none\", \"el2001\": \"note\" } }");
        problem.Message.ShouldBe("The key 'el2001' appears twice in this object; keep one.");
        problem.Position.ShouldBe(new LinePosition(0, 31));
    }

    [Fact]
    public void A_wrong_type_is_reported() =>
        SingleProblem("{ \"maxFileSize\": \"big\" }").Message.ShouldContain("'maxFileSize' must be a positive whole number");

    [Fact]
    public void A_bad_severity_is_reported() =>
        SingleProblem("{ \"rules\": { \"EL2001\": \"loud\" } }").Message.ShouldContain("one of error, warning, note, none");

    [Fact]
    public void Loads_includes_severities_settings_and_overrides()
    {
        string folder = Folder("""
            {
              // comments are allowed
              "include": ["articles/**/*.md"],
              "maxFileSize": 1000,
              "rules": {
                "EL2001": { "severity": "note", "settings": { "flagQuotations": true } },
                "EL2002": "none",
              },
              "overrides": [ { "files": ["drafts/**"], "rules": { "EL2001": { "severity": "error" } } } ]
            }
            """);
        var options = ConfigurationLoader.Load(null, Path.Combine(folder), Known);
        options.Root.ShouldBe(folder);
        options.Include.ShouldBe(["articles/**/*.md"]);
        options.MaxFileSize.ShouldBe(1000);
        var el2001 = new RuleDescriptor("EL2001", "X", "X", "{0}", RuleCategory.Claims, Severity.Warning, "X.", []);
        options.SeverityFor("articles/a.md", el2001).ShouldBe(Severity.Note);
        options.SeverityFor("drafts/a.md", el2001).ShouldBe(Severity.Error);
        options.Rules["EL2001"].Settings.GetBool("flagQuotations", false).ShouldBeTrue();
        options.Rules["EL2002"].Severity.ShouldBe(Severity.None);
    }

    [Fact]
    public void Is_found_upward_from_the_working_folder()
    {
        string folder = Folder("{}");
        string nested = Directory.CreateDirectory(Path.Combine(folder, "a", "b")).FullName;
        ConfigurationLoader.Load(null, nested, Known).ConfigPath.ShouldBe(Path.Combine(folder, "editlint.json"));
    }
}
