using EditLint.Analysis;

namespace EditLint.Configuration;

/// <summary>One rule's entry in <c>editlint.json</c>: an optional severity and free-form settings.</summary>
public sealed record RuleConfiguration(Severity? Severity, RuleSettings Settings);
