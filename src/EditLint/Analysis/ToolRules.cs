namespace EditLint.Analysis;

/// <summary>The tool's own problems (EL0xxx): they are notifications about the run, never findings in prose.</summary>
public static class ToolRules
{
    public static readonly RuleDescriptor ConfigurationError = Tool("EL0001", "ConfigurationError", "The configuration file has an error", Severity.Error, "editlint.json could not be read: bad JSON, an unknown key or rule id, or a value of the wrong type.");
    public static readonly RuleDescriptor BinaryFile = Tool("EL0002", "BinaryFile", "A binary file was skipped", Severity.Warning, "The file holds NUL bytes, so it is not text; it was not linted.");
    public static readonly RuleDescriptor InvalidUtf8 = Tool("EL0003", "InvalidUtf8", "The file has bytes that are not valid UTF-8 or UTF-16", Severity.Warning, "Invalid bytes, or unpaired UTF-16 surrogates, were decoded as U+FFFD so the rest of the file could be linted.");
    public static readonly RuleDescriptor FileTooLarge = Tool("EL0004", "FileTooLarge", "A file over the size limit was skipped", Severity.Warning, "The file is larger than maxFileSize in editlint.json; it was not linted.");
    public static readonly RuleDescriptor UnreadableFile = Tool("EL0005", "UnreadableFile", "A file could not be read", Severity.Error, "The path does not exist or could not be read.");
    public static readonly RuleDescriptor UnknownDirective = Tool("EL0006", "UnknownDirective", "An inline directive is not understood", Severity.Warning, "An editlint comment names an unknown rule or an unknown verb.");
    public static readonly RuleDescriptor BadFrontMatter = Tool("EL0007", "BadFrontMatter", "The front matter date is not a date", Severity.Warning, "The document's front matter has a date that is not of the form YYYY-MM-DD.");
    public static readonly RuleDescriptor NameListError = Tool("EL0008", "NameListError", "A name list has an error", Severity.Error, "A name list could not be read or has an invalid entry.");
    public static readonly RuleDescriptor AnalyzerFailure = Tool("EL0009", "AnalyzerFailure", "A rule failed on a file", Severity.Error, "A rule threw an unexpected error on this file, or reported a finding that cannot be shown (a rule it does not declare, a span, fix or related location outside the text); the message names the rule. The other rules and files were still checked.");
    public static readonly RuleDescriptor OutputError = Tool("EL0010", "OutputError", "The output could not be written", Severity.Error, "The report could not be written to the requested path.");
    public static readonly RuleDescriptor HouseRuleError = Tool("EL0011", "HouseRuleError", "A house rule file has an error", Severity.Error, "A declarative house rule file could not be read, is not valid JSON, or has an invalid rule (unknown kind, empty term, duplicate or reserved id); the other rules still run.");
    public static readonly RuleDescriptor MarkdownReadAsText = Tool("EL0012", "MarkdownReadAsText", "A Markdown file was read as plain text", Severity.Warning, "Markdig could not parse the file (for example, it is nested thousands of levels deep), so it was linted as plain text.");

    public static readonly RuleDescriptor NoFilesFound = Tool("EL0013", "NoFilesFound", "A path gave no file to lint", Severity.Warning, "A folder named on the command line (or, with no path, the configuration's folder) holds no file that include matches and exclude does not, so nothing was checked there; the run exits with code 2, so a CI step cannot pass without linting anything.");
    public static readonly RuleDescriptor TooManyFindings = Tool("EL0014", "TooManyFindings", "A file had more findings than the limit", Severity.Warning, "The file had more findings than maxFindingsPerFile (1,000 unless configured); the most severe were kept, then the first in the file, and the rest were left out of every output format.");
    public static readonly RuleDescriptor SarifResultsLeftOut = Tool("EL0015", "SarifResultsLeftOut", "SARIF results were left out to stay within GitHub's limits", Severity.Warning, "The run had more results than --sarif-max-results (25,000, GitHub's limit per run unless set), or its log would have been larger than GitHub's 10 MB gzip limit; the most severe results were kept, then the first in file order.");

    public static IReadOnlyList<RuleDescriptor> All { get; } =
        [ConfigurationError, BinaryFile, InvalidUtf8, FileTooLarge, UnreadableFile, UnknownDirective, BadFrontMatter, NameListError, AnalyzerFailure, OutputError, HouseRuleError, MarkdownReadAsText, NoFilesFound, TooManyFindings, SarifResultsLeftOut];

    /// <summary>
    /// Whether a notification means the run did not do its job (exit code 2, SARIF <c>executionSuccessful: false</c>):
    /// every error, and a path that gave no file to lint, a warning that must still fail a CI step.
    /// </summary>
    public static bool FailsRun(ToolNotification notification) => notification.Severity == Severity.Error || notification.Id == NoFilesFound.Id;

    private static RuleDescriptor Tool(string id, string name, string title, Severity severity, string description) =>
        new(id, name, title, "{0}", RuleCategory.Tool, severity, description, ["tool"]);
}
