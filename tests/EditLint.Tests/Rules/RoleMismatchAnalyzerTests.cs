using EditLint.Analysis;
using EditLint.Rules.Names;
using EditLint.Tests.Verifiers;
using static EditLint.Tests.Verifiers.ExpectedDiagnostic;

namespace EditLint.Tests.Rules;

public class RoleMismatchAnalyzerTests
{
    private static readonly Lazy<string> ListPath = new(() => NameTestLists.Write("roles", """
        {
          "people": [
            { "name": "Sergei Lavrov", "aliases": ["Lavrov"], "roles": [{ "title": "Minister of Foreign Affairs", "organisation": "Russian Federation", "from": "2004-03-09" }] },
            { "name": "Vladimir Voronkov", "aliases": ["Voronkov"], "roles": [{ "title": "Permanent Representative to the International Organizations in Vienna", "organisation": "Russian Federation", "from": "2015-09", "to": "2017-06" }] },
            { "name": "Vitaly Churkin", "aliases": ["Churkin"], "roles": [{ "title": "Permanent Representative to the United Nations", "organisation": "Russian Federation", "from": "2006-04-08", "to": "2017-02-20" }] },
            { "name": "Samantha Power", "aliases": ["Power"], "roles": [{ "title": "Ambassador to the United Nations", "organisation": "United States", "from": "2013-08-05", "to": "2017-01-20" }] },
            { "name": "Kofi Annan", "aliases": ["Annan"], "roles": [{ "title": "Secretary-General", "organisation": "United Nations", "from": "1997-01-01", "to": "2006-12-31" }] },
            { "name": "Angela Merkel", "aliases": ["Merkel"], "roles": [{ "title": "Chancellor", "organisation": "Germany", "from": "2005-11-22", "to": "2021-12-08" }] },
            { "name": "François Hollande", "aliases": ["Hollande"], "roles": [{ "title": "President", "organisation": "France", "from": "2012-05-15", "to": "2017-05-14" }] },
            { "name": "Frank-Walter Steinmeier", "aliases": ["Steinmeier"], "roles": [
              { "title": "Foreign Minister", "organisation": "Germany", "from": "2013-12-17", "to": "2017-01-27" },
              { "title": "President", "organisation": "Germany", "from": "2017-03-19" }] },
            { "name": "Masahiko Komura", "aliases": ["Komura"], "roles": [{ "title": "Vice President", "organisation": "Liberal Democratic Party", "from": "2012", "to": "2018" }] },
            { "name": "Andrei Lankov", "aliases": ["Lankov"] },
            { "name": "Vladimir Komoyedov", "aliases": ["Komoyedov"], "roles": [{ "title": "Chairman of the Defence Committee", "organisation": "State Duma" }] },
            { "name": "Dean Rusk", "aliases": ["Rusk"], "roles": [{ "title": "Secretary of State", "organisation": "United States", "from": "1961-01-21", "to": "1969-01-20", "aliases": ["America's top diplomat"] }] },
            { "name": "Nikita Khrushchev", "aliases": ["Khrushchev"], "roles": [
              { "title": "General Secretary", "organisation": "Soviet Union", "from": "1953", "to": "1964" },
              { "title": "Chairman of the Council of Ministers", "organisation": "Soviet Union", "from": "1958", "to": "1964" }] },
            { "name": "Norodom Sihanouk", "aliases": ["Sihanouk"], "roles": [{ "title": "King", "organisation": "Cambodia", "from": "1941", "to": "1955" }] },
            { "name": "Souvanna Phouma", "aliases": ["Phouma"], "roles": [{ "title": "Prime Minister", "organisation": "Laos", "from": "1960", "to": "1975" }] },
            { "name": "Jake Sullivan", "roles": [{ "title": "National Security Advisor", "organisation": "United States", "from": "2021-01-20" }] },
            { "name": "Mike Pompeo", "roles": [
              { "title": "Director of the CIA", "organisation": "United States", "from": "2017-01-23", "to": "2018-03-13" },
              { "title": "Secretary of State", "organisation": "United States", "from": "2018-04-26", "to": "2021-01-20" }] },
            { "name": "Narendra Modi", "roles": [{ "title": "Prime minister", "organisation": "India", "from": "2014" }] },
            { "name": "Alejandro Mayorkas", "aliases": ["Ali Mayorkas"], "roles": [{ "title": "Secretary of Homeland Security", "organisation": "United States", "from": "2021-02-02" }] },
            { "name": "António Guterres", "roles": [{ "title": "Secretary-General", "organisation": "United Nations", "from": "2017-01-01" }] },
            { "name": "Donald Trump", "aliases": ["Trump"], "roles": [
              { "title": "President", "organisation": "United States", "from": "2017-01-20", "to": "2021-01-20" },
              { "title": "President", "organisation": "United States", "from": "2025-01-20" }] },
            { "name": "Vladimir Putin", "aliases": ["Putin"], "roles": [
              { "title": "President", "organisation": "Russian Federation", "from": "2000-05-07", "to": "2008-05-07" },
              { "title": "Prime Minister", "organisation": "Russian Federation", "from": "2008-05-08", "to": "2012-05-07" },
              { "title": "President", "organisation": "Russian Federation", "from": "2012-05-07" }] },
            { "name": "Nicolas Sarkozy", "roles": [
              { "title": "President", "organisation": "France", "from": "2007-05-16", "to": "2012-05-15" },
              { "title": "President", "organisation": "The Republicans", "from": "2014-11-29", "to": "2016-08-23" }] },
            { "name": "Shimon Peres", "roles": [{ "title": "President", "organisation": "Israel", "from": "2007-07-15", "to": "2014-07-24" }] },
            { "name": "Emmanuel Macron", "roles": [
              { "title": "French co-prince", "organisation": "Andorra", "from": "2017" },
              { "title": "President of the French Republic", "organisation": "France", "from": "2017" }] }
          ]
        }
        """));

    private static VerifierOptions Options(string? asOf = null) => new()
    {
        AnalyzerOptions = NameTestLists.Options(ListPath.Value) with { AsOf = asOf is null ? null : DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture) },
    };

    private static void Verify(string markup, params ExpectedDiagnostic[] expected) =>
        AnalyzerVerifier.Verify<RoleMismatchAnalyzer>(markup, Options(), expected);

    private static void VerifyAsOf(string asOf, string markup, params ExpectedDiagnostic[] expected) =>
        AnalyzerVerifier.Verify<RoleMismatchAnalyzer>(markup, Options(asOf), expected);

    [Fact]
    public void A_title_that_opens_the_sentence_before_a_comma_is_the_sample_case() =>
        VerifyAsOf(
            "2016-01-15",
            "{|#0:Russia’s permanent representative to the United Nations|}, Vladimir Voronkov described the test as a violation.\n",
            Expect("EL1003").At(0).WithMessage("'Russia’s permanent representative to the United Nations' does not match the name list for Vladimir Voronkov: in January 2016 the list gives Permanent Representative to the International Organizations in Vienna (Russian Federation)"));

    [Fact]
    public void A_title_before_the_name_that_the_list_gives_another_person_is_reported_and_the_right_one_is_not() =>
        Verify("Talks were led by {|#0:Russian Foreign Minister|} Vitaly Churkin and Russian Foreign Minister Sergei Lavrov.\n",
            Expect("EL1003").At(0).WithMessage("'Russian Foreign Minister' does not match the name list for Vitaly Churkin: the list gives Permanent Representative to the United Nations (Russian Federation) from 8 April 2006 to 20 February 2017"));

    [Fact]
    public void The_soviet_premier_and_a_king_are_offices_the_table_reads() =>
        Verify("Premier Khrushchev and General Secretary Khrushchev met King Sihanouk; {|EL1003:Chancellor|} Khrushchev and {|EL1003:President|} Sihanouk did not.\n");

    [Fact]
    public void A_national_security_adviser_a_cia_director_and_a_co_prince_are_offices_the_table_reads() =>
        Verify("National Security Adviser Jake Sullivan and CIA Director Mike Pompeo met French President Emmanuel Macron; {|EL1003:Vice President|} Jake Sullivan, {|EL1003:Defense Secretary|} Mike Pompeo and {|EL1003:French Prime Minister|} Emmanuel Macron did not.\n");

    [Fact]
    public void Homeland_security_and_a_director_general_are_offices_the_table_reads() =>
        Verify("Homeland Security Secretary Ali Mayorkas met UN Secretary-General António Guterres; {|EL1003:Secretary of State|} Ali Mayorkas and {|EL1003:WTO Director-General|} António Guterres did not.\n");

    [Fact]
    public void Under_is_part_of_a_title_only_before_secretary() =>
        Verify("Relations worsened under {|EL1003:Vice President|} Trump, and under Secretary of State Trump the department changed.\n");

    [Fact]
    public void A_demonym_a_country_shares_only_with_its_territories_names_the_country() =>
        Verify("Indian Prime Minister Narendra Modi spoke; {|EL1003:Indian President|} Narendra Modi did not.\n");

    [Fact]
    public void A_prince_is_a_rank_of_birth_not_an_office() =>
        Verify("Prince Souvanna Phouma, the premier, met Prince Sihanouk.\n");

    [Fact]
    public void Synonyms_of_the_office_are_the_same_title() =>
        Verify("Minister of Foreign Affairs Sergei Lavrov met Lavrov's aides; Russia's foreign secretary Lavrov spoke.\n");

    [Fact]
    public void A_title_in_apposition_is_checked_and_a_right_one_is_not_reported() =>
        Verify("Samantha Power, the U.S. envoy to the UN, met Vitaly Churkin, {|EL1003:Germany's chancellor|}, in New York.\n");

    [Fact]
    public void An_organisation_by_its_demonym_its_short_name_and_its_full_name_is_the_same() =>
        Verify("UN Secretary-General Kofi Annan and Secretary-General of the United Nations Annan spoke; {|EL1003:EU Secretary-General|} Annan did not.\n");

    [Fact]
    public void Former_is_right_for_an_office_held_before_the_date_and_the_plain_title_takes_former_as_a_safe_fix() =>
        VerifyAsOf(
            "2016-01-15",
            "Former UN Secretary-General Kofi Annan and ex-Secretary-General Annan agreed with {|#0:UN Secretary-General|} Annan.\n",
            Expect("EL1003").At(0)
                .WithMessage("'UN Secretary-General' does not match the name list for Kofi Annan: Kofi Annan left the office of Secretary-General (United Nations) on 31 December 2006; write 'former'")
                .WithFix("former ", safe: true));

    [Fact]
    public void A_sentence_that_names_a_year_of_the_term_speaks_of_that_time_and_takes_no_former() =>
        // "former" would make these false: in 1999 Annan was the Secretary-General. A year outside every term says nothing.
        VerifyAsOf(
            "2016-01-15",
            "It was in 1999 when UN Secretary-General Kofi Annan spoke. The fund was set up in 2003 by Secretary-General Annan. In 2010 {|#0:UN Secretary-General|} Annan visited.\n",
            Expect("EL1003").At(0).WithFix("former ", safe: true));

    [Fact]
    public void Former_goes_after_a_possessive_and_is_capitalised_at_the_head_of_a_sentence() =>
        VerifyAsOf(
            "2016-01-15",
            "{|#0:Germany's chancellor|}, Angela Merkel spoke. {|#1:UN Secretary-General|} Kofi Annan did too.\n",
            Expect("EL1003").At(1).WithFix("Former UN", safe: true));

    [Fact]
    public void Then_is_right_for_an_office_held_at_any_time_before_the_date() =>
        VerifyAsOf("2016-01-15", "In 1999, then-Secretary-General Kofi Annan spoke with then-U.N. Secretary-General Annan's staff.\n");

    [Fact]
    public void Then_is_wrong_for_an_office_taken_up_after_the_date() =>
        VerifyAsOf(
            "2016-01-15",
            "The talks recalled {|#0:then-President|} Frank-Walter Steinmeier.\n",
            Expect("EL1003").At(0).WithMessage("'then-President' does not match the name list for Frank-Walter Steinmeier: Frank-Walter Steinmeier took up the office of President (Germany) only on 19 March 2017, after the document's date (January 2016)"));

    [Fact]
    public void With_no_date_a_title_held_at_any_time_is_right() =>
        Verify("President Frank-Walter Steinmeier and Foreign Minister Steinmeier; UN Secretary-General Kofi Annan.\n");

    [Fact]
    public void A_date_before_the_role_began_makes_the_plain_title_wrong() =>
        VerifyAsOf(
            "2016-01-15",
            "German Foreign Minister Frank-Walter Steinmeier met {|#0:German President|} Frank-Walter Steinmeier's predecessor.\n",
            Expect("EL1003").At(0).WithMessage("'German President' does not match the name list for Frank-Walter Steinmeier: Frank-Walter Steinmeier took up the office of President (Germany) only on 19 March 2017, after the document's date (January 2016)"));

    [Fact]
    public void A_date_after_the_role_ended_makes_the_plain_title_wrong_and_former_right() =>
        VerifyAsOf(
            "2018-05-01",
            "{|#0:German Foreign Minister|} Frank-Walter Steinmeier, now the president, and former Foreign Minister Steinmeier are one man.\n",
            Expect("EL1003").At(0)
                .WithMessage("'German Foreign Minister' does not match the name list for Frank-Walter Steinmeier: Frank-Walter Steinmeier left the office of Foreign Minister (Germany) on 27 January 2017; write 'former'")
                .WithFix("Former German", safe: true));

    [Fact]
    public void Former_is_wrong_while_the_office_is_still_held() =>
        VerifyAsOf(
            "2016-01-15",
            "{|#0:Former Russian Foreign Minister|} Sergei Lavrov spoke.\n",
            Expect("EL1003").At(0).WithMessage("'Former Russian Foreign Minister' does not match the name list for Sergei Lavrov: in January 2016 Sergei Lavrov still held the office of Minister of Foreign Affairs (Russian Federation); 'former' is wrong"));

    [Fact]
    public void An_office_held_in_two_terms_is_judged_by_the_term_that_covers_the_date_or_the_nearest_before_it()
    {
        // Putin was President 2000–2008 and again from 2012; the check once needed every term to have ended.
        VerifyAsOf(
            "2010-06-01",
            "{|#0:Russian President|} Vladimir Putin spoke, as former Russian President Putin had.\n",
            Expect("EL1003").At(0)
                .WithMessage("'Russian President' does not match the name list for Vladimir Putin: Vladimir Putin left the office of President (Russian Federation) on 7 May 2008; write 'former'")
                .WithFix("Former Russian", safe: true));
        VerifyAsOf("2015-06-01", "Russian President Vladimir Putin spoke.\n");
        VerifyAsOf(
            "2015-06-01",
            "{|#0:Former Russian President|} Vladimir Putin spoke.\n",
            Expect("EL1003").At(0).WithMessage("'Former Russian President' does not match the name list for Vladimir Putin: in June 2015 Vladimir Putin still held the office of President (Russian Federation); 'former' is wrong"));
    }

    [Fact]
    public void Between_two_terms_the_plain_title_needs_former_and_former_is_right() =>
        VerifyAsOf(
            "2022-06-01",
            "Officials accused observers for {|#0:President|} Donald Trump. Former President Trump spoke.\n",
            Expect("EL1003").At(0)
                .WithMessage("'President' does not match the name list for Donald Trump: Donald Trump left the office of President (United States) on 20 January 2021; write 'former'")
                .WithFix("former ", safe: true));

    [Fact]
    public void A_mismatch_at_a_date_names_the_roles_held_then() =>
        VerifyAsOf(
            "2016-01-15",
            "{|#0:President|} Sergei Lavrov spoke.\n",
            Expect("EL1003").At(0).WithMessage("'President' does not match the name list for Sergei Lavrov: in January 2016 the list gives Minister of Foreign Affairs (Russian Federation)"));

    [Fact]
    public void An_unknown_title_is_silent() =>
        Verify("Russian spokesman Sergei Lavrov, the head of the delegation, met top diplomat Churkin and Defence Committee chief Komura.\n");

    [Fact]
    public void A_title_of_the_other_person_in_the_sentence_is_not_this_ones() =>
        Verify("Merkel met French President Hollande, and Angela Merkel greeted President Hollande; Hollande met Merkel, the German chancellor.\n");

    [Fact]
    public void A_title_made_into_another_office_by_the_word_before_it_is_not_read() =>
        Verify("The deputy foreign minister Vitaly Churkin and Acme Corporation President Vitaly Churkin are not checked.\n");

    [Fact]
    public void Former_is_right_when_the_office_still_held_is_another_organisations() =>
        // "Former French President Nicolas Sarkozy" in 2015 was "'former' is wrong": he presided over his party then.
        VerifyAsOf("2015-06-01", "Former French President Nicolas Sarkozy and France's former president Nicolas Sarkozy spoke.\n");

    [Fact]
    public void A_sentence_that_also_writes_a_year_outside_every_term_is_not_exempt() =>
        // Any year of a term exempted the sentence: "On 1 June 2015, President Putin said the 2010 census ..." was silent.
        VerifyAsOf("2010-06-01", "On 1 June 2010, {|EL1003:President|} Vladimir Putin said the 2004 census was flawed. In 2004 President Vladimir Putin said so too.\n");

    [Fact]
    public void A_place_owning_the_title_is_still_read() =>
        VerifyAsOf("2015-06-01", "The Jewish state's {|EL1003:president|} Shimon Peres spoke, and the club's president Shimon Peres did too.\n");

    [Fact]
    public void A_title_in_single_quotation_marks_is_the_speakers() =>
        // British copy quotes speech with single marks; only double ones were taken for a quotation.
        VerifyAsOf("2015-06-01", "She said: 'I spoke to Chancellor Frank-Walter Steinmeier on Monday.' He added: \u2018Chancellor Steinmeier is wrong,\u2019 and left. The players' {|EL1003:Chancellor|} Steinmeier came.\n");

    [Fact]
    public void An_incoming_or_future_title_is_not_one_held_yet() =>
        // "Incoming President Donald Trump" was flagged: "took up the office only on 20 January 2017".
        VerifyAsOf("2016-12-15", "Incoming President Donald Trump met the future president Trump's aides; {|EL1003:President|} Donald Trump did not.\n");

    [Fact]
    public void A_title_after_an_organisation_word_or_its_possessive_is_that_organisations_not_read() =>
        // Each was flagged, and given the safe fix "Foundation former President", "the club's former president".
        VerifyAsOf("2010-06-01", "Foundation President Vladimir Putin spoke. He met the club's president Vladimir Putin and team president Putin. Senate President Putin presided.\n");

    [Fact]
    public void A_title_in_a_quotation_is_the_speakers() =>
        Verify("She said: “I spoke to President Sergei Lavrov yesterday.”\n");

    [Fact]
    public void A_person_with_no_roles_or_a_role_the_tables_cannot_read_is_not_checked() =>
        Verify("President Andrei Lankov met President Vladimir Komoyedov.\n");

    [Fact]
    public void A_country_against_a_party_the_list_names_says_nothing_either_way() =>
        Verify("Japanese vice president Masahiko Komura and the vice president of Japan's Liberal Democratic Party Komura spoke.\n");

    [Fact]
    public void A_role_alias_in_the_list_is_a_right_title() =>
        Verify("America's top diplomat Dean Rusk and Secretary of State Dean Rusk spoke.\n");

    [Fact]
    public void A_house_adds_title_forms_and_organisation_aliases_in_editlint_json()
    {
        var options = new VerifierOptions
        {
            AnalyzerOptions = ClaimRuleOptions.WithSettings(RoleMismatchAnalyzer.Id, """
                {
                  "titles": [ { "office": "foreign minister", "forms": ["top diplomat"] } ],
                  "organisations": [ { "name": "Liberal Democratic Party", "aliases": ["LDP"] } ]
                }
                """) with { NameListPaths = [ListPath.Value] },
        };
        AnalyzerVerifier.Verify<RoleMismatchAnalyzer>(
            "Russia's top diplomat Sergei Lavrov met LDP vice president Masahiko Komura and {|EL1003:LDP president|} Komura.\n",
            options);
    }

    [Fact]
    public void A_house_title_entry_without_forms_is_reported()
    {
        var options = ClaimRuleOptions.WithSettings(RoleMismatchAnalyzer.Id, """{ "titles": [ { "office": "spokesman" } ] }""") with { NameListPaths = [ListPath.Value] };
        var engine = new AnalyzerEngine([new RoleMismatchAnalyzer()], options);
        engine.InitializationNotifications.Select(n => n.Message).ShouldBe(
            ["An entry of 'titles' needs an \"office\" and a non-empty \"forms\" array of strings; it was left out."]);
    }

    [Theory]
    [InlineData("\"yes\"")]
    [InlineData("1")]
    [InlineData("\"true\"")]
    [InlineData("[true]")]
    public void A_house_title_entry_whose_takes_target_is_not_a_boolean_is_reported(string value)
    {
        var options = ClaimRuleOptions.WithSettings(RoleMismatchAnalyzer.Id, "{ \"titles\": [ { \"office\": \"emir\", \"forms\": [\"emir\"], \"takesTarget\": " + value + " }, { \"office\": \"consul\", \"forms\": [\"consul\"], \"takesTarget\": true } ] }") with { NameListPaths = [ListPath.Value] };
        var engine = new AnalyzerEngine([new RoleMismatchAnalyzer()], options);
        engine.InitializationNotifications.Select(n => n.Message).ShouldBe(
            ["\"takesTarget\" in an entry of 'titles' must be true or false; the entry was left out."]);
    }

    [Fact]
    public void The_related_location_is_the_role_in_the_name_list_file()
    {
        var engine = new AnalyzerEngine([new RoleMismatchAnalyzer()], NameTestLists.Options(ListPath.Value));
        var diagnostic = engine.AnalyzeText("a.txt", "President Sergei Lavrov spoke.\n").Diagnostics.ShouldHaveSingleItem();
        var related = diagnostic.RelatedFiles.ShouldHaveSingleItem();
        related.Path.ShouldBe(ListPath.Value);
        File.ReadAllLines(ListPath.Value)[related.Line - 1][(related.Column - 1)..].ShouldStartWith("{ \"title\": \"Minister of Foreign Affairs\"");
        related.Message.ShouldBe("the name list's role 'Minister of Foreign Affairs' for Sergei Lavrov");
    }
}
