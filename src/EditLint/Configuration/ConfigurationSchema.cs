namespace EditLint.Configuration;

/// <summary>The JSON schema of <c>editlint.json</c>, shipped inside the tool (schemas/editlint.schema.json).</summary>
public static class ConfigurationSchema
{
    /// <summary>The file name <c>editlint init</c> writes the schema under, beside <c>editlint.json</c>.</summary>
    public const string FileName = "editlint.schema.json";

    /// <summary>The schema's text, as shipped.</summary>
    public static string Text { get; } = Read();

    private static string Read()
    {
        using var stream = typeof(ConfigurationSchema).Assembly.GetManifestResourceStream(FileName)
            ?? throw new InvalidOperationException($"The embedded resource {FileName} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().ReplaceLineEndings("\n");
    }
}
