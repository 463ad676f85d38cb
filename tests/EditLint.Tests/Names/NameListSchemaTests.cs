using System.Text.Json;
using Json.Schema;

namespace EditLint.Tests.Names;

/// <summary>The shipped name lists follow the shipped schema.</summary>
public class NameListSchemaTests
{
    // A schema with an $id is registered globally once; both cases share it.
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromText(File.ReadAllText(Path.Combine(Root(), "rules", "names", "names.schema.json"))));

    private static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "EditLint.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("EditLint.sln not found above the test output.");
    }

    [Theory]
    [InlineData("rules/names/default.json")]
    [InlineData("tests/EditLint.Tests/Labelled/names/names.json")]
    public void List_matches_the_schema(string relative)
    {
        var root = Root();
        var schema = Schema.Value;
        using var list = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, relative)));
        var result = schema.Evaluate(list.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        result.IsValid.ShouldBeTrue(JsonSerializer.Serialize(result));
    }

    [Theory]
    [InlineData("2017", true)]
    [InlineData("2017-12", true)]
    [InlineData("2016-02-29", true)]
    [InlineData("2017-07-31", true)]
    [InlineData("0000", false)]
    [InlineData("2009-13-01", false)]
    [InlineData("2013-00", false)]
    [InlineData("2009-99", false)]
    [InlineData("2017-02-30", false)]
    [InlineData("2017-04-31", false)]
    [InlineData("2017-01-99", false)]
    [InlineData("2017-1", false)]
    public void The_schema_takes_only_real_dates(string date, bool valid)
    {
        using var list = JsonDocument.Parse("{ \"people\": [ { \"name\": \"A B\", \"roles\": [ { \"title\": \"X\", \"from\": \"" + date + "\" } ] } ] }");
        Schema.Value.Evaluate(list.RootElement).IsValid.ShouldBe(valid);
    }
}
