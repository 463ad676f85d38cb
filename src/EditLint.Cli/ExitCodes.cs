namespace EditLint.Cli;

/// <summary>The command's exit codes, applied explicitly (the CLI library's own defaults are not used).</summary>
public static class ExitCodes
{
    /// <summary>Nothing at or above the fail level.</summary>
    public const int Clean = 0;

    /// <summary>Findings at or above the fail level.</summary>
    public const int Findings = 1;

    /// <summary>The run itself could not work: bad arguments, bad configuration, unreadable input, an internal error.</summary>
    public const int Failure = 2;
}
