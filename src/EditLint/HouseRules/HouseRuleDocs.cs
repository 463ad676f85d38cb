using System.Text;
using EditLint.Analysis;
using EditLint.HouseRules.Kinds;

namespace EditLint.HouseRules;

/// <summary>
/// Writes a Markdown page for a rule pack, so that a house publishes its style guide from the same files it lints
/// with: an index table, then one section per rule with its terms, scope, exceptions, source and examples.
/// </summary>
public static class HouseRuleDocs
{
    public static string Write(HouseRulePack pack)
    {
        var page = new StringBuilder();
        page.Append("# ").Append(pack.Name).Append("\n\n");
        if (pack.Description is { } description)
        {
            page.Append(description).Append("\n\n");
        }

        page.Append("This page is generated from the rule files by `editlint rules --markdown`; edit the rule files, not this page.\n\n");
        page.Append("| id | name | kind | default | what it finds |\n|---|---|---|---|---|\n");
        foreach (var rule in pack.Rules)
        {
            page.Append($"| [{rule.Id}](#{rule.Id.ToLowerInvariant()}) | {rule.Descriptor.Name} | {KindName(rule)} | {DefaultSeverity(rule)} | {Cell(rule.Descriptor.Title)} |\n");
        }

        foreach (var rule in pack.Rules)
        {
            Section(page, rule);
        }

        return page.ToString();
    }

    private static void Section(StringBuilder page, HouseRule rule)
    {
        var d = rule.Descriptor;
        page.Append($"\n## {rule.Id}\n\n**{d.Name}**: {d.Title}.\n\n");
        page.Append(d.Description).Append("\n\n");
        page.Append($"- Kind: {KindName(rule)}; default severity: {DefaultSeverity(rule)}\n");
        page.Append($"- Scope: {Scope(rule.Scope)}; quoted speech is {(rule.SkipQuotations ? "left alone" : "checked too")}\n");
        page.Append($"- Matching: {(rule.UsesPatterns ? "regular expressions (without backtracking)" : "whole words")}, {(rule.CaseSensitive ? "case-sensitive" : "case-insensitive")}\n");
        if (rule.Source is { } source)
        {
            page.Append($"- Source: {source}\n");
        }

        page.Append($"- Rule file: `{rule.File}`\n\n");
        var form = HouseRuleForms.For(rule.Kind);
        Table(page, form.DocsHeaders, form.DocsRows(rule));

        if (!rule.Exceptions.IsEmpty)
        {
            page.Append("Not flagged within: ").Append(string.Join(", ", rule.Exceptions.Select(e => $"“{e}”"))).Append(".\n\n");
        }

        foreach (var (title, mustFlag) in new[] { ("Flagged", true), ("Not flagged", false) })
        {
            var examples = rule.Examples.Where(e => e.MustFlag == mustFlag).ToArray();
            if (examples.Length > 0)
            {
                page.Append(title).Append(":\n\n");
                foreach (var example in examples)
                {
                    page.Append("- ").Append(example.Text.ReplaceLineEndings(" ")).Append('\n');
                }

                page.Append('\n');
            }
        }

        page.Append($"To turn it off: `\"rules\": {{ \"{rule.Id}\": \"none\" }}` in `editlint.json`; for one passage: `<!-- editlint-disable {rule.Id} -->`.\n");
    }

    private static void Table(StringBuilder page, string[] headers, IEnumerable<string[]> rows)
    {
        page.Append("| ").Append(string.Join(" | ", headers)).Append(" |\n|");
        page.Append(string.Concat(headers.Select(_ => "---|"))).Append('\n');
        foreach (var row in rows)
        {
            page.Append("| ").Append(string.Join(" | ", row.Select(Cell))).Append(" |\n");
        }

        page.Append('\n');
    }

    private static string KindName(HouseRule rule) => HouseRuleForms.For(rule.Kind).Name;

    private static string DefaultSeverity(HouseRule rule) => rule.Descriptor.DefaultSeverity.Name();

    private static string Scope(HouseRuleScope scope) => scope switch
    {
        HouseRuleScope.Paragraph => "each paragraph",
        HouseRuleScope.Sentence => "each sentence",
        HouseRuleScope.Heading => "headings only",
        _ => "the whole document",
    };

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");
}
