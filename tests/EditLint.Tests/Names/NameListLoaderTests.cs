using EditLint.Analysis;
using EditLint.Names;
using EditLint.Rules.Names;
using EditLint.Tests.Rules;

namespace EditLint.Tests.Names;

public class NameListLoaderTests
{
    private static NameListLoadResult Parse(string json) => NameListLoader.Parse("names.json", System.Text.Encoding.UTF8.GetBytes(json));

    [Fact]
    public void Reads_entries_with_aliases_rejected_forms_and_roles()
    {
        var result = Parse("""
            { "people": [ { "name": "Masahiko Komura", "aliases": ["Komura"], "rejected": ["Masashiko Komura"],
              "roles": [ { "title": "Vice President", "organisation": "Liberal Democratic Party", "from": "2012", "to": "2018-10" } ], "source": "notes" } ] }
            """);
        result.Errors.ShouldBeEmpty();
        result.Usable.ShouldBeTrue();
        var person = result.People.ShouldHaveSingleItem();
        person.Name.ShouldBe("Masahiko Komura");
        person.Forms.Select(f => (f.Text, f.Kind)).ShouldBe([("Masahiko Komura", NameFormKind.Canonical), ("Komura", NameFormKind.Alias), ("Masashiko Komura", NameFormKind.Rejected)]);
        person.Describe().ShouldBe("Masahiko Komura (Vice President, Liberal Democratic Party)");
    }

    [Fact]
    public void Bad_json_is_reported_with_line_and_column_and_makes_the_list_unusable()
    {
        // Line 3, column 24 is where the comma is missing.
        var result = Parse("{\n  \"people\": [\n    { \"name\": \"A B\" }\n    { \"name\": \"C D\" }\n  ]\n}\n");
        result.Usable.ShouldBeFalse();
        var error = result.Errors.ShouldHaveSingleItem();
        (error.Line, error.Column).ShouldBe((4, 5));
        error.Message.ShouldStartWith("invalid JSON");
    }

    [Fact]
    public void A_property_given_twice_in_an_entry_is_reported_at_the_second_and_the_first_is_kept()
    {
        // A JSON reader keeps the last of two equal keys without a word: "Putn" silently became the listed spelling.
        var result = Parse("{ \"people\": [ { \"name\": \"Vladimir Putin\", \"name\": \"Vladimir Putn\" } ] }");
        var error = result.Errors.ShouldHaveSingleItem();
        (error.Line, error.Column).ShouldBe((1, 43));
        error.Message.ShouldBe("\"name\" is given twice in one entry; remove one");
        result.People.ShouldHaveSingleItem().Name.ShouldBe("Vladimir Putin");
    }

    [Theory]
    [InlineData("...!!!")]
    [InlineData("1234")]
    public void A_name_without_a_letter_is_reported_and_left_out(string name)
    {
        var result = Parse("{ \"people\": [ { \"name\": \"" + name + "\" }, { \"name\": \"Fumio Kishida\" } ] }");
        var error = result.Errors.ShouldHaveSingleItem();
        (error.Line, error.Column).ShouldBe((1, 25)); // the value's opening quote
        error.Message.ShouldBe($"\"name\" has no letter (\"{name}\"), so no text can mention it");
        result.People.Select(p => p.Name).ShouldBe(["Fumio Kishida"]);
    }

    [Fact]
    public void A_role_whose_start_is_after_its_end_is_reported_and_left_out()
    {
        var result = Parse("{ \"people\": [ { \"name\": \"Fumio Kishida\", \"roles\": [ { \"title\": \"Prime Minister\", \"from\": \"2024-10-01\", \"to\": \"2021\" }, { \"title\": \"Foreign Minister\", \"from\": \"2012-12\", \"to\": \"2012-12-26\" } ] } ] }");
        result.Errors.ShouldHaveSingleItem().Message.ShouldBe("role \"Prime Minister\" runs from 2024-10-01 to 2021: \"from\" is after \"to\"");
        result.People.ShouldHaveSingleItem().Roles.Select(r => r.Title).ShouldBe(["Foreign Minister"]);
    }

    [Theory]
    [InlineData("0000")]
    [InlineData("2009-13-01")]
    [InlineData("2017-02-30")]
    [InlineData("2013-00")]
    [InlineData("2017-01-99")]
    [InlineData("2009-12-45")]
    [InlineData("2009-99")]
    [InlineData("2017-00-10")]
    [InlineData("2015-02-29")]
    public void An_impossible_date_is_reported_at_its_value_and_the_role_is_kept_without_it(string date)
    {
        // These were read as nearby days (1 December 2009, 28 February 2017), or, for year 0, crashed EL1003.
        var result = Parse("{ \"people\": [ { \"name\": \"Barack Obama\", \"roles\": [ { \"title\": \"President\", \"from\": \"" + date + "\", \"to\": \"2017-01-20\" } ] } ] }");
        var error = result.Errors.ShouldHaveSingleItem();
        (error.Line, error.Column).ShouldBe((1, 84)); // the value's opening quote
        error.Message.ShouldBe($"\"from\" must be a date written YYYY, YYYY-MM or YYYY-MM-DD (\"{date}\" is not one)");
        var role = result.People.ShouldHaveSingleItem().Roles.ShouldHaveSingleItem();
        (role.From, role.To).ShouldBe((null, "2017-01-20"));
    }

    [Theory]
    [InlineData("0001")]
    [InlineData("2016-02-29")]
    [InlineData("2017-12")]
    [InlineData("2017-12-31")]
    public void A_real_date_of_each_form_is_read(string date) =>
        Parse("{ \"people\": [ { \"name\": \"A B\", \"roles\": [ { \"title\": \"X\", \"to\": \"" + date + "\" } ] } ] }").Errors.ShouldBeEmpty();

    [Fact]
    public void A_bad_year_in_the_list_leaves_the_name_rules_running()
    {
        // "from": "0000" once made EL1003 throw, and the whole name analyzer lost the file (EL0009), EL1001's finding with it.
        var list = NameTestLists.Write("year-zero", """{ "people": [ { "name": "Barack Obama", "roles": [ { "title": "President", "organisation": "United States", "from": "0000" } ] }, { "name": "Masahiko Komura" } ] }""");
        var engine = new AnalyzerEngine([new NameAnalyzer()], AnalyzerOptions.Default with { NameListPaths = [list] });
        var notification = engine.InitializationNotifications.ShouldHaveSingleItem();
        notification.Id.ShouldBe("EL0008");
        notification.Message.ShouldContain("\"0000\" is not one");
        var result = engine.AnalyzeText("a.txt", "President Barack Obama spoke. Masashiko Komura left.\n");
        result.Notifications.ShouldBeEmpty();
        result.Diagnostics.Select(d => d.Id).ShouldBe(["EL1001"]);
    }

    [Fact]
    public void An_unpaired_surrogate_escape_is_reported_at_its_position_and_makes_the_list_unusable()
    {
        var result = Parse("{ \"people\": [ { \"name\": \"Vladimir \\ud800Putin\" } ] }");
        result.Usable.ShouldBeFalse();
        var error = result.Errors.ShouldHaveSingleItem();
        (error.Line, error.Column).ShouldBe((1, 35)); // the backslash of the escape
        error.Message.ShouldContain("unpaired surrogate escape");
    }

    [Fact]
    public void Bad_json_after_accented_letters_is_at_its_utf16_column_with_a_clean_message()
    {
        // The missing comma is before the second entry, at character 44 of the line (50 bytes in).
        var result = Parse("{ \"people\": [ { \"name\": \"Jürgen Ñúñez 😀\" } { \"name\": \"C D\" } ] }");
        var error = result.Errors.ShouldHaveSingleItem();
        (error.Line, error.Column).ShouldBe((1, 45));
        error.Message.ShouldNotContain("LineNumber");
        error.Message.ShouldNotContain("Path:");
    }

    [Fact]
    public void A_missing_name_is_reported_at_the_entry_and_the_rest_is_used()
    {
        var result = Parse("{\n  \"people\": [\n    { \"aliases\": [\"X\"] },\n    { \"name\": \"C D\" }\n  ]\n}\n");
        result.Usable.ShouldBeTrue();
        result.People.ShouldHaveSingleItem().Name.ShouldBe("C D");
        var error = result.Errors.ShouldHaveSingleItem();
        error.ToString().ShouldBe("names.json(3,5): entry has no \"name\"");
    }

    [Fact]
    public void Columns_count_UTF16_code_units_after_non_ASCII_text()
    {
        var result = Parse("{ \"people\": [ { \"name\": \"Kōmura Ōno\", \"roles\": [ { \"title\": \"X\", \"from\": \"2016-1\" } ] } ] }");
        var error = result.Errors.ShouldHaveSingleItem();
        (error.Line, error.Column).ShouldBe((1, 74));
        error.Message.ShouldContain("YYYY-MM");
    }

    [Fact]
    public void Unknown_properties_and_wrong_types_are_reported()
    {
        var result = Parse("{ \"people\": [ { \"name\": \"A B\", \"alias\": [\"A\"], \"aliases\": \"A\" } ] }");
        result.Errors.Select(e => e.Message).ShouldBe(["unknown property \"alias\" in an entry", "\"aliases\" must be an array of strings"]);
        result.People.ShouldHaveSingleItem();
    }

    [Fact]
    public void One_alias_claimed_by_two_people_is_an_error_at_the_second_claim()
    {
        var set = NameLists.FromJson("names.json", "{\n \"people\": [\n  { \"name\": \"Joe Biden\", \"aliases\": [\"Biden\"] },\n  { \"name\": \"Jill Biden\", \"aliases\": [\"Biden\"] }\n ]\n}\n");
        set.AnyUsable.ShouldBeTrue();
        var error = set.Errors.ShouldHaveSingleItem();
        error.ToString().ShouldBe("names.json(4,39): 'Biden' is claimed by two people: 'Joe Biden' (names.json(3,3)) and 'Jill Biden'");
        set.Index.Exact("biden").ShouldHaveSingleItem().Person.Name.ShouldBe("Joe Biden");
    }

    [Fact]
    public void A_dropped_spelling_is_not_offered_as_a_near_miss()
    {
        // "Ann Abell" folds to Anna Bell's key, so it is dropped; no other spelling ends in "Abell".
        var set = NameLists.FromJson("names.json", """{ "people": [ { "name": "Anna Bell" }, { "name": "Bob Cray", "aliases": ["Ann Abell"] } ] }""");
        set.Errors.ShouldHaveSingleItem().Message.ShouldStartWith("'Ann Abell' is claimed by two people");

        var near = new List<(IndexedForm Form, int Distance)>();
        set.Index.NearLastToken("abel", near);
        near.ShouldBeEmpty();
        set.Index.NearLastToken("bel", near);
        near.Select(n => n.Form.Form.Text).ShouldBe(["Anna Bell"]);
    }

    [Fact]
    public void A_name_listed_twice_is_one_person_and_a_warning()
    {
        var set = NameLists.FromJson("names.json", """{ "people": [ { "name": "John Smith" }, { "name": "John Smith" } ] }""");
        set.Errors.ShouldHaveSingleItem().Message.ShouldStartWith("'John Smith' is listed twice");
        set.Index.Exact("johnsmith").Count.ShouldBe(1);
    }

    [Fact]
    public void A_bad_list_next_to_a_good_one_is_a_warning()
    {
        var good = NameTestLists.Write("good", """{ "people": [ { "name": "Masahiko Komura" } ] }""");
        var bad = NameTestLists.Write("bad", "{ \"people\": [ ");
        var engine = new AnalyzerEngine([new NameMismatchAnalyzer()], AnalyzerOptions.Default with { NameListPaths = [good, bad] });
        var notification = engine.InitializationNotifications.ShouldHaveSingleItem();
        notification.Id.ShouldBe("EL0008");
        notification.Severity.ShouldBe(Severity.Warning);
        notification.Path.ShouldBe(bad);
        notification.Position.ShouldNotBeNull();
    }

    [Fact]
    public void When_no_list_can_be_used_the_error_fails_the_run()
    {
        var bad = NameTestLists.Write("only-bad", "not json");
        var engine = new AnalyzerEngine([new NameMismatchAnalyzer()], AnalyzerOptions.Default with { NameListPaths = [bad] });
        engine.InitializationNotifications.ShouldHaveSingleItem().Severity.ShouldBe(Severity.Error);
    }

    [Fact]
    public void A_list_saved_as_utf16_or_with_a_utf8_byte_order_mark_is_read()
    {
        string folder = Directory.CreateTempSubdirectory("editlint-names-").FullName;
        string json = "{ \"people\": [ { \"name\": \"Luis Suárez\" } ] }";
        foreach (var encoding in new System.Text.Encoding[] { new System.Text.UnicodeEncoding(false, true), new System.Text.UnicodeEncoding(true, true), new System.Text.UTF8Encoding(true) })
        {
            string path = Path.Combine(folder, encoding.WebName + ".json");
            File.WriteAllText(path, json, encoding);
            var result = NameListLoader.Load(path);
            result.Errors.ShouldBeEmpty(encoding.WebName);
            result.People.ShouldHaveSingleItem().Name.ShouldBe("Luis Suárez");
        }
    }

    [Fact]
    public void A_utf16_list_with_an_odd_last_byte_is_reported_and_unusable()
    {
        string path = Path.Combine(Directory.CreateTempSubdirectory("editlint-names-").FullName, "odd.json");
        File.WriteAllBytes(path, [0xFF, 0xFE, .. System.Text.Encoding.Unicode.GetBytes("{ \"people\": [] }\n"), 0x20]);
        var result = NameListLoader.Load(path);
        result.Usable.ShouldBeFalse();
        var error = result.Errors.ShouldHaveSingleItem();
        (error.Line, error.Column).ShouldBe((2, 1));
        error.Message.ShouldContain("odd last byte");
    }

    [Fact]
    public void A_missing_file_is_reported()
    {
        var result = NameListLoader.Load(Path.Combine(Path.GetTempPath(), "no-such-list-" + Guid.NewGuid() + ".json"));
        result.Usable.ShouldBeFalse();
        result.Errors.ShouldHaveSingleItem().Message.ShouldStartWith("cannot read the name list");
    }

    [Fact]
    public void The_default_list_loads_without_errors_and_matches_its_schema_fields()
    {
        var set = NameLists.Load([]);
        set.Errors.ShouldBeEmpty();
        set.IsDefault.ShouldBeTrue();
        set.Index.People.Select(p => p.Name).ShouldContain("Masahiko Komura");
        set.Index.People.Count.ShouldBe(13);
    }
}
