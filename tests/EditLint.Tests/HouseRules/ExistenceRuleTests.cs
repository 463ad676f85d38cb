using EditLint.Tests.Verifiers;
using static EditLint.Tests.Verifiers.ExpectedDiagnostic;

namespace EditLint.Tests.HouseRules;

public class ExistenceRuleTests
{
    private const string Rule = """
        {
          "id": "HOUSE0010", "name": "UniqueIsAbsolute", "kind": "existence",
          "message": "'{match}': unique takes no qualifier",
          "terms": ["very unique", "most unique", "irregardless"],
          "exceptions": ["most unique feature list"]
        }
        """;

    private static readonly Func<EditLint.Analysis.Analyzer> Create = HouseRuleFactory.Create(Rule);

    [Fact]
    public void Flags_each_listed_term_on_its_own_words() =>
        AnalyzerVerifier.Verify(Create, "It was a {|HOUSE0010:very unique|} day and, {|HOUSE0010:irregardless|}, a {|HOUSE0010:Most  Unique|} one.", new VerifierOptions());

    [Fact]
    public void Passes_text_without_the_terms_and_parts_of_words() =>
        AnalyzerVerifier.Verify(Create, "It was a unique day. The veryunique tag and unique-ness stay.", new VerifierOptions());

    [Fact]
    public void The_message_carries_the_matched_text() =>
        AnalyzerVerifier.Verify(Create, "A {|#0:Very unique|} day.", new VerifierOptions(), Expect("HOUSE0010").At(0).WithMessage("'Very unique': unique takes no qualifier"));

    [Fact]
    public void Quoted_speech_and_block_quotes_are_skipped_by_default() =>
        AnalyzerVerifier.Verify(Create, "He said: “a very unique day”.\n\n> A very unique quote.\n\nThen {|HOUSE0010:irregardless|}.\n", new VerifierOptions());

    [Fact]
    public void Quoted_speech_is_checked_when_the_rule_includes_it() =>
        AnalyzerVerifier.Verify(
            HouseRuleFactory.Create("""{ "id": "HOUSE0011", "name": "Q", "kind": "existence", "quotations": "include", "terms": ["very unique"] }"""),
            "He said: “a {|HOUSE0011:very unique|} day”.",
            new VerifierOptions());

    [Fact]
    public void An_exception_around_a_match_passes_it() =>
        AnalyzerVerifier.Verify(Create, "See the most unique feature list. The {|HOUSE0010:most unique|} one.", new VerifierOptions());

    [Fact]
    public void Code_is_not_prose() =>
        AnalyzerVerifier.Verify(Create, "Run `very unique` now.\n\n```\nvery unique\n```\n", new VerifierOptions());

    [Fact]
    public void A_heading_scoped_rule_looks_at_headings_only() =>
        AnalyzerVerifier.Verify(
            HouseRuleFactory.Create("""{ "id": "HOUSE0012", "name": "H", "kind": "existence", "scope": "heading", "terms": ["breaking"] }"""),
            "# {|HOUSE0012:Breaking|}: talks end\n\nBreaking news is not a heading here.\n",
            new VerifierOptions());

    [Fact]
    public void A_case_sensitive_rule_flags_only_the_listed_case() =>
        AnalyzerVerifier.Verify(
            HouseRuleFactory.Create("""{ "id": "HOUSE0013", "name": "C", "kind": "existence", "caseSensitive": true, "terms": ["US"] }"""),
            "The {|HOUSE0013:US|} said us and Us.",
            new VerifierOptions());

    [Fact]
    public void A_pattern_rule_runs_without_backtracking() =>
        AnalyzerVerifier.Verify(
            HouseRuleFactory.Create("""{ "id": "HOUSE0014", "name": "P", "kind": "existence", "pattern": true, "terms": ["[0-9]+ ?per cent"] }"""),
            "Up {|HOUSE0014:5 per cent|} and {|HOUSE0014:7per cent|}, not 5 percent.",
            new VerifierOptions());

    [Fact]
    public void Whole_words_off_matches_inside_words() =>
        AnalyzerVerifier.Verify(
            HouseRuleFactory.Create("""{ "id": "HOUSE0015", "name": "W", "kind": "existence", "wholeWords": false, "terms": ["e-mail"] }"""),
            "She {|HOUSE0015:e-mail|}ed the {|HOUSE0015:E-mail|}s.",
            new VerifierOptions());

    [Fact]
    public void Per_rule_the_longest_term_at_a_start_wins_and_rules_of_a_pack_do_not_hide_each_other() =>
        AnalyzerVerifier.Verify(
            HouseRuleFactory.Create("""
                { "rules": [
                  { "id": "HOUSE0016", "name": "A", "kind": "existence", "terms": ["very", "very unique thing"] },
                  { "id": "HOUSE0017", "name": "B", "kind": "existence", "terms": ["very unique"] }
                ] }
                """),
            "A {|HOUSE0016:{|HOUSE0017:very unique|} thing|}, and {|HOUSE0016:very|} good.",
            new VerifierOptions());
}
