using EditLint.Tests.Verifiers;
using static EditLint.Tests.Verifiers.ExpectedDiagnostic;

namespace EditLint.Tests.HouseRules;

/// <summary>
/// Addresses are not prose: a house rule read the words of URLs in plain text, and of e-mail addresses and web
/// addresses without a scheme everywhere, and --fix rewrote them ("https://example.com/Kyiv/email",
/// "press@email.example.com").
/// </summary>
public class AddressTests
{
    private static readonly Func<EditLint.Analysis.Analyzer> Create = HouseRuleFactory.Create("""
        { "id": "HOUSE0040", "name": "Kyiv", "kind": "substitution", "swap": { "Kiev": "Kyiv", "e-mail": "email" } }
        """);

    [Theory]
    [InlineData("test.txt")]
    [InlineData("test.md")]
    public void Urls_and_email_and_web_addresses_are_left_alone_and_the_prose_around_them_is_read(string path) =>
        AnalyzerVerifier.Verify(
            Create,
            "See https://example.com/Kiev/e-mail, www.example.com/Kiev or example.com/Kiev/e-mail, write to press@e-mail.example.com (or Kiev.desk@example.org) about {|#0:Kiev|}.",
            new VerifierOptions { Path = path },
            Expect("HOUSE0040").At(0).WithFix("Kyiv"));

    [Theory]
    [InlineData("test.txt")]
    [InlineData("test.md")]
    public void Words_that_only_look_like_addresses_are_still_prose(string path) =>
        AnalyzerVerifier.Verify(
            Create,
            "In the U.S./{|#0:Kiev|} talks, and/or by {|#1:e-mail|}, the 1.5/2 share held; Node.js/{|#2:Kiev|} and ASP.NET/{|#3:Kiev|} too.",
            new VerifierOptions { Path = path },
            Expect("HOUSE0040").At(0).WithFix("Kyiv"),
            Expect("HOUSE0040").At(1).WithFix("email"),
            Expect("HOUSE0040").At(2).WithFix("Kyiv"),
            Expect("HOUSE0040").At(3).WithFix("Kyiv"));
}
