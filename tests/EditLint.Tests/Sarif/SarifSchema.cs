using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace EditLint.Tests.Sarif;

/// <summary>
/// Validates SARIF logs against the official 2.1.0 schema (OASIS Errata 01, embedded; see README.md beside this file).
/// Errors are collected from the hierarchical output along fully failing paths only, so the failing branches of an
/// <c>anyOf</c> that passed are not reported.
/// </summary>
public static class SarifSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(Load);

    public static IReadOnlyList<string> Validate(string sarif)
    {
        using var document = JsonDocument.Parse(sarif);
        var result = Schema.Value.Evaluate(document.RootElement, new EvaluationOptions
        {
            OutputFormat = OutputFormat.Hierarchical,
            RequireFormatValidation = true,
        });
        var errors = new List<string>();
        Walk(result, errors);
        return errors;
    }

    /// <summary>Fails the test with every schema error, and keeps a copy for the external validator when asked to.</summary>
    public static void ShouldBeValid(string sarif, string name)
    {
        var errors = Validate(sarif);
        errors.ShouldBeEmpty($"SARIF '{name}' is not valid against the SARIF 2.1.0 schema:{Environment.NewLine}{string.Join(Environment.NewLine, errors)}");
        SarifOutputs.Keep(sarif, name);
    }

    private static void Walk(EvaluationResults results, List<string> errors)
    {
        if (results.IsValid)
        {
            return;
        }

        foreach (var (keyword, message) in results.Errors ?? new Dictionary<string, string>())
        {
            errors.Add($"{results.InstanceLocation} [{keyword}] {message}");
        }

        foreach (var child in results.Details ?? [])
        {
            Walk(child, errors);
        }
    }

    private static JsonSchema Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("sarif-schema-2.1.0.json")
            ?? throw new InvalidOperationException("The SARIF schema is not embedded in the test assembly.");
        var node = JsonNode.Parse(stream)!.AsObject();
        node["$schema"] = "http://json-schema.org/draft-07/schema#";
        return JsonSchema.FromText(node.ToJsonString());
    }
}
