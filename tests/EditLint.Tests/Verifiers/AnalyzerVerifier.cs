using EditLint.Analysis;
using EditLint.Text;
using Xunit.Sdk;

namespace EditLint.Tests.Verifiers;

/// <summary>
/// Runs one analyzer over marked-up text and compares its diagnostics with the marks. Every case is also
/// run with CRLF line endings, and with a disable comment in front (every diagnostic must come back suppressed).
/// Any notification not named in <see cref="VerifierOptions.ExpectedNotifications"/> fails the case, so a rule that
/// throws or reports a finding the engine cannot show (EL0009) never passes an "ignores …" test.
/// </summary>
public static class AnalyzerVerifier
{
    public static void Verify<TAnalyzer>(string markup, params ExpectedDiagnostic[] expected)
        where TAnalyzer : Analyzer, new() =>
        Verify(() => new TAnalyzer(), markup, new VerifierOptions(), expected);

    public static void Verify<TAnalyzer>(string markup, VerifierOptions options, params ExpectedDiagnostic[] expected)
        where TAnalyzer : Analyzer, new() =>
        Verify(() => new TAnalyzer(), markup, options, expected);

    public static void Verify(Func<Analyzer> create, string markup, VerifierOptions options, params ExpectedDiagnostic[] expected)
    {
        var analyzer = create();
        var engine = new AnalyzerEngine([analyzer], options.AnalyzerOptions);
        var unexpected = engine.InitializationNotifications.Where(n => !options.ExpectedNotifications.Contains(n.Id)).ToArray();
        if (unexpected.Length > 0)
        {
            throw new XunitException($"The analyzer reported problems while initialising:{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", unexpected)}");
        }

        VerifyOnce(engine, analyzer, markup, options, expected, expectSuppressed: false, "as written");

        if (options.TestCrlf && markup.Contains('\n'))
        {
            VerifyOnce(engine, analyzer, markup.ReplaceLineEndings("\r\n"), options, expected, expectSuppressed: false, "with CRLF line endings");
        }

        if (options.TestSuppression)
        {
            var (_, spans) = MarkupParser.Parse(markup);
            var ids = spans.Select(s => s.Id).OfType<string>().Concat(expected.Select(e => e.Id)).Distinct().ToArray();
            if (ids.Length == 0 && spans.Count > 0)
            {
                ids = [.. analyzer.SupportedRules.Select(r => r.Id)];
            }

            if (ids.Length > 0)
            {
                string comment = options.Path.EndsWith(".md", StringComparison.OrdinalIgnoreCase)
                    ? $"<!-- editlint-disable {string.Join(' ', ids)} -- verifier -->\n\n"
                    : $"editlint-disable {string.Join(' ', ids)} -- verifier\n\n";
                VerifyOnce(engine, analyzer, comment + markup, options, expected, expectSuppressed: true, "after a disable comment");
            }
        }
    }

    private static void VerifyOnce(AnalyzerEngine engine, Analyzer analyzer, string markup, VerifierOptions options, ExpectedDiagnostic[] extra, bool expectSuppressed, string variant)
    {
        var (text, spans) = MarkupParser.Parse(markup);
        var result = engine.AnalyzeText(options.Path, text);
        var actual = result.Diagnostics;
        var expected = new List<(TextSpan Span, string Id, ExpectedDiagnostic? Details)>();
        foreach (var mark in spans.Where(s => s.Location is null))
        {
            string id = mark.Id ?? SingleRuleId(analyzer);
            expected.Add((mark.Span, id, null));
        }

        foreach (var e in extra)
        {
            var located = e.Location is { } n ? spans.Single(s => s.Location == n).Span : throw new InvalidOperationException("An expected diagnostic needs a {|#n:…|} location.");
            expected.Add((located, e.Id, e));
        }

        var problems = new List<string>();
        var unmatched = actual.ToList();
        foreach (var (span, id, details) in expected.OrderBy(x => x.Span.Start))
        {
            var match = unmatched.FirstOrDefault(d => d.Id == id && d.Span == span);
            if (match is null)
            {
                problems.Add($"missing: {id} at {span} '{text.Substring(span.Start, span.Length)}'");
                continue;
            }

            unmatched.Remove(match);
            if (expectSuppressed && !match.IsSuppressed)
            {
                problems.Add($"not suppressed: {id} at {span}");
            }

            CheckDetails(match, details, spans, text, problems);
        }

        foreach (var d in unmatched)
        {
            problems.Add($"unexpected: {d.Id} at {d.Span} '{text.Substring(d.Span.Start, d.Span.Length)}': {d.Message}");
        }

        foreach (var n in result.Notifications.Where(n => !options.ExpectedNotifications.Contains(n.Id)))
        {
            problems.Add($"unexpected notification: {n}");
        }

        // A comment in front can change what the notification was about (front matter is front matter only at the top).
        foreach (string id in options.ExpectedNotifications.Where(id => !expectSuppressed && !result.Notifications.Any(n => n.Id == id)))
        {
            problems.Add($"missing notification: {id}");
        }

        if (problems.Count > 0)
        {
            throw new XunitException(
                $"Diagnostics or notifications differ ({variant}):{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", problems)}{Environment.NewLine}" +
                $"Actual, as markup:{Environment.NewLine}{DiagnosticMarkupPrinter.Print(text, actual)}");
        }
    }

    private static void CheckDetails(Diagnostic actual, ExpectedDiagnostic? details, IReadOnlyList<MarkedSpan> spans, string text, List<string> problems)
    {
        if (details is null)
        {
            return;
        }

        if (details.Message is { } message && actual.Message != message)
        {
            problems.Add($"message of {actual.Id} at {actual.Span}: expected \"{message}\", actual \"{actual.Message}\"");
        }

        if (details.Arguments is { } arguments && !arguments.SequenceEqual(actual.Arguments))
        {
            problems.Add($"arguments of {actual.Id} at {actual.Span}: expected [{string.Join(", ", arguments)}], actual [{string.Join(", ", actual.Arguments)}]");
        }

        if (details.FixReplacement is { } replacement && actual.Fix?.Replacement != replacement)
        {
            problems.Add($"fix of {actual.Id} at {actual.Span}: expected '{replacement}', actual '{actual.Fix?.Replacement ?? "(none)"}'");
        }

        if (details.FixIsSafe is { } safe && actual.Fix?.IsSafe != safe)
        {
            problems.Add($"fix of {actual.Id} at {actual.Span}: expected {(safe ? "safe" : "not safe")}, actual {(actual.Fix is null ? "(none)" : actual.Fix.IsSafe ? "safe" : "not safe")}");
        }

        if (details.AdditionalLocation is { } n)
        {
            var span = spans.Single(s => s.Location == n).Span;
            if (!actual.AdditionalSpans.Any(a => a.Span == span))
            {
                problems.Add($"additional location of {actual.Id} at {actual.Span}: expected {span} '{text.Substring(span.Start, span.Length)}'");
            }
        }
    }

    private static string SingleRuleId(Analyzer analyzer) => analyzer.SupportedRules.Length == 1
        ? analyzer.SupportedRules[0].Id
        : throw new InvalidOperationException($"[|…|] is ambiguous: the analyzer reports {string.Join(", ", analyzer.SupportedRules.Select(r => r.Id))}; use {{|ID:…|}}.");
}

/// <summary>How a verification runs: the file name (its extension picks Markdown or plain text), options, extra runs.</summary>
public sealed record VerifierOptions
{
    public string Path { get; init; } = "test.md";

    public AnalyzerOptions AnalyzerOptions { get; init; } = AnalyzerOptions.Default;

    public bool TestCrlf { get; init; } = true;

    public bool TestSuppression { get; init; } = true;

    /// <summary>The notification ids (e.g. EL0007 for a bad front matter date) the case expects; any other fails it.</summary>
    public IReadOnlyList<string> ExpectedNotifications { get; init; } = [];
}
