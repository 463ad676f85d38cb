using System.Globalization;
using System.Reflection;
using EditLint.Analysis;
using EditLint.Documents;
using EditLint.Text;

namespace EditLint.Sarif;

/// <summary>
/// Turns the outcome of one run into a SARIF 2.1.0 log of one run, shaped for GitHub code scanning and for editors'
/// SARIF viewers: every rule in <c>tool.driver.rules</c> (sorted by id), results with repository-relative URIs under
/// <c>%SRCROOT%</c>, full regions, fingerprints, related locations, fixes and suppressions, the tool's own problems as
/// <c>toolExecutionNotifications</c>. Nothing in it depends on the clock or the machine unless
/// <see cref="SarifLogOptions.RootUri"/> asks for a local path.
/// </summary>
public static class SarifLogBuilder
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";
    public const string ToolName = "EditLint";
    public const string InformationUri = "https://github.com/editlint/editlint";
    public const string SourceRootId = "%SRCROOT%";

    /// <summary>The tool's version without build metadata, e.g. "0.1.0".</summary>
    public static string ToolVersion { get; } = ReadVersion();

    public static SarifLog Build(
        IReadOnlyList<RuleDescriptor> rules,
        IReadOnlyList<FileResult> files,
        IReadOnlyList<ToolNotification> runNotifications,
        SarifLogOptions? options = null)
    {
        options ??= new SarifLogOptions();
        var sortedRules = rules.OrderBy(r => r.Id, StringComparer.Ordinal).ToArray();
        var ruleIndex = sortedRules.Select((r, i) => (r.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var toolRuleIndex = ToolRules.All.Select((r, i) => (r.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var artifactIndex = files.Select((f, i) => (f.Path, i)).ToDictionary(x => x.Path, x => x.i, StringComparer.Ordinal);

        var results = new List<SarifResult>();
        var resultPaths = new List<string>();
        var changedFiles = new List<ToolNotification>();
        foreach (var file in files)
        {
            if (file.Source is null || file.Diagnostics.Count == 0)
            {
                continue;
            }

            // Snippets and fingerprints need the text that was checked; a file changed since is left out, not misplaced.
            if (file.Source.Load() is not { } source)
            {
                changedFiles.Add(new ToolNotification(
                    ToolRules.UnreadableFile.Id,
                    Severity.Error,
                    $"'{file.Path}' changed or could not be read again after it was checked, so this log leaves out its {EnglishCount.Of(file.Diagnostics.Count, "finding")}. Check it again.",
                    file.Path));
                continue;
            }

            var context = new FileContext(file, source, artifactIndex[file.Path]);
            foreach (var diagnostic in file.Diagnostics)
            {
                if (diagnostic.IsSuppressed && options.WithoutSuppressed)
                {
                    continue;
                }

                results.Add(Result(diagnostic, context, ruleIndex, options.PathBase));
                resultPaths.Add(file.Path);
            }
        }

        var limited = SarifResultLimit.Apply(results, resultPaths, options.MaxResults, options.MaxResultsReason);
        var allNotifications = runNotifications.Concat(files.SelectMany(f => f.Notifications)).Concat(changedFiles)
            .Concat(limited is null ? [] : [limited]).ToArray();
        var notifications = allNotifications
            .Select(n => Notification(n, toolRuleIndex, artifactIndex))
            .ToArray();

        var run = new SarifRun
        {
            Tool = new SarifTool(new SarifToolComponent
            {
                Name = ToolName,
                Version = ToolVersion,
                SemanticVersion = ToolVersion,
                InformationUri = InformationUri,
                Rules = [.. sortedRules.Select(Descriptor)],
                Notifications = [.. ToolRules.All.Select(Descriptor)],
            }),
            Invocations =
            [
                new SarifInvocation
                {
                    ExecutionSuccessful = !allNotifications.Any(ToolRules.FailsRun),
                    ToolExecutionNotifications = notifications,
                    RuleConfigurationOverrides = Overrides(sortedRules, options.SeverityOverrides),
                },
            ],
            OriginalUriBaseIds = new Dictionary<string, SarifArtifactLocation>(StringComparer.Ordinal)
            {
                [SourceRootId] = new SarifArtifactLocation
                {
                    Uri = options.RootUri?.AbsoluteUri,
                    Description = new SarifMessage("The folder the run started in, which the paths are relative to: the repository root in CI."),
                },
            },
            Artifacts = [.. files.Select(Artifact)],
            AutomationDetails = options.Category is { Length: > 0 } category ? new SarifRunAutomationDetails(AutomationId(category)) : null,
            Results = results,
            ColumnKind = "utf16CodeUnits",
        };

        return new SarifLog(SchemaUri, "2.1.0", [run]);
    }

    /// <summary>A path relative to the root ('/'-separated) as a relative URI reference: each segment percent-encoded.</summary>
    public static string ToUri(string path) =>
        string.Join('/', path.Replace('\\', '/').Split('/').Select(Uri.EscapeDataString));

    /// <summary>
    /// A file other than the checked ones (a name list), relative to <see cref="SarifLogOptions.PathBase"/> like the
    /// checked files; null when it lies outside it, since neither a path starting with a slash under <c>%SRCROOT%</c>
    /// (SARIF1004) nor an absolute <c>file:</c> URI (GitHub's GH1006) is accepted.
    /// </summary>
    private static SarifArtifactLocation? OtherFile(string path, string? pathBase)
    {
        if (Path.IsPathRooted(path))
        {
            if (pathBase is null)
            {
                return null;
            }

            path = Path.GetRelativePath(pathBase, path);
            if (Path.IsPathRooted(path) || path == ".." || path.StartsWith("../", StringComparison.Ordinal) || path.StartsWith("..\\", StringComparison.Ordinal))
            {
                return null;
            }
        }

        return new SarifArtifactLocation { Uri = ToUri(path), UriBaseId = SourceRootId };
    }

    /// <summary>
    /// GitHub reads the category as everything before the last '/' of the automation id; "docs" becomes "docs/".
    /// </summary>
    public static string AutomationId(string category) => category.EndsWith('/') ? category : category + "/";

    /// <summary>
    /// A complete sentence for <c>message.text</c>: SARIF viewers and GitHub show it as the alert title, and the
    /// SARIF guidance (rule SARIF2001) asks for a final period. A first lower-case letter is capitalised (a related
    /// location's "the majority spelling" reads as a label in the console, as a sentence in a viewer).
    /// </summary>
    public static string Sentence(string text)
    {
        text = text.Trim();
        if (text.Length == 0)
        {
            return text;
        }

        if (char.IsLower(text[0]))
        {
            text = char.ToUpperInvariant(text[0]) + text[1..];
        }

        return text[^1] is '.' or '!' or '?' ? text : text + ".";
    }

    private static SarifResult Result(Diagnostic diagnostic, FileContext file, Dictionary<string, int> ruleIndex, string? pathBase)
    {
        var related = diagnostic.AdditionalSpans
            .Select((r, i) => new SarifLocation
            {
                Id = i + 1,
                PhysicalLocation = new SarifPhysicalLocation(file.Location) { Region = file.Region(r.Span) },
                Message = new SarifMessage(Sentence(r.Message)),
            })
            .Concat(diagnostic.RelatedFiles
                .Select(r => (Related: r, Location: OtherFile(r.Path, pathBase)))
                .Where(r => r.Location is not null)
                .Select((r, i) => new SarifLocation
                {
                    Id = diagnostic.AdditionalSpans.Length + i + 1,
                    PhysicalLocation = new SarifPhysicalLocation(r.Location!)
                    {
                        Region = new SarifRegion { StartLine = r.Related.Line, StartColumn = r.Related.Column },
                    },
                    Message = new SarifMessage(Sentence(r.Related.Message)),
                }))
            .ToArray();

        // The engine keeps no fix outside the text: it reports one as EL0009 instead.
        SarifFix[]? fixes = diagnostic.Fix is { } fix
            ?
            [
                new SarifFix(
                    new SarifMessage(Sentence(fix.Description)),
                    [new SarifArtifactChange(file.Location, [new SarifReplacement(file.Region(fix.Span, snippet: false), new SarifArtifactContent(fix.Replacement))])])
                {
                    Properties = new SarifFixProperties(fix.IsSafe, fix.ReviewReason),
                },
            ]
            : null;

        return new SarifResult
        {
            RuleId = diagnostic.Id,
            RuleIndex = ruleIndex.TryGetValue(diagnostic.Id, out int index) ? index : null,
            Level = diagnostic.Severity.Name(),
            Message = new SarifMessage(Sentence(diagnostic.Message)),
            Locations = [new SarifLocation { PhysicalLocation = new SarifPhysicalLocation(file.Location) { Region = file.Region(diagnostic.Span) } }],
            PartialFingerprints = new SortedDictionary<string, string>(StringComparer.Ordinal)
            {
                ["primaryLocationLineHash"] = file.LineHash(diagnostic.Span.Start),
                [ResultFingerprint.Name] = file.Fingerprints.Next(diagnostic.Id, diagnostic.Span),
            },
            RelatedLocations = related.Length > 0 ? related : null,

            // Every result carries the array, empty when not suppressed: SARIF §3.27.23 wants all or none.
            Suppressions = diagnostic.Suppression is { } suppression
                ?
                [
                    new SarifSuppression("inSource")
                    {
                        Status = "accepted",
                        Location = new SarifLocation { PhysicalLocation = new SarifPhysicalLocation(file.Location) { Region = file.Region(suppression.CommentSpan, snippet: false) } },
                        Justification = suppression.Justification,
                    },
                ]
                : [],
            Fixes = fixes,
        };
    }

    private static SarifNotification Notification(ToolNotification notification, Dictionary<string, int> toolRuleIndex, Dictionary<string, int> artifactIndex)
    {
        SarifLocation[]? locations = null;
        if (notification.Path is { } path)
        {
            var artifact = new SarifArtifactLocation
            {
                Uri = ToUri(path),
                UriBaseId = SourceRootId,
                Index = artifactIndex.TryGetValue(path, out int index) ? index : null,
            };
            var region = notification.Position is { } p ? new SarifRegion { StartLine = p.Line + 1, StartColumn = p.Character + 1 } : null;
            locations = [new SarifLocation { PhysicalLocation = new SarifPhysicalLocation(artifact) { Region = region } }];
        }

        return new SarifNotification
        {
            Locations = locations,
            Message = new SarifMessage(Sentence(notification.Message)),
            Level = notification.Severity.Name(),
            Descriptor = new SarifDescriptorReference(notification.Id, toolRuleIndex.TryGetValue(notification.Id, out int i) ? i : null),
        };
    }

    /// <summary>The rule's page; the tool's own problems (EL0xxx) share one page, <c>docs/rules/tool.md</c>.</summary>
    public static string HelpUri(RuleDescriptor rule) =>
        rule.Category == RuleCategory.Tool ? RuleDescriptor.DocsBaseUri + "tool.md" : rule.HelpUri;

    private static SarifReportingDescriptor Descriptor(RuleDescriptor rule) => Descriptor(rule, HelpUri(rule));

    private static SarifReportingDescriptor Descriptor(RuleDescriptor rule, string helpUri) => new()
    {
        Id = rule.Id,
        Name = rule.Name,
        ShortDescription = new SarifMessage(rule.Title),
        FullDescription = new SarifMessage(Sentence(rule.Description)),
        DefaultConfiguration = Configuration(rule.DefaultSeverity),
        HelpUri = helpUri,
        Help = new SarifMessage($"{Sentence(rule.Description)} Documentation: {helpUri}")
        {
            Markdown = $"{Sentence(rule.Description)}\n\nSee [{rule.Id} {rule.Name}]({helpUri}).",
        },
        Properties = new SarifRuleProperties
        {
            Tags = rule.Tags,
            Category = rule.Category,
            Precision = rule.Precision,
            ProblemSeverity = rule.DefaultSeverity switch
            {
                Severity.Error => "error",
                Severity.Warning => "warning",
                _ => "recommendation",
            },
        },
    };

    private static SarifConfigurationOverride[]? Overrides(RuleDescriptor[] rules, IReadOnlyDictionary<string, Severity> severities)
    {
        var overrides = rules
            .Select((rule, index) => (rule, index))
            .Where(x => severities.TryGetValue(x.rule.Id, out var severity) && severity != x.rule.DefaultSeverity)
            .Select(x => new SarifConfigurationOverride(Configuration(severities[x.rule.Id]), new SarifDescriptorReference(x.rule.Id, x.index)))
            .ToArray();
        return overrides.Length > 0 ? overrides : null;
    }

    /// <summary>A level, or <c>enabled: false</c> for a rule turned off (SARIF's level "none" would still report it).</summary>
    private static SarifReportingConfiguration Configuration(Severity severity) => severity == Severity.None
        ? new SarifReportingConfiguration { Enabled = false }
        : new SarifReportingConfiguration { Level = severity.Name() };

    private static SarifArtifact Artifact(FileResult file) => new()
    {
        Location = new SarifArtifactLocation { Uri = ToUri(file.Path), UriBaseId = SourceRootId },
        MimeType = file.Kind switch
        {
            DocumentKind.Markdown => "text/markdown",
            DocumentKind.PlainText => "text/plain",
            _ => null,
        },
        Encoding = file.Source?.Encoding switch
        {
            TextEncodingKind.Utf8 or TextEncodingKind.Utf8WithBom => "utf-8",
            TextEncodingKind.Utf16LittleEndian => "utf-16le",
            TextEncodingKind.Utf16BigEndian => "utf-16be",
            _ => null,
        },
        SourceLanguage = file.Kind switch
        {
            DocumentKind.Markdown => "markdown",
            DocumentKind.PlainText => "plaintext",
            _ => null,
        },
        Hashes = file.Sha256 is { } sha ? new Dictionary<string, string>(StringComparer.Ordinal) { ["sha-256"] = sha } : null,
    };

    private static string ReadVersion()
    {
        string version = typeof(SarifLogBuilder).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        int plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus >= 0 ? version[..plus] : version;
    }

    /// <summary>What the results of one file share: its location, its line map and its fingerprint state.</summary>
    private sealed class FileContext(FileResult file, SourceText source, int artifactIndex)
    {
        private IReadOnlyList<string>? lineHashes;

        public SourceText Source { get; } = source;

        public SarifArtifactLocation Location { get; } = new() { Uri = ToUri(file.Path), UriBaseId = SourceRootId, Index = artifactIndex };

        public ResultFingerprint.Builder Fingerprints { get; } = new(source.Text);

        public string LineHash(int offset)
        {
            lineHashes ??= PrimaryLocationLineHash.Compute(PrimaryLocationLineHash.HashInput(Source));
            return lineHashes[Source.Lines.GetLineIndex(offset)];
        }

        public SarifRegion Region(TextSpan span, bool snippet = true)
        {
            var position = Source.Lines.GetPositionSpan(span);
            return new SarifRegion
            {
                StartLine = position.Start.Line + 1,
                StartColumn = position.Start.Character + 1,
                EndLine = position.End.Line + 1,
                EndColumn = position.End.Character + 1,
                CharOffset = span.Start,
                CharLength = span.Length,
                Snippet = snippet ? new SarifArtifactContent(Source.ToString(span)) : null,
            };
        }
    }
}
