namespace EditLint.Analysis;

/// <summary>How serious a finding is. <see cref="None"/> turns a rule off.</summary>
public enum Severity
{
    None = 0,
    Note = 1,
    Warning = 2,
    Error = 3,
}
