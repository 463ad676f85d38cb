using System.Text.Json;
using Json.Schema;

namespace EditLint.Tests.HouseRules;

public class HouseRuleSchemaTests
{
    private static readonly JsonSchema Schema = JsonSchema.FromText(File.ReadAllText(RepositoryPaths.Combine("schemas", "house-rules.schema.json")));

    private static EvaluationResults Evaluate(string json) =>
        Schema.Evaluate(JsonDocument.Parse(json).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

    public static TheoryData<string> ExamplePackFiles() =>
        [.. Directory.GetFiles(RepositoryPaths.Combine("rules", "house-example"), "*.json").Select(Path.GetFileName).OfType<string>()];

    [Theory]
    [MemberData(nameof(ExamplePackFiles))]
    public void The_example_pack_follows_the_schema(string file)
    {
        var results = Evaluate(File.ReadAllText(RepositoryPaths.Combine("rules", "house-example", file)));
        results.IsValid.ShouldBeTrue(string.Join("\n", results.Details?.Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")) ?? []));
    }

    [Theory]
    [InlineData("""{ "id": "EL0001", "name": "X", "kind": "existence", "terms": ["a"] }""")]
    [InlineData("""{ "id": "HOUSE0001", "name": "X", "kind": "spelling", "terms": ["a"] }""")]
    [InlineData("""{ "id": "HOUSE0001", "name": "X", "kind": "substitution", "terms": ["a"] }""")]
    [InlineData("""{ "id": "HOUSE0001", "name": "X", "kind": "existence", "terms": [" "] }""")]
    public void The_schema_refuses_what_the_loader_refuses(string json) =>
        Evaluate(json).IsValid.ShouldBeFalse();
}
