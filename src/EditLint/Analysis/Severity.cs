namespace EditLint.Analysis;

/// <summary>How serious a finding is. <see cref="None"/> turns a rule off.</summary>
public enum Severity
{
    None = 0,
    Note = 1,
    Warning = 2,
    Error = 3,
}

/// <summary>The words for a severity that the configuration, the terminal and SARIF share.</summary>
public static class SeverityNames
{
    /// <summary>"error", "warning", "note" or "none": a constant, where <c>ToString().ToLowerInvariant()</c> allocates for every finding.</summary>
    public static string Name(this Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Note => "note",
        _ => "none",
    };
}
