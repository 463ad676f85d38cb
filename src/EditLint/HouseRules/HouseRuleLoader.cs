using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using EditLint.Analysis;
using EditLint.Configuration;
using EditLint.Documents;
using EditLint.HouseRules.Kinds;
using EditLint.IO;
using EditLint.Text;
using Microsoft.Extensions.FileSystemGlobbing;

namespace EditLint.HouseRules;

/// <summary>
/// Reads declarative rule files (JSON): one rule per file, or <c>{ "pack": …, "rules": [ … ] }</c>. Every problem —
/// bad JSON, an unknown key or kind, an empty term, a duplicate or reserved id, a pattern that does not compile — is
/// an EL0011 notification at its file, line and column; a rule with a problem is left out and the others still load.
/// </summary>
public static partial class HouseRuleLoader
{
    /// <summary>Patterns longer than this are refused, so no rule file can make a run slow.</summary>
    public const int MaxPatternLength = 200;

    public static readonly TimeSpan PatternTimeout = TimeSpan.FromSeconds(1);

    private static readonly string[] RuleKeys =
    [
        "id", "name", "kind", "title", "description", "message", "severity", "scope", "quotations", "caseSensitive",
        "wholeWords", "pattern", "terms", "swap", "groups", "acronyms", "exceptions", "examples", "source", "link",
    ];

    /// <summary>
    /// Loads the rule files that <paramref name="rulePaths"/> name: folders (every <c>*.json</c> below them but
    /// <c>*.schema.json</c>), files, or globs, relative to <paramref name="root"/>. Paths in problems are shown relative to
    /// <paramref name="displayBase"/>.
    /// </summary>
    public static HouseRuleSet Load(IReadOnlyList<string> rulePaths, string root, string displayBase, string? configPath = null)
    {
        var problems = new List<ToolNotification>();
        var files = new SortedSet<string>(StringComparer.Ordinal);
        var unreadable = new List<(string Folder, string Reason)>();
        var positions = configPath is null ? null : new JsonPathIndex(configPath);
        for (int index = 0; index < rulePaths.Count; index++)
        {
            string entry = rulePaths[index];
            string full = Path.GetFullPath(entry, root);
            if (File.Exists(full))
            {
                files.Add(full);
            }
            else if (Directory.Exists(full))
            {
                foreach (string file in GlobMatcher.Find(["**/*"], full, unreadable))
                {
                    // "Rule.JSON" counts, as the folder search of Windows and macOS counts it.
                    if (file.EndsWith(".json", StringComparison.OrdinalIgnoreCase) && !file.EndsWith(".schema.json", StringComparison.OrdinalIgnoreCase))
                    {
                        files.Add(file);
                    }
                }
            }
            else
            {
                var found = GlobMatcher.Find([entry], root, unreadable);
                if (found.Length == 0)
                {
                    problems.Add(new ToolNotification(
                        ToolRules.HouseRuleError.Id,
                        Severity.Error,
                        $"The rule path '{entry}' matches no file or folder under '{root}'.",
                        configPath is null ? null : FileCollector.DisplayPath(displayBase, configPath),
                        positions?.Find(["rulePaths", index.ToString(CultureInfo.InvariantCulture)])));
                }

                files.UnionWith(found.Select(Path.GetFullPath));
            }
        }

        foreach (var (folder, reason) in unreadable.DistinctBy(u => u.Folder))
        {
            string display = FileCollector.DisplayPath(displayBase, folder);
            problems.Add(new ToolNotification(ToolRules.HouseRuleError.Id, Severity.Error, $"The folder '{display}' could not be read ({reason}); rule files in it were not loaded.", display));
        }

        var set = LoadFiles([.. files.Select(f => (f, Path.GetRelativePath(displayBase, f).Replace('\\', '/')))]);
        return set with { Notifications = [.. problems, .. set.Notifications] };
    }

    public static HouseRuleSet LoadFiles(IReadOnlyList<(string FullPath, string DisplayPath)> files)
    {
        var problems = new List<ToolNotification>();
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        var packs = new SortedDictionary<string, (string? Description, List<HouseRule> Rules, List<string> Files)>(StringComparer.Ordinal);
        foreach (var (fullPath, displayPath) in files)
        {
            byte[] bytes;
            try
            {
                bytes = SystemFiles.ReadAllBytes(fullPath);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                problems.Add(new ToolNotification(ToolRules.HouseRuleError.Id, Severity.Error, $"The rule file could not be read: {e.Message}", displayPath));
                continue;
            }

            bytes = JsonFileBytes.ToUtf8(bytes, out long invalidAt);
            if (invalidAt >= 0)
            {
                problems.Add(new ToolNotification(ToolRules.HouseRuleError.Id, Severity.Error, $"The rule file is not valid JSON: {JsonFileBytes.InvalidUtf16}.", displayPath, new JsonPositions(bytes).At(invalidAt)));
                continue;
            }

            var reader = new FileReader(displayPath, bytes, ids, problems);
            string defaultPack = Path.GetFileName(Path.GetDirectoryName(fullPath)) ?? "house";
            if (reader.Read(defaultPack) is { } result)
            {
                if (!packs.TryGetValue(result.Pack, out var pack))
                {
                    pack = (result.Description, [], []);
                    packs.Add(result.Pack, pack);
                }
                else if (pack.Description is null && result.Description is not null)
                {
                    packs[result.Pack] = pack = (result.Description, pack.Rules, pack.Files);
                }

                pack.Rules.AddRange(result.Rules);
                pack.Files.Add(displayPath);
            }
        }

        return new HouseRuleSet(
            [.. packs.Select(p => new HouseRulePack(p.Key, p.Value.Description, [.. p.Value.Rules.OrderBy(r => r.Id, StringComparer.Ordinal)], [.. p.Value.Files]))],
            problems);
    }

    /// <summary>Reads rules from text, for tests and tools; the path is only shown in problems.</summary>
    public static HouseRuleSet LoadText(string displayPath, string json, string defaultPack = "house")
    {
        var problems = new List<ToolNotification>();
        var reader = new FileReader(displayPath, Encoding.UTF8.GetBytes(json), new Dictionary<string, string>(StringComparer.Ordinal), problems);
        var result = reader.Read(defaultPack);
        ImmutableArray<HouseRulePack> packs = result is null ? [] : [new HouseRulePack(result.Pack, result.Description, [.. result.Rules], [displayPath])];
        return new HouseRuleSet(packs, problems);
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]*$")]
    private static partial Regex RuleName();

    [GeneratedRegex(@"\{([^{}]*)\}")]
    private static partial Regex Placeholder();

    private sealed record FileResult(string Pack, string? Description, List<HouseRule> Rules);

    private sealed class FileReader(string path, byte[] bytes, Dictionary<string, string> ids, List<ToolNotification> problems) : IHouseTermReader
    {
        private readonly JsonPositions positions = new(bytes);
        private bool ruleFailed;

        public FileResult? Read(string defaultPack)
        {
            PositionedJson? root;
            try
            {
                root = PositionedJson.Parse(bytes);
            }
            catch (JsonException e)
            {
                problems.Add(new ToolNotification(ToolRules.HouseRuleError.Id, Severity.Error, $"The rule file is not valid JSON: {JsonPositions.Describe(e)}", path, positions.At(e)));
                return null;
            }
            catch (InvalidOperationException) when (JsonSurrogates.FirstUnpaired(bytes) is long at and >= 0)
            {
                Add(at, $"In the rule file, {JsonSurrogates.Problem}, which no text can hold.");
                return null;
            }

            if (root is null)
            {
                Add(0, "The rule file is empty; it must hold a rule object, or { \"pack\": …, \"rules\": [ … ] }.");
                return null;
            }

            if (!root.IsObject)
            {
                Add(root.Offset, "A rule file must hold a JSON object: one rule, or { \"pack\": …, \"rules\": [ … ] }.");
                return null;
            }

            string pack = defaultPack;
            string? description = null;
            var rules = new List<HouseRule>();
            if (root.Find("rules") is not null)
            {
                foreach (var property in root.Properties)
                {
                    switch (property.Name)
                    {
                        case "$schema":
                            break;
                        case "pack":
                            pack = String(property) ?? pack;
                            break;
                        case "description":
                            description = String(property);
                            break;
                        case "rules":
                            if (!property.Value.IsArray)
                            {
                                Add(property.Value.Offset, "'rules' must be an array of rule objects.");
                                break;
                            }

                            foreach (var item in property.Value.Items)
                            {
                                if (ReadRule(item, pack) is { } rule)
                                {
                                    rules.Add(rule);
                                }
                            }

                            break;
                        default:
                            Add(property.NameOffset, $"Unknown key '{property.Name}' in a rule pack; expected $schema, pack, description, rules.");
                            break;
                    }
                }

            }
            else
            {
                if (root.Find("pack") is { } packName)
                {
                    pack = String(packName) ?? pack;
                }

                if (ReadRule(root, pack) is { } rule)
                {
                    rules.Add(rule);
                }
            }

            return new FileResult(pack, description, rules);
        }

        private HouseRule? ReadRule(PositionedJson node, string pack)
        {
            if (!node.IsObject)
            {
                Add(node.Offset, "Each rule must be a JSON object with id, name, kind and its terms.");
                return null;
            }

            ruleFailed = false;
            foreach (var property in node.Properties.Where(p => !RuleKeys.Contains(p.Name) && p.Name is not "$schema" and not "pack"))
            {
                Fail(property.NameOffset, $"Unknown key '{property.Name}' in a rule; expected one of {string.Join(", ", RuleKeys)}.");
            }

            string? id = Required(node, "id");
            long idOffset = node.Find("id")?.Value.Offset ?? node.Offset;
            if (id is not null)
            {
                if (!RuleDescriptor.IsWellFormedId(id))
                {
                    Fail(idOffset, $"The id '{id}' must be a house prefix of 2 to 12 capital letters and a 4-digit number, such as HOUSE0012.");
                }
                else if (RuleDescriptor.PrefixOf(id) == RuleDescriptor.BuiltInPrefix)
                {
                    Fail(idOffset, $"The id '{id}' uses the prefix EL, which is reserved for EditLint's built-in rules; give the house rules a prefix of their own, such as HOUSE.");
                }
                else if (ids.TryGetValue(id, out string? first))
                {
                    Fail(idOffset, $"The id '{id}' is already used by the rule at {first}; each rule needs its own id.");
                }
                else
                {
                    ids[id] = $"{path}({positions.At(idOffset).Line + 1},{positions.At(idOffset).Character + 1})";
                }
            }

            string? name = Required(node, "name");
            if (name is not null && !RuleName().IsMatch(name))
            {
                Fail(node.Find("name")!.Value.Offset, $"The name '{name}' must be one PascalCase word of letters and digits, such as KyivNotKiev.");
            }

            var form = Form(node);
            var severity = Enum(node, "severity", Severity.Warning, ("error", Severity.Error), ("warning", Severity.Warning), ("note", Severity.Note));
            var scope = Enum(node, "scope", HouseRuleScope.Document, ("document", HouseRuleScope.Document), ("paragraph", HouseRuleScope.Paragraph), ("sentence", HouseRuleScope.Sentence), ("heading", HouseRuleScope.Heading));
            bool skipQuotations = Enum(node, "quotations", true, ("skip", true), ("include", false));
            bool caseSensitive = Bool(node, "caseSensitive") ?? false;
            bool wholeWords = Bool(node, "wholeWords") ?? true;
            bool pattern = Bool(node, "pattern") ?? false;
            string? title = Optional(node, "title");
            string? description = Optional(node, "description");
            string? source = Optional(node, "source");
            string? link = Optional(node, "link");
            if (link is not null && !Uri.TryCreate(link, UriKind.Absolute, out _))
            {
                Fail(node.Find("link")!.Value.Offset, $"'link' must be an absolute URI, such as https://example.org/style#kyiv.");
            }

            var entries = form is null ? [] : Entries(node, form);
            if ((pattern || !wholeWords) && form is { AcceptsPatterns: false })
            {
                string accepting = string.Join(" and ", HouseRuleForms.All.Where(f => f.AcceptsPatterns).Select(f => f.Name));
                Fail(node.Find(pattern ? "pattern" : "wholeWords")!.Value.Offset, $"'{(pattern ? "pattern" : "wholeWords")}' works with {accepting} rules only; the other kinds match whole words.");
            }

            var patterns = (pattern || !wholeWords) && form is { AcceptsPatterns: true }
                ? Patterns(node, form, entries, pattern, wholeWords, caseSensitive)
                : [];
            var exceptions = Strings(node, "exceptions");
            var examples = Examples(node);
            string messageFormat = Message(node, form);

            if (ruleFailed || id is null || name is null || form is null)
            {
                return null;
            }

            string ruleTitle = title ?? form.DefaultTitle;
            string ruleDescription = Sentence(description ?? ruleTitle) + (source is null ? string.Empty : " Source: " + Sentence(source));
            var descriptor = new RuleDescriptor(
                id, name, ruleTitle.TrimEnd('.'), messageFormat, RuleCategory.House, severity, ruleDescription,
                ["house", pack, form.Name], "high", link ?? RuleDescriptor.DocsBaseUri + "house-rules.md");
            return new HouseRule
            {
                Descriptor = descriptor,
                Kind = form.Kind,
                Scope = scope,
                SkipQuotations = skipQuotations,
                CaseSensitive = caseSensitive || form.AlwaysMatchesCase,
                Entries = entries,
                Patterns = patterns,
                TermsArePatterns = pattern && !patterns.IsEmpty,
                Exceptions = [.. exceptions.Select(e => e.Text)],
                Examples = examples,
                Source = source,
                File = path,
                Position = positions.At(idOffset),
            };
        }

        private HouseRuleForm? Form(PositionedJson node)
        {
            if (Required(node, "kind") is not { } text)
            {
                return null;
            }

            var form = HouseRuleForms.Named(text);
            if (form is null)
            {
                Fail(node.Find("kind")!.Value.Offset, $"Unknown kind '{text}'; expected {HouseRuleForms.Names}.");
            }

            return form;
        }

        private ImmutableArray<HouseTerm> Entries(PositionedJson node, HouseRuleForm form)
        {
            string key = form.TermsKey;
            foreach (string other in HouseRuleForms.All.Select(f => f.TermsKey).Distinct().Where(k => k != key))
            {
                if (node.Find(other) is { } wrong)
                {
                    Fail(wrong.NameOffset, $"'{other}' does not belong in a {form.Name} rule; it lists its terms in '{key}'.");
                }
            }

            if (node.Find(key) is not { } property)
            {
                Fail(node.Offset, $"A {form.Name} rule needs '{key}'.");
                return [];
            }

            var entries = form.ReadTerms(this, property);
            if (entries.Count == 0 && !ruleFailed)
            {
                Fail(property.Value.Offset, $"'{key}' is empty; a rule needs at least one term.");
            }

            return [.. entries];
        }

        public List<(string Text, long Offset)> Terms(PositionedJson.Property property)
        {
            var terms = new List<(string, long)>();
            if (!property.Value.IsArray)
            {
                Fail(property.Value.Offset, $"'{property.Name}' must be an array of strings.");
                return terms;
            }

            foreach (var item in property.Value.Items)
            {
                if (!item.IsString)
                {
                    Fail(item.Offset, $"Each item of '{property.Name}' must be a string.");
                }
                else if (CheckTerm(item.String!, item.Offset))
                {
                    terms.Add((item.String!, item.Offset));
                }
            }

            return terms;
        }

        public bool CheckTerm(string term, long offset)
        {
            if (string.IsNullOrWhiteSpace(term) || Tokenizer.Tokenize(term, new TextSpan(0, term.Length)).Length == 0)
            {
                Fail(offset, "A term is empty; every term needs at least one word.");
                return false;
            }

            return true;
        }

        private ImmutableArray<Regex> Patterns(PositionedJson node, HouseRuleForm form, ImmutableArray<HouseTerm> entries, bool pattern, bool wholeWords, bool caseSensitive)
        {
            var key = node.Find(form.TermsKey);
            var result = new List<Regex>();
            foreach (var entry in entries)
            {
                long offset = key?.Value.Items.FirstOrDefault(i => i.String == entry.Text)?.Offset
                    ?? key?.Value.Properties.FirstOrDefault(p => p.Name == entry.Text)?.NameOffset
                    ?? node.Offset;
                if (pattern && entry.Text.Length > MaxPatternLength)
                {
                    Fail(offset, $"The pattern '{entry.Text[..20]}…' is longer than {MaxPatternLength} characters.");
                    continue;
                }

                if (pattern && InvalidPattern(entry.Text) is { } reason)
                {
                    Fail(offset, $"The pattern '{entry.Text}' is not a valid regular expression: {reason}");
                    continue;
                }

                string body = pattern ? entry.Text : Regex.Escape(entry.Text);
                string text = pattern && wholeWords ? $@"\b(?:{body})\b" : body;
                var options = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant | (caseSensitive ? RegexOptions.None : RegexOptions.IgnoreCase);
                try
                {
                    var regex = new Regex(text, options, PatternTimeout);
                    if (pattern && entry.Suggestion is { } suggestion && form.Kind == HouseRuleKind.Substitution && UnknownGroup(regex, suggestion) is { } reference)
                    {
                        long at = key?.Value.Properties.FirstOrDefault(p => p.Name == entry.Text)?.Value.Offset ?? offset;
                        Fail(at, $"The replacement '{suggestion}' refers to {reference}, a group the pattern '{entry.Text}' does not have; write $$ for a dollar sign.");
                        continue;
                    }

                    result.Add(regex);
                }
                catch (Exception e) when (e is ArgumentException or NotSupportedException)
                {
                    Fail(offset, $"The pattern '{entry.Text}' cannot run (patterns run without backtracking, so look-arounds and back-references are not allowed): {e.Message}");
                }
            }

            return [.. result];
        }

        /// <summary>
        /// The first group reference of a replacement (<c>$2</c>, <c>${year}</c>) that the pattern has no group for, or
        /// null; <see cref="Match.Result"/> would write such a reference as it stands.
        /// </summary>
        private static string? UnknownGroup(Regex regex, string replacement)
        {
            int[] groups = regex.GetGroupNumbers();
            for (int i = 0; i < replacement.Length - 1; i++)
            {
                if (replacement[i] != '$')
                {
                    continue;
                }

                char next = replacement[i + 1];
                if (next == '$')
                {
                    i++;
                }
                else if (next == '{' && replacement.IndexOf('}', i + 2) is int close and > 0)
                {
                    string name = replacement[(i + 2)..close];
                    if (regex.GroupNumberFromName(name) < 0)
                    {
                        return "${" + name + "}";
                    }

                    i = close;
                }
                else if (char.IsAsciiDigit(next))
                {
                    int end = i + 1;
                    while (end < replacement.Length && char.IsAsciiDigit(replacement[end]))
                    {
                        end++;
                    }

                    string digits = replacement[(i + 1)..end];
                    if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out int number) || !groups.Contains(number))
                    {
                        return "$" + digits;
                    }

                    i = end - 1;
                }
            }

            return null;
        }

        /// <summary>
        /// Why the pattern, as the user wrote it, does not parse ("Not enough )'s (offset 9 in the pattern)"), or null when it does;
        /// checked before the pattern is wrapped in <c>\b(?:…)\b</c>, so the reason quotes neither the wrapper nor an
        /// offset into it, and a syntax error is not taken for a construct the engine without backtracking refuses.
        /// </summary>
        private static string? InvalidPattern(string text)
        {
            try
            {
                _ = new Regex(text, RegexOptions.CultureInvariant);
                return null;
            }
            catch (RegexParseException e)
            {
                // The parser's message is "Invalid pattern '…' at offset N. Reason."; keep the reason and the offset.
                string prefix = $"Invalid pattern '{text}' at offset {e.Offset.ToString(CultureInfo.InvariantCulture)}. ";
                string reason = e.Message.StartsWith(prefix, StringComparison.Ordinal) ? e.Message[prefix.Length..].TrimEnd('.') : e.Message.TrimEnd('.');
                return $"{reason} (offset {e.Offset.ToString(CultureInfo.InvariantCulture)} in the pattern).";
            }
        }

        private List<(string Text, long Offset)> Strings(PositionedJson node, string key) =>
            node.Find(key) is { } property ? Terms(property) : [];

        private ImmutableArray<HouseRuleExample> Examples(PositionedJson node)
        {
            if (node.Find("examples") is not { } property)
            {
                return [];
            }

            if (!property.Value.IsObject)
            {
                Fail(property.Value.Offset, "'examples' must be an object: { \"flagged\": [ … ], \"passing\": [ … ] }.");
                return [];
            }

            var examples = new List<HouseRuleExample>();
            foreach (var list in property.Value.Properties)
            {
                bool? mustFlag = list.Name switch
                {
                    "flagged" => true,
                    "passing" => false,
                    _ => null,
                };
                if (mustFlag is null)
                {
                    Fail(list.NameOffset, $"Unknown key '{list.Name}' in 'examples'; expected 'flagged' or 'passing'.");
                    continue;
                }

                if (!list.Value.IsArray)
                {
                    Fail(list.Value.Offset, $"'{list.Name}' must be an array of strings.");
                    continue;
                }

                foreach (var item in list.Value.Items)
                {
                    if (item.IsString)
                    {
                        examples.Add(new HouseRuleExample(item.String!, mustFlag.Value, positions.At(item.Offset)));
                    }
                    else if (mustFlag.Value && item.IsObject && item.Find("text")?.Value is { IsString: true } text && item.Find("fixed")?.Value is { IsString: true } fixedText
                        && item.Properties.Count == 2)
                    {
                        examples.Add(new HouseRuleExample(text.String!, true, positions.At(item.Offset), fixedText.String));
                    }
                    else
                    {
                        Fail(item.Offset, mustFlag.Value
                            ? "Each item of 'flagged' must be a string, or { \"text\": …, \"fixed\": … } to check what the fix writes."
                            : "Each item of 'passing' must be a string.");
                    }
                }
            }

            return [.. examples];
        }

        private string Message(PositionedJson node, HouseRuleForm? form)
        {
            string message = Optional(node, "message") ?? (form ?? HouseRuleForms.For(HouseRuleKind.Existence)).DefaultMessage;
            foreach (Match m in Placeholder().Matches(message))
            {
                if (m.Groups[1].Value is not ("match" or "suggestion"))
                {
                    Fail(node.Find("message")!.Value.Offset, $"The message has an unknown placeholder '{m.Value}'; use {{match}} and {{suggestion}}.");
                }
            }

            return message.TrimEnd('.').Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal)
                .Replace("{{match}}", "{0}", StringComparison.Ordinal).Replace("{{suggestion}}", "{1}", StringComparison.Ordinal);
        }

        private string? Required(PositionedJson node, string key)
        {
            if (node.Find(key) is not { } property)
            {
                Fail(node.Offset, $"The rule has no '{key}'.");
                return null;
            }

            string? value = String(property);
            if (value is { Length: 0 })
            {
                Fail(property.Value.Offset, $"'{key}' must not be empty.");
                return null;
            }

            return value;
        }

        private string? Optional(PositionedJson node, string key) => node.Find(key) is { } property ? String(property) : null;

        private bool? Bool(PositionedJson node, string key)
        {
            if (node.Find(key) is not { } property)
            {
                return null;
            }

            if (property.Value.Bool is null)
            {
                Fail(property.Value.Offset, $"'{key}' must be true or false.");
            }

            return property.Value.Bool;
        }

        private T Enum<T>(PositionedJson node, string key, T defaultValue, params (string Name, T Value)[] values)
        {
            if (node.Find(key) is not { } property || String(property) is not { } text)
            {
                return defaultValue;
            }

            foreach (var (name, value) in values)
            {
                if (name == text)
                {
                    return value;
                }
            }

            Fail(property.Value.Offset, $"'{key}' must be one of {string.Join(", ", values.Select(v => v.Name))}.");
            return defaultValue;
        }

        public string? String(PositionedJson.Property property)
        {
            if (property.Value.IsString)
            {
                return property.Value.String;
            }

            Fail(property.Value.Offset, $"'{property.Name}' must be a string.");
            return null;
        }

        public void Fail(long offset, string message)
        {
            ruleFailed = true;
            Add(offset, message);
        }

        private void Add(long offset, string message) =>
            problems.Add(new ToolNotification(ToolRules.HouseRuleError.Id, Severity.Error, message, path, positions.At(offset)));
    }

    private static string Sentence(string text)
    {
        text = text.Trim();
        return text.Length == 0 || text[^1] is '.' or '!' or '?' ? text : text + ".";
    }
}
