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
}
