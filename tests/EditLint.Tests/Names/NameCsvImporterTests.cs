using System.Text;
using EditLint.Cli;
using EditLint.Names;

namespace EditLint.Tests.Names;

public class NameCsvImporterTests
{
    [Fact]
    public void Rows_without_a_header_are_a_name_and_its_aliases()
    {
        var result = NameCsvImporter.Import("people.csv", "Masahiko Komura,Komura\nPark Geun-hye,Park,\"Geun-hye, Park\"\n");
        result.Errors.ShouldBeEmpty();
        result.People.Select(p => p.Name).ShouldBe(["Masahiko Komura", "Park Geun-hye"]);
        result.People[1].Forms.Skip(1).Select(f => f.Text).ShouldBe(["Park", "Geun-hye, Park"]);
    }

    [Fact]
    public void A_header_names_the_columns()
    {
        var csv = "name,aliases,rejected,title,organisation,from,to,source\r\n" +
                  "Masahiko Komura,Komura,Masashiko Komura,Vice President,Liberal Democratic Party,2012,2018,notes\r\n" +
                  "\"Kim Jong Un\",\"Kim; Jong Un\",,,,,,\r\n";
        var result = NameCsvImporter.Import("people.csv", csv);
        result.Errors.ShouldBeEmpty();
        var komura = result.People[0];
        komura.Forms.Select(f => (f.Text, f.Kind)).ShouldBe([("Masahiko Komura", NameFormKind.Canonical), ("Komura", NameFormKind.Alias), ("Masashiko Komura", NameFormKind.Rejected)]);
        komura.Roles.ShouldHaveSingleItem().ToString().ShouldBe("Vice President, Liberal Democratic Party");
        komura.Source.ShouldBe("notes");
        result.People[1].Forms.Skip(1).Select(f => f.Text).ShouldBe(["Kim", "Jong Un"]);
    }

    [Fact]
    public void Quoted_fields_keep_doubled_quotes_and_line_breaks()
    {
        var result = NameCsvImporter.Import("people.csv", "\"Dwayne \"\"The Rock\"\" Johnson\",\"Dwayne\nJohnson\"\nNext Person\n");
        result.Errors.ShouldBeEmpty();
        result.People[0].Name.ShouldBe("Dwayne \"The Rock\" Johnson");
        result.People[1].Line.ShouldBe(3);
    }

    [Fact]
    public void Errors_have_line_and_column()
    {
        var result = NameCsvImporter.Import("people.csv", "A B,C\n,Orphan alias\nD E,\"unclosed\n");
        result.Errors.Select(e => e.ToString()).ShouldBe(
        [
            "people.csv(3,5): a quoted field is not closed",
            "people.csv(2,1): the name (first column) is empty",
        ]);
    }

    [Fact]
    public void An_alias_claimed_by_two_rows_is_an_error()
    {
        var result = NameCsvImporter.Import("people.csv", "Joe Biden,Biden\nJill Biden,Biden\n");
        result.Errors.ShouldHaveSingleItem().ToString().ShouldStartWith("people.csv(2,12): 'Biden' is claimed by two people");
    }

    [Fact]
    public void The_output_is_a_name_list_the_loader_reads_back()
    {
        var result = NameCsvImporter.Import("people.csv", "name,aliases,title,organisation\nLuis Suárez,Suárez,Striker,Uruguay\n");
        var json = NameCsvImporter.ToJson(result.People, "test");
        json.ShouldContain("\"Luis Suárez\"");
        var back = NameListLoader.Parse("back.json", System.Text.Encoding.UTF8.GetBytes(json));
        back.Errors.ShouldBeEmpty();
        back.People.ShouldHaveSingleItem().Describe().ShouldBe("Luis Suárez (Striker, Uruguay)");
    }

    [Fact]
    public void The_command_writes_the_list_and_reports_errors_with_exit_code_2()
    {
        var folder = Path.Combine(Path.GetTempPath(), "editlint-import-" + Guid.NewGuid());
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "good.csv"), "Masahiko Komura,Komura\n");
        File.WriteAllText(Path.Combine(folder, "bad.csv"), "Masahiko Komura,Komura\n,Nobody\n");

        var (code, output, error) = Run(folder, "names", "import", "good.csv", "--output", "names/people.json");
        code.ShouldBe(0, error);
        File.ReadAllText(Path.Combine(folder, "names", "people.json")).ShouldContain("\"Masahiko Komura\"");
        output.ShouldBeEmpty();

        (code, output, _) = Run(folder, "names", "import", "good.csv");
        code.ShouldBe(0);
        output.ShouldContain("\"aliases\": [");

        (code, _, error) = Run(folder, "names", "import", "bad.csv", "--output", "bad.json");
        code.ShouldBe(2);
        error.ShouldContain("bad.csv(2,1): error EL0008: the name (first column) is empty");
        File.Exists(Path.Combine(folder, "bad.json")).ShouldBeFalse();

        (code, _, error) = Run(folder, "names", "import", "missing.csv");
        code.ShouldBe(2);
        error.ShouldContain("could not be read");
    }

    [Fact]
    public void A_file_in_a_windows_code_page_is_refused_at_its_first_bad_byte_and_no_list_is_written()
    {
        // Excel's "CSV (Comma delimited)" writes Windows-1252: "Suárez" was listed as "Su\uFFFDrez" without a word.
        var folder = Directory.CreateTempSubdirectory("editlint-import-").FullName;
        File.WriteAllBytes(Path.Combine(folder, "ansi.csv"), [.. Encoding.ASCII.GetBytes("name,aliases\nLuis Su"), 0xE1, .. Encoding.ASCII.GetBytes("rez,Su"), 0xE1, .. Encoding.ASCII.GetBytes("rez\n")]);

        var (code, output, error) = Run(folder, "names", "import", "ansi.csv", "--output", "names.json");

        code.ShouldBe(2);
        error.ShouldContain("ansi.csv(2,8): error EL0008: byte 0xE1 (offset 20) is not UTF-8");
        error.ShouldContain("save it as \"CSV UTF-8\"");
        output.ShouldBeEmpty();
        File.Exists(Path.Combine(folder, "names.json")).ShouldBeFalse();
    }

    [Fact]
    public void A_utf16_export_is_read_and_an_output_naming_the_export_is_refused()
    {
        var folder = Directory.CreateTempSubdirectory("editlint-import-").FullName;
        File.WriteAllText(Path.Combine(folder, "people.csv"), "Luis Suárez,Suárez\n", new UnicodeEncoding(false, true));

        var (code, output, error) = Run(folder, "names", "import", "people.csv");
        code.ShouldBe(0, error);
        output.ShouldContain("\"name\": \"Luis Suárez\"");

        (code, _, error) = Run(folder, "names", "import", "people.csv", "--output", "people.csv");
        code.ShouldBe(2);
        error.ShouldContain("error EL0010: The name list would overwrite 'people.csv', the file being imported");
        File.ReadAllText(Path.Combine(folder, "people.csv")).ShouldBe("Luis Suárez,Suárez\n");
    }

    [Fact]
    public void A_lists_problems_name_it_as_the_command_line_did_relative_to_the_working_folder()
    {
        // They named it by its full path, '/tmp/…/lists/bad.json(1,17)', though '--names lists/bad.json' was given.
        var folder = Directory.CreateTempSubdirectory("editlint-import-").FullName;
        Directory.CreateDirectory(Path.Combine(folder, "lists"));
        File.WriteAllText(Path.Combine(folder, "lists", "bad.json"), """{ "people": [ { "name": "Luis Suárez", "nam": "X" } ] }""");
        File.WriteAllText(Path.Combine(folder, "a.md"), "Luis Suárez scored.\n");

        var (_, output, error) = Run(folder, "check", "a.md", "--names", "lists/bad.json");

        (output + error).Split('\n').ShouldContain(line => line.StartsWith("lists/bad.json(1,40): warning EL0008: unknown property \"nam\" in an entry", StringComparison.Ordinal));
    }

    private static (int Code, string Output, string Error) Run(string folder, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = CliApp.Run(args, new CliEnvironment(output, error, folder, false, true));
        return (code, output.ToString(), error.ToString());
    }
}
