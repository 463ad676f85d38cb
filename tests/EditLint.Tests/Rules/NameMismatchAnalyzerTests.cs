using EditLint.Rules.Names;
using EditLint.Tests.Verifiers;
using static EditLint.Tests.Verifiers.ExpectedDiagnostic;

namespace EditLint.Tests.Rules;

public class NameMismatchAnalyzerTests
{
    private static readonly VerifierOptions House = new() { AnalyzerOptions = NameTestLists.Options(NameTestLists.House) };

    private static void Verify(string markup, params ExpectedDiagnostic[] expected) =>
        AnalyzerVerifier.Verify<NameMismatchAnalyzer>(markup, House, expected);

    /// <summary>
    /// A near miss followed by a capitalised word was read as a three-word name and missed; the --fix
    /// idempotence property found it (fixing "Web site" to "website" revealed the name on a second run).
    /// </summary>
    [Theory]
    [InlineData("Boxer {|#0:Max Schmelling|} Web site.\n")]
    [InlineData("Boxer {|#0:Max Schmelling|} E-MAIL.\n")]
    [InlineData("We met {|#0:Max Schmelling|} Monday.\n")]
    public void A_near_miss_followed_by_a_capitalised_word_is_found(string markup) =>
        Verify(markup, Expect("EL1001").At(0).WithFix("Max Schmeling"));

    [Fact]
    public void A_wrong_letter_in_the_given_name_is_a_near_miss() =>
        Verify(
            "The party's vice president {|#0:Masashiko Komura|} visited Moscow.\n",
            Expect("EL1001").At(0)
                .WithMessage("'Masashiko Komura' does not match the name list; did you mean 'Masahiko Komura' (Vice President, Liberal Democratic Party)?")
                .WithFix("Masahiko Komura"));

    [Fact]
    public void Capitalisation_of_a_Korean_given_name_is_a_surface_mismatch() =>
        Verify("South Korean president {|#0:Park Geun-Hye|} spoke.\n", Expect("EL1001").At(0).WithFix("Park Geun-hye"));

    [Fact]
    public void Hyphenation_follows_house_style() =>
        Verify("Talks with [|Kim Jong-un|] and [|Kim Jong-Un|] stalled.\n");

    [Fact]
    public void A_missing_hyphen_is_a_surface_mismatch() =>
        Verify("Secretary-General {|#0:Ban Kimoon|} said so.\n", Expect("EL1001").At(0).WithFix("Ban Ki-moon"));

    [Fact]
    public void A_missing_diacritic_is_a_surface_mismatch() =>
        Verify("Striker {|#0:Luis Suarez|} scored.\n", Expect("EL1001").At(0).WithFix("Luis Suárez"));

    [Fact]
    public void A_decomposed_diacritic_is_a_surface_mismatch() =>
        Verify("Striker {|#0:Luis Sua\u0301rez|} scored.\n", Expect("EL1001").At(0).WithFix("Luis Suárez"));

    [Fact]
    public void A_doubled_letter_is_a_near_miss() =>
        Verify("Boxer {|#0:Max Schmelling|} won.\n", Expect("EL1001").At(0).WithFix("Max Schmeling"));

    [Fact]
    public void A_swapped_vowel_is_a_near_miss() =>
        Verify("Aviator {|#0:Wilber Wright|} flew.\n", Expect("EL1001").At(0).WithFix("Wilbur Wright"));

    [Fact]
    public void A_transliteration_variant_is_a_near_miss() =>
        Verify("Colonel {|#0:Gadhafi|} spoke, and later [|Muammar Qaddafi|] did.\n", Expect("EL1001").At(0).WithFix("Gaddafi"));

    [Fact]
    public void A_rejected_form_is_always_flagged_with_the_canonical_fix() =>
        Verify("Then {|#0:Khadafy|} spoke.\n", Expect("EL1001").At(0).WithFix("Muammar Gaddafi", safe: true));

    [Fact]
    public void A_confused_similar_name_is_flagged_towards_the_right_person() =>
        Verify("Ambassador {|#0:Samantha Powers|} voted.\n", Expect("EL1001").At(0).WithFix("Samantha Power"));

    [Fact]
    public void A_surname_after_the_full_name_is_checked() =>
        Verify("Masahiko Komura arrived. Later, [|Komora|] left.\n");

    [Fact]
    public void A_surname_after_a_title_is_checked() =>
        Verify("President {|#0:Putn|} spoke.\n", Expect("EL1001").At(0).WithFix("Putin"));

    [Fact]
    public void A_surname_after_a_lower_case_title_is_checked() =>
        Verify("Then the president {|#0:Putn|} spoke.\n", Expect("EL1001").At(0).WithFix("Putin"));

    [Fact]
    public void Possessives_are_left_out_of_the_span() =>
        Verify("[|Vladimir Puttin|]’s visit and [|Vladimir Puttin|]'s plan.\n");

    [Fact]
    public void Listed_spellings_are_not_flagged() =>
        Verify("Masahiko Komura met Park Geun-hye, Kim Jong Un, Ban Ki-moon, Luis Suárez, Conan O'Brien, Charles de Gaulle and Putin’s envoy Vladimir Voronkov. Komura spoke.\n");

    [Fact]
    public void A_typographic_apostrophe_is_not_a_misspelling() =>
        Verify("Conan O’Brien hosted.\n");

    [Fact]
    public void Ordinary_words_that_are_names_are_not_flagged() =>
        Verify("Park rangers ate rice. Rice is cheap. The Sun rose on Young people in the park. Rush hour.\n");

    [Fact]
    public void Sentence_initial_capitals_and_title_case_headings_are_not_flagged() =>
        Verify("# Powers of the Park Service\n\nDespite Everything, Komura Spoke.\n");

    [Fact]
    public void Two_listed_people_are_not_confused() =>
        Verify("Austin Powers and Samantha Power met John Smith and John Smyth.\n");

    [Fact]
    public void A_name_equally_close_to_two_listed_people_makes_no_guess() =>
        Verify("Then John Smeth spoke.\n");

    [Fact]
    public void A_surname_alone_is_not_compared_without_a_title_or_an_earlier_mention() =>
        Verify("Putn is not a word, nor is Komora.\n");

    [Fact]
    public void Unlisted_names_are_not_flagged() =>
        Verify("Andrei Lankov and Samuel Ramani wrote.\n");

    [Fact]
    public void The_fix_names_the_matched_form_and_the_person() =>
        Verify(
            "Ambassador {|#0:Powr|} voted.\n",
            Expect("EL1001").At(0).WithMessage("'Powr' does not match the name list; did you mean 'Power' (Samantha Power, Ambassador to the United Nations, United States)?"));

    [Fact]
    public void The_default_list_is_used_when_none_is_configured() =>
        AnalyzerVerifier.Verify<NameMismatchAnalyzer>("Foreign Minister {|#0:Yun Byung-Se|} met Sergei Lavrov.\n", Expect("EL1001").At(0).WithFix("Yun Byung-se"));

    [Theory]
    [InlineData("aliases")]
    [InlineData("rejected")]
    public void A_tie_between_the_name_and_another_spelling_of_it_suggests_the_name_as_a_near_miss(string kind) =>
        AnalyzerVerifier.Verify<NameMismatchAnalyzer>(
            "{|#0:Masahiko Komure|} said so.\n",
            ListOf("tie-" + kind, $$"""{ "people": [{ "name": "Masahiko Komura", "{{kind}}": ["Masahiko Komuri"] }] }"""),
            Expect("EL1001").At(0)
                .WithMessage("'Masahiko Komure' does not match the name list; did you mean 'Masahiko Komura'?")
                .WithFix("Masahiko Komura", safe: false));

    [Fact]
    public void A_listed_name_with_one_word_in_lower_case_is_a_surface_mismatch_with_a_safe_fix() =>
        AnalyzerVerifier.Verify<NameMismatchAnalyzer>(
            "Prime Minister {|#0:Giorgia meloni|} spoke; Giorgia Meloni and Giorgia said so, {|#1:giorgia Meloni|} too, and Sun rise is no name.\n",
            ListOf("meloni", """{ "people": [{ "name": "Giorgia Meloni", "aliases": ["Meloni"] }, { "name": "Sunrise" }] }"""),
            Expect("EL1001").At(0)
                .WithMessage("'Giorgia meloni' does not match the name list; did you mean 'Giorgia Meloni'?")
                .WithFix("Giorgia Meloni", safe: true),
            Expect("EL1001").At(1).WithFix("Giorgia Meloni", safe: true));

    private static VerifierOptions ListOf(string name, string json) =>
        new() { AnalyzerOptions = NameTestLists.Options(NameTestLists.Write(name, json)) };
}
