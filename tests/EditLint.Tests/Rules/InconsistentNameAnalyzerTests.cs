using EditLint.Rules.Names;
using EditLint.Tests.Verifiers;
using static EditLint.Tests.Verifiers.ExpectedDiagnostic;

namespace EditLint.Tests.Rules;

public class InconsistentNameAnalyzerTests
{
    private static readonly VerifierOptions Empty = new()
    {
        AnalyzerOptions = NameTestLists.Options(NameTestLists.Write("empty", """{ "people": [] }""")),
    };

    private static void Verify(string markup, params ExpectedDiagnostic[] expected) =>
        AnalyzerVerifier.Verify<InconsistentNameAnalyzer>(markup, Empty, expected);

    [Fact]
    public void The_minority_spelling_points_to_the_majority() =>
        Verify(
            "Colonel {|#1:Muammar Gadhafi|} ruled. Gadhafi spoke. Gadhafi left. Then {|#0:Gaddafi|} fled. Gadhafi fell.\n",
            Expect("EL1002").At(0).WithMessage("'Gaddafi' is spelled 'Gadhafi' elsewhere in this document").WithAdditionalLocation(1));

    [Fact]
    public void A_one_to_one_tie_flags_the_later_spelling() =>
        Verify(
            "{|#1:Andrei Lankov|} believes it. {|#0:Andrei Lankow|} said so.\n",
            Expect("EL1002").At(0).WithMessage("'Andrei Lankow' is spelled 'Andrei Lankov' elsewhere in this document").WithAdditionalLocation(1));

    [Fact]
    public void Capitalisation_and_hyphens_count_as_spellings() =>
        Verify("President Lee Myung-bak met them. President Lee Myung-bak spoke. Then President [|Lee Myung-Bak|] left.\n");

    [Fact]
    public void A_surname_alone_joins_its_cluster() =>
        Verify("The Holets family came. [|Ryan Hollets|] spoke. The Holets stayed.\n");

    [Fact]
    public void A_surname_after_a_title_counts() =>
        Verify("Agent Raul Ortiz came. Agent Ortiz spoke. Agent [|Ortis|] left.\n");

    [Fact]
    public void Different_people_with_one_surname_are_not_flagged() =>
        Verify("Amy Williams and Townsend Williams came with Freddy Cuevas and Kayla Cuevas.\n");

    [Fact]
    public void Places_their_people_and_plurals_are_not_two_spellings() =>
        Verify("North Korea and North Korean officials met South Korea and the Russian State Duma. The two Koreas met.\n");

    [Fact]
    public void A_place_and_the_plural_of_its_people_are_not_two_spellings() =>
        Verify("South Australia voted. Australians voted. Australians cheered in South Indonesia and Indonesians too.\n");

    [Fact]
    public void A_lower_case_word_that_is_only_part_of_a_title_marks_no_name() =>
        // "class" is a title word only in "Private First Class": "Americans" here is no surname to spell "America" by.
        Verify("The plan does little for middle class Americans. God bless the United States of America. A major American city and private Americans.\n");

    [Fact]
    public void A_people_joined_to_its_place_through_a_third_spelling_is_not_a_spelling_of_it() =>
        // The State of the Union of 2013 writes "America-a" for "America—a": one edit from "America" and from "Americans",
        // it joined them, and every "Americans" was flagged as a way to spell "America".
        Verify("Senator Americans came. Senator Americans left. We met Senator {|#1:America|}, Senator America and Senator America. Senator {|#0:America-a|} spoke.\n",
            Expect("EL1002").At(0).WithMessage("'America-a' is spelled 'America' elsewhere in this document").WithAdditionalLocation(1));

    [Fact]
    public void Words_that_differ_in_a_digit_are_versions_not_spellings() =>
        // Two lines of the Node.js manual: "'IPv4' is spelled 'IPv6' elsewhere in this document".
        Verify("* `flowlabel` {number} An IPv6 flow-label used only if `family` is `'ipv6'`.\nmay cause the `net.Server` to also listen on the [unspecified IPv4 address][]\n");

    [Fact]
    public void A_people_and_the_state_named_from_it_are_not_two_spellings() =>
        // Two sentences of the State of the Union of 1831: "'Indiana' is spelled 'Indians' elsewhere in this document".
        Verify("Now subject to no control but the superintending agency of the General Government, exercised with the sole view of preserving peace, they may proceed unmolested in the interesting experiment of gradually advancing a community of American Indians from barbarism to the habits and enjoyments of civilized life.\n\nTo the States of Indiana, Illinois, Missouri, Alabama, Mississippi, and Louisiana, admitted into the Union since the present judicial system was organized, only a district court has been allowed.\n");

    [Fact]
    public void A_near_surname_with_another_given_name_is_another_person() =>
        // The Perl 5.12.1 notes thank "Chris Williams" and "Karl Williamson": "'Karl Williamson' is spelled 'Karl Williams'".
        Verify("Thanks to {|#1:Chris Williams|}, Chris Williams again and Karl Williamson. Then Chris Williams and {|#0:Chris Williamson|} left.\n",
            Expect("EL1002").At(0).WithAdditionalLocation(1));

    [Fact]
    public void A_spelling_two_edits_from_the_majority_through_a_third_is_still_flagged() =>
        Verify("Colonel {|#2:Muammar Gadhafi|} ruled. Colonel Gadhafi spoke. Colonel Gadhafi left. Colonel {|#0:Gaddafi|} fled. Colonel {|#1:Qaddafi|} was found.\n",
            Expect("EL1002").At(0).WithAdditionalLocation(2),
            Expect("EL1002").At(1).WithMessage("'Qaddafi' is spelled 'Gadhafi' elsewhere in this document").WithAdditionalLocation(2));

    [Fact]
    public void Sentence_initial_words_do_not_make_a_given_name() =>
        Verify("Army Sergeant Justin Peck came. And Justin is here, with Austin and Greta.\n");

    [Fact]
    public void Ordinary_words_are_not_names() =>
        Verify("Hope came. Rush hour. The Sun. Young people in the Park. Opportunity Zones and Border Patrol.\n");

    [Fact]
    public void Listed_names_are_left_to_EL1001() =>
        AnalyzerVerifier.Verify<InconsistentNameAnalyzer>("Masahiko Komura came. Masashiko Komura left. Komura stayed.\n");

    [Fact]
    public void Each_document_is_counted_on_its_own() =>
        Verify("Andrei Lankov wrote.\n");

    [Fact]
    public void Thousands_of_different_names_in_one_document_are_clustered_quickly()
    {
        var random = new Random(7);
        string Word() => new string([.. Enumerable.Range(0, 7).Select(i => (char)((i == 0 ? 'A' : 'a') + random.Next(26)))]);
        var text = string.Concat(Enumerable.Range(0, 5_000).Select(_ => $"Agent {Word()} {Word()} spoke.\n"));
        var engine = new EditLint.Analysis.AnalyzerEngine([new InconsistentNameAnalyzer()], Empty.AnalyzerOptions);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        engine.AnalyzeText("many.txt", text);
        watch.Elapsed.TotalSeconds.ShouldBeLessThan(30);
    }

    [Fact]
    public void Two_romanisations_of_one_given_name_are_one_person_spelled_two_ways() =>
        Verify(
            "Sergei Ivanov spoke. Sergei Ivanov left. Then {|#0:Sergey Ivanov|} returned.\n",
            Expect("EL1002").At(0)
                .WithMessage("'Sergey Ivanov' is spelled 'Sergei Ivanov' elsewhere in this document"));

    [Fact]
    public void Different_given_names_with_one_surname_are_different_people() =>
        Verify("John Smithers met Joan Smithers, Amy Williams and Townsend Williams; John Smithers left.\n");
}
