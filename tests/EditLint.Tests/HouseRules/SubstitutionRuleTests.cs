using EditLint.Analysis;
using EditLint.Fixes;
using EditLint.Tests.Verifiers;
using static EditLint.Tests.Verifiers.ExpectedDiagnostic;

namespace EditLint.Tests.HouseRules;

public class SubstitutionRuleTests
{
    private const string Rule = """
        {
          "id": "HOUSE0020", "name": "KyivNotKiev", "kind": "substitution",
          "message": "Write '{suggestion}', not '{match}'",
          "swap": { "Kiev": "Kyiv", "cell phone": "cellphone", "Peoples Republic": "People's Republic", "i-phone": "iPhone" },
          "exceptions": ["chicken Kiev"]
        }
        """;

    private static readonly Func<EditLint.Analysis.Analyzer> Create = HouseRuleFactory.Create(Rule);

    [Fact]
    public void Flags_the_term_with_the_message_and_a_fix() =>
        AnalyzerVerifier.Verify(Create, "Talks in {|#0:Kiev|} ended.", new VerifierOptions(), Expect("HOUSE0020").At(0).WithMessage("Write 'Kyiv', not 'Kiev'").WithFix("Kyiv"));

    [Theory]
    [InlineData("kiev", "kyiv")]
    [InlineData("KIEV", "KYIV")]
    [InlineData("Kiev", "Kyiv")]
    [InlineData("Cell phone", "Cellphone")]
    [InlineData("i-phone", "iPhone")]
    [InlineData("I-Phone", "iPhone")]
    public void The_fix_keeps_the_original_capitals_where_that_makes_sense(string written, string fixedText) =>
        AnalyzerVerifier.Verify(Create, $"Then {{|#0:{written}|}} again.", new VerifierOptions(), Expect("HOUSE0020").At(0).WithFix(fixedText));

    [Fact]
    public void Passes_the_preferred_term_and_the_exception() =>
        AnalyzerVerifier.Verify(Create, "Talks in Kyiv ended over chicken Kiev. Her cellphone rang.", new VerifierOptions());

    [Fact]
    public void Multi_word_terms_match_across_line_breaks_and_curly_apostrophes() =>
        AnalyzerVerifier.Verify(Create, "Her {|HOUSE0020:cell\nphone|} rang in the {|HOUSE0020:Peoples Republic|}.", new VerifierOptions());

    [Fact]
    public void Plain_text_files_are_checked_too() =>
        AnalyzerVerifier.Verify(Create, "Talks in {|HOUSE0020:Kiev|} ended.\n", new VerifierOptions { Path = "a.txt" });

    /// <summary>What <c>--fix</c> makes of <paramref name="text"/> with the rule's fixes (and the unsafe ones when asked).</summary>
    internal static string Fixed(string json, string text, bool unsafeFixes = false)
    {
        var engine = new AnalyzerEngine([HouseRuleFactory.Analyzer(json)], AnalyzerOptions.Default);
        var result = engine.AnalyzeText("a.md", text);
        return FixApplier.Apply(text, FixApplier.SelectChanges(text, result.Diagnostics, unsafeFixes));
    }

    private const string Periods = """
        { "id": "HOUSE0021", "name": "USWithPeriods", "kind": "substitution", "caseSensitive": true, "swap": { "US": "U.S.", "UK": "U.K." } }
        """;

    [Theory]
    [InlineData("The aid came from the US.", "The aid came from the U.S.")]
    [InlineData("The US and the UK agreed.", "The U.S. and the U.K. agreed.")]
    [InlineData("Aid from the US. Then from the UK.", "Aid from the U.S. Then from the U.K.")]
    [InlineData("Aid from the US...", "Aid from the U.S....")] // the ellipsis keeps its three dots
    public void A_replacement_ending_in_a_period_does_not_double_the_sentences_period(string text, string fixedText) =>
        Fixed(Periods, text).ShouldBe(fixedText);

    [Fact]
    public void A_replacement_ending_in_a_period_is_still_flagged_at_the_term() =>
        AnalyzerVerifier.Verify(HouseRuleFactory.Create(Periods), "The aid came from the {|#0:US|}.", new VerifierOptions(), Expect("HOUSE0021").At(0).WithMessage("Use 'U.S.' instead of 'US'").WithFix("U.S."));

    private const string Percent = """
        { "id": "HOUSE0022", "name": "Percent", "kind": "substitution", "pattern": true,
          "swap": { "(\\d+) per cent": "$1 percent", "(?<amount>\\d+) dollars": "$$${amount}", "per annum": "a year" } }
        """;

    [Fact]
    public void A_pattern_replacement_is_made_from_the_groups_of_each_match() =>
        AnalyzerVerifier.Verify(
            HouseRuleFactory.Create(Percent),
            "Prices rose {|#0:12 per cent|} and wages {|#1:3 per cent|}.",
            new VerifierOptions(),
            Expect("HOUSE0022").At(0).WithMessage("Use '12 percent' instead of '12 per cent'").WithFix("12 percent", safe: false),
            Expect("HOUSE0022").At(1).WithFix("3 percent", safe: false));

    [Theory]
    [InlineData("Prices rose 12 per cent, 40 dollars per annum.", "Prices rose 12 percent, $40 a year.")]
    [InlineData("Up 7 PER CENT.", "Up 7 percent.")]
    public void A_pattern_replacement_writes_numbered_and_named_groups_and_a_doubled_dollar_as_a_dollar(string text, string fixedText) =>
        Fixed(Percent, text, unsafeFixes: true).ShouldBe(fixedText);

    private const string Burma = """
        { "id": "HOUSE0023", "name": "Myanmar", "kind": "substitution", "swap": { "Burma": "Myanmar (Burma)" } }
        """;

    [Fact]
    public void A_term_inside_its_own_preferred_term_already_written_is_not_flagged() =>
        AnalyzerVerifier.Verify(
            HouseRuleFactory.Create(Burma),
            "Myanmar (Burma) voted. MYANMAR\n(burma) too. In {|HOUSE0023:Burma|} and {|HOUSE0023:Burma|} ({|HOUSE0023:Burma|}) and Myanmar {|HOUSE0023:Burma|}.",
            new VerifierOptions());

    [Fact]
    public void A_preferred_term_that_contains_its_term_is_written_once_and_a_second_fix_changes_nothing()
    {
        string once = Fixed(Burma, "Elections in Burma were held.");

        once.ShouldBe("Elections in Myanmar (Burma) were held.");
        Fixed(Burma, once).ShouldBe(once);
    }

    [Fact]
    public void A_pattern_match_inside_its_own_replacement_already_written_is_not_flagged() =>
        AnalyzerVerifier.Verify(
            HouseRuleFactory.Create("""{ "id": "HOUSE0024", "name": "P", "kind": "substitution", "pattern": true, "swap": { "Bur+ma": "Myanmar (Burma)" } }"""),
            "Myanmar (Burma) voted. In {|HOUSE0024:Burrma|} and {|HOUSE0024:Burma|}.",
            new VerifierOptions());
}
