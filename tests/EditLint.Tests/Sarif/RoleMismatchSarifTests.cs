using System.Text.Json.Nodes;
using EditLint.Cli.Commands;
using EditLint.Tests.Cli;

namespace EditLint.Tests.Sarif;

/// <summary>EL1003's related location is the role in the name list file: a location in another artifact.</summary>
public sealed class RoleMismatchSarifTests : IDisposable
{
    private readonly CheckRunner runner = new();

    public void Dispose() => runner.Dispose();

    [Fact]
    public void The_related_location_points_at_the_role_in_the_name_list()
    {
        runner.Write("names.json", """
            {
              "people": [
                { "name": "Sergei Lavrov", "aliases": ["Lavrov"],
                  "roles": [{ "title": "Minister of Foreign Affairs", "organisation": "Russian Federation", "from": "2004-03-09" }] }
              ]
            }
            """);
        runner.Write("articles/talks.md", "# Talks\n\nPresident Sergei Lavrov spoke.\n");
        var result = runner.Run(
            new CheckOptions { Paths = [runner.PathOf("articles")], NameLists = [runner.PathOf("names.json")], Format = "sarif" },
            CheckRunner.BuiltIn);
        SarifSchema.ShouldBeValid(result.Output, "cli-role-mismatch");
        var results = JsonNode.Parse(result.Output)!["runs"]![0]!["results"]!.AsArray();
        var finding = results.Single(r => (string?)r!["ruleId"] == "EL1003")!;
        ((string?)finding["message"]!["text"]).ShouldBe("'President' does not match the name list for Sergei Lavrov: the list gives Minister of Foreign Affairs (Russian Federation) since 9 March 2004.");
        var related = finding["relatedLocations"]!.AsArray().Single()!;
        // Relative to the working directory, like the checked files.
        ((string?)related["physicalLocation"]!["artifactLocation"]!["uri"]).ShouldBe("names.json");
        ((string?)related["physicalLocation"]!["artifactLocation"]!["uriBaseId"]).ShouldBe("%SRCROOT%");
        ((int)related["physicalLocation"]!["region"]!["startLine"]!).ShouldBe(4);
        ((int)related["physicalLocation"]!["region"]!["startColumn"]!).ShouldBe(17);
        ((string?)related["message"]!["text"]).ShouldBe("The name list's role 'Minister of Foreign Affairs' for Sergei Lavrov.");
    }

    [Fact]
    public void A_name_list_outside_the_working_directory_gives_no_related_location()
    {
        var outside = NameTestListsOutside();
        runner.Write("articles/talks.md", "# Talks\n\nPresident Sergei Lavrov spoke.\n");
        var result = runner.Run(
            new CheckOptions { Paths = [runner.PathOf("articles")], NameLists = [outside], Format = "sarif" },
            CheckRunner.BuiltIn);
        SarifSchema.ShouldBeValid(result.Output, "cli-role-mismatch-outside");
        var finding = JsonNode.Parse(result.Output)!["runs"]![0]!["results"]!.AsArray().Single(r => (string?)r!["ruleId"] == "EL1003")!;
        finding["relatedLocations"].ShouldBeNull("GitHub rejects absolute file URIs, and a path outside the root has no relative form");
    }

    private static string NameTestListsOutside() => EditLint.Tests.Rules.NameTestLists.Write("lavrov-outside", """
        { "people": [{ "name": "Sergei Lavrov", "aliases": ["Lavrov"], "roles": [{ "title": "Minister of Foreign Affairs", "organisation": "Russian Federation", "from": "2004-03-09" }] }] }
        """);
}
