using EditLint.Names;
using EditLint.Tests.Cli;

namespace EditLint.Tests.Reliability;

/// <summary>
/// A person listed twice made every near miss of the name equally near two "people", so EL1001
/// and EL1002 said nothing about "Olaf Sholz", and the import and the run gave no word of it.
/// </summary>
public class DuplicateNameTests
{
    private const string Csv = "Olaf Scholz,Scholz\nAngela Merkel,Merkel\nOlaf Scholz\n";

    [Fact]
    public void A_person_on_two_csv_rows_is_imported_once_with_a_note_naming_both_rows()
    {
        string folder = CliRunner.NewFolder();
        File.WriteAllText(Path.Combine(folder, "people.csv"), Csv);

        var run = CliRunner.Run(folder, "names", "import", "people.csv", "--output", "names.json");

        run.ExitCode.ShouldBe(0);
        run.Error.ShouldContain("people.csv(3,1): note: 'Olaf Scholz' is listed twice, at people.csv(1,1) and people.csv(3,1); the two entries were merged into one.");
        run.Error.ShouldContain("2 people written to 'names.json'.");
    }

    [Fact]
    public void A_near_miss_of_a_person_imported_twice_is_still_reported()
    {
        string folder = CliRunner.NewFolder();
        File.WriteAllText(Path.Combine(folder, "people.csv"), Csv);
        CliRunner.Run(folder, "names", "import", "people.csv", "--output", "names.json").ExitCode.ShouldBe(0);
        File.WriteAllText(Path.Combine(folder, "editlint.json"), """{ "names": ["names.json"] }""");
        File.WriteAllText(Path.Combine(folder, "a.md"), "Chancellor Olaf Sholz spoke on 3 May 2024.\n");

        var run = CliRunner.Run(folder, "check", "a.md");

        run.Out.ShouldContain("a.md(1,12): error EL1001: 'Olaf Sholz' does not match the name list; did you mean 'Olaf Scholz'");
        run.ExitCode.ShouldBe(1);
    }

    [Fact]
    public void A_name_listed_twice_in_a_json_list_is_merged_and_reported_with_both_positions()
    {
        string folder = CliRunner.NewFolder();
        File.WriteAllText(Path.Combine(folder, "names.json"), """
            { "people": [
              { "name": "Olaf Scholz", "aliases": ["Scholz"] },
              { "name": "Olaf Scholz", "rejected": ["Olaf Schulz"] }
            ] }
            """);
        File.WriteAllText(Path.Combine(folder, "editlint.json"), """{ "names": ["names.json"] }""");
        File.WriteAllText(Path.Combine(folder, "a.md"), "Olaf Sholz met Olaf Schulz on 3 May 2024.\n");

        var run = CliRunner.Run(folder, "check", "a.md");

        run.Out.ShouldContain("'Olaf Scholz' is listed twice, at ");
        run.Out.ShouldContain("names.json(2,3) and ");
        run.Out.ShouldContain("names.json(3,3); the two entries were merged into one.");
        run.Out.ShouldContain("a.md(1,1): error EL1001: 'Olaf Sholz'");
        run.Out.ShouldContain("a.md(1,16): error EL1001: 'Olaf Schulz'");
        run.ExitCode.ShouldBe(1);
    }

    [Fact]
    public void Merging_keeps_the_first_name_and_joins_spellings_and_roles()
    {
        var set = NameLists.FromJson("names.json", """
            { "people": [
              { "name": "Olaf Scholz", "roles": [ { "title": "Chancellor", "from": "2021-12-08" } ] },
              { "name": "olaf scholz", "aliases": ["Scholz"], "roles": [ { "title": "Finance Minister", "from": "2018-03-14", "to": "2021-12-08" } ] }
            ] }
            """);

        var person = set.Index.People.ShouldHaveSingleItem();
        person.Name.ShouldBe("Olaf Scholz");
        person.Forms.Select(f => f.Text).ShouldBe(["Olaf Scholz", "Scholz"]);
        person.Roles.Select(r => r.Title).ShouldBe(["Chancellor", "Finance Minister"]);
        set.Errors.ShouldHaveSingleItem().ToString().ShouldStartWith("names.json(3,3): 'olaf scholz' is listed twice, at names.json(2,3) and names.json(3,3)");
    }
}
