using EditLint.Analysis;
using EditLint.Fixes;
using EditLint.Text;

namespace EditLint.HouseRules;

/// <summary>An example that did not behave as its rule file says, with the example's position in the file.</summary>
public sealed record ExampleFailure(HouseRule Rule, HouseRuleExample Example, string Message)
{
    public override string ToString() =>
        $"{Rule.File}({Example.Position.Line + 1},{Example.Position.Character + 1}): error {Rule.Id}: {Message}";
}

/// <summary>What running every example gave.</summary>
public sealed record ExampleReport(int RuleCount, int ExampleCount, IReadOnlyList<ExampleFailure> Failures, IReadOnlyList<HouseRule> RulesWithoutExamples);

/// <summary>
/// Runs the <c>examples</c> of every rule through the rule's own pack, exactly as <c>editlint check</c> would run it on
/// a Markdown file: a <c>flagged</c> example must give at least one finding of its rule, a <c>passing</c> one none, and a
/// flagged example that states its <c>fixed</c> text must be turned into exactly that by the rule's fixes, so that a
/// fix that writes the wrong case ("Website" where the rule means "website") fails its own example.
/// </summary>
public static class HouseRuleExamples
{
    public static ExampleReport Run(HouseRuleSet set)
    {
        var failures = new List<ExampleFailure>();
        var withoutExamples = new List<HouseRule>();
        int rules = 0, examples = 0;
        foreach (var pack in set.Packs.Where(p => p.Rules.Length > 0))
        {
            var engine = new AnalyzerEngine([new HouseRuleAnalyzer(pack, set.Rules)], AnalyzerOptions.Default);
            foreach (var rule in pack.Rules)
            {
                rules++;
                if (rule.Examples.IsEmpty)
                {
                    withoutExamples.Add(rule);
                }

                foreach (var example in rule.Examples)
                {
                    examples++;
                    if (Check(engine, rule, example) is { } message)
                    {
                        failures.Add(new ExampleFailure(rule, example, message));
                    }
                }
            }
        }

        return new ExampleReport(rules, examples, failures, withoutExamples);
    }

    private static string? Check(AnalyzerEngine engine, HouseRule rule, HouseRuleExample example)
    {
        var result = engine.AnalyzeText("example.md", example.Text);
        if (result.Notifications.FirstOrDefault(n => n.Severity == Severity.Error) is { } failure)
        {
            return $"The example could not be checked: {failure.Message}";
        }

        var found = result.Diagnostics.Where(d => d.Id == rule.Id).ToArray();
        if (example.MustFlag && found.Length == 0)
        {
            return $"The example must be flagged, but the rule found nothing in \"{example.Text}\".";
        }

        if (example.Fixed is { } expected && found.Length > 0)
        {
            string written = FixApplier.Apply(example.Text, FixApplier.SelectChanges(example.Text, found, unsafeFixes: true));
            if (written != expected)
            {
                return $"The example's fix must write \"{expected}\", but it writes \"{written}\".";
            }
        }

        if (!example.MustFlag && found.Length > 0)
        {
            var lines = new LineMap(example.Text);
            string where = string.Join(", ", found.Select(d => $"'{example.Text.Substring(d.Span.Start, d.Span.Length)}' at column {lines.GetPosition(d.Span.Start).Character + 1}"));
            return $"The example must pass, but the rule flagged {where} in \"{example.Text}\".";
        }

        return null;
    }
}
