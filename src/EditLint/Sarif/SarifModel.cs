using System.Text.Json.Serialization;

namespace EditLint.Sarif;

// The subset of SARIF 2.1.0 that EditLint writes, one record per SARIF object, properties in the order
// the specification lists them. Null members are left out of the JSON; empty arrays are written, because
// an empty "results" or "suppressions" array means something different from a missing one (SARIF §3.14.23, §3.27.23).

public sealed record SarifLog(
    [property: JsonPropertyName("$schema")] string Schema,
    string Version,
    IReadOnlyList<SarifRun> Runs);

public sealed record SarifRun
{
    public required SarifTool Tool { get; init; }

    public IReadOnlyList<SarifInvocation>? Invocations { get; init; }

    public IReadOnlyDictionary<string, SarifArtifactLocation>? OriginalUriBaseIds { get; init; }

    public IReadOnlyList<SarifArtifact>? Artifacts { get; init; }

    public SarifRunAutomationDetails? AutomationDetails { get; init; }

    public required IReadOnlyList<SarifResult> Results { get; init; }

    public string? ColumnKind { get; init; }
}

public sealed record SarifTool(SarifToolComponent Driver);

public sealed record SarifToolComponent
{
    public required string Name { get; init; }

    public string? Version { get; init; }

    public string? SemanticVersion { get; init; }

    public string? InformationUri { get; init; }

    public IReadOnlyList<SarifReportingDescriptor>? Rules { get; init; }

    public IReadOnlyList<SarifReportingDescriptor>? Notifications { get; init; }
}

public sealed record SarifReportingDescriptor
{
    public required string Id { get; init; }

    public string? Name { get; init; }

    public SarifMessage? ShortDescription { get; init; }

    public SarifMessage? FullDescription { get; init; }

    public SarifReportingConfiguration? DefaultConfiguration { get; init; }

    public string? HelpUri { get; init; }

    public SarifMessage? Help { get; init; }

    public SarifRuleProperties? Properties { get; init; }
}

public sealed record SarifReportingConfiguration
{
    public bool? Enabled { get; init; }

    public string? Level { get; init; }
}

/// <summary>The property bag GitHub reads on a rule: tags to filter by, precision and problem severity to rank by.</summary>
public sealed record SarifRuleProperties
{
    public IReadOnlyList<string>? Tags { get; init; }

    public string? Category { get; init; }

    public string? Precision { get; init; }

    [JsonPropertyName("problem.severity")]
    public string? ProblemSeverity { get; init; }
}

/// <summary>A SARIF message or multiformat message string: plain text, optionally Markdown.</summary>
public sealed record SarifMessage(string Text)
{
    public string? Markdown { get; init; }
}

public sealed record SarifInvocation
{
    public required bool ExecutionSuccessful { get; init; }

    public IReadOnlyList<SarifNotification>? ToolExecutionNotifications { get; init; }

    public IReadOnlyList<SarifConfigurationOverride>? RuleConfigurationOverrides { get; init; }
}

public sealed record SarifNotification
{
    public IReadOnlyList<SarifLocation>? Locations { get; init; }

    public required SarifMessage Message { get; init; }

    public required string Level { get; init; }

    public SarifDescriptorReference? Descriptor { get; init; }
}

public sealed record SarifConfigurationOverride(SarifReportingConfiguration Configuration, SarifDescriptorReference Descriptor);

public sealed record SarifDescriptorReference(string Id, int? Index);

public sealed record SarifArtifactLocation
{
    public string? Uri { get; init; }

    public string? UriBaseId { get; init; }

    public int? Index { get; init; }

    public SarifMessage? Description { get; init; }
}

public sealed record SarifArtifact
{
    public required SarifArtifactLocation Location { get; init; }

    public long? Length { get; init; }

    public string? MimeType { get; init; }

    public string? Encoding { get; init; }

    public string? SourceLanguage { get; init; }

    public IReadOnlyDictionary<string, string>? Hashes { get; init; }
}

public sealed record SarifRunAutomationDetails(string Id);

public sealed record SarifResult
{
    public required string RuleId { get; init; }

    public int? RuleIndex { get; init; }

    public required string Level { get; init; }

    public required SarifMessage Message { get; init; }

    public required IReadOnlyList<SarifLocation> Locations { get; init; }

    public IReadOnlyDictionary<string, string>? PartialFingerprints { get; init; }

    public IReadOnlyList<SarifLocation>? RelatedLocations { get; init; }

    public IReadOnlyList<SarifSuppression>? Suppressions { get; init; }

    public IReadOnlyList<SarifFix>? Fixes { get; init; }
}

public sealed record SarifLocation
{
    public int? Id { get; init; }

    public SarifPhysicalLocation? PhysicalLocation { get; init; }

    public SarifMessage? Message { get; init; }
}

public sealed record SarifPhysicalLocation(SarifArtifactLocation ArtifactLocation)
{
    public SarifRegion? Region { get; init; }
}

/// <summary>
/// A region with both line/column (1-based, end exclusive, UTF-16 code units) and offset/length: GitHub and
/// VS Code read the first, Visual Studio needs the second to offer a fix.
/// </summary>
public sealed record SarifRegion
{
    public int? StartLine { get; init; }

    public int? StartColumn { get; init; }

    public int? EndLine { get; init; }

    public int? EndColumn { get; init; }

    public int? CharOffset { get; init; }

    public int? CharLength { get; init; }

    public SarifArtifactContent? Snippet { get; init; }
}

public sealed record SarifArtifactContent(string Text);

public sealed record SarifSuppression(string Kind)
{
    public string? Status { get; init; }

    public SarifLocation? Location { get; init; }

    public string? Justification { get; init; }
}

public sealed record SarifFix(SarifMessage Description, IReadOnlyList<SarifArtifactChange> ArtifactChanges)
{
    public SarifFixProperties? Properties { get; init; }
}

/// <summary>Whether <c>editlint check --fix</c> applies the fix by itself (a viewer offers every fix to a person).</summary>
/// <summary>Whether <c>--fix</c> applies the fix unattended, and if not, why a person should look.</summary>
public sealed record SarifFixProperties(bool Safe, string? ReviewReason);

public sealed record SarifArtifactChange(SarifArtifactLocation ArtifactLocation, IReadOnlyList<SarifReplacement> Replacements);

public sealed record SarifReplacement(SarifRegion DeletedRegion, SarifArtifactContent InsertedContent);
