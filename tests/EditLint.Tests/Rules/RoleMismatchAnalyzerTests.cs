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
            { "name": "Dean Rusk", "aliases": ["Rusk"], "roles": [{ "title": "Secretary of State", "organisation": "United States", "from": "1961-01-21", "to": "1969-01-20", "aliases": ["America's top diplomat"] }] }
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
}
