using System.Collections.Immutable;
using EditLint.Analysis;
using EditLint.Documents;
using EditLint.Text;

namespace EditLint.HouseRules;

/// <summary>
/// Runs one house rule pack. Every term of every rule in the pack — terms, exceptions, expansions — is compiled into
/// one <see cref="TermMatcher"/>, so a sentence is matched once for the whole pack; each match is then handed to the
/// rule it belongs to. Per-document state (consistency tallies, first references) lives in a document-start closure.
/// </summary>
public sealed class HouseRuleAnalyzer : Analyzer
{
    private readonly HouseRule[] rules;
    private readonly Target[] targets;
    private readonly string[][] entryWords;
    private readonly (string[] Words, int[] Offsets)[] houseForms;
    private readonly bool[]?[] replacedVariants;
    private readonly TermMatcher matcher = new();
    private readonly (int Rule, int Value, System.Text.RegularExpressions.Regex Regex)[] patterns;
    private readonly bool hasState;

    /// <param name="pack">The pack to run.</param>
    /// <param name="loaded">
    /// Every loaded rule (default: the pack's own): a consistency rule never settles on a variant that one of their
    /// substitution rules replaces.
    /// </param>
    public HouseRuleAnalyzer(HouseRulePack pack, IEnumerable<HouseRule>? loaded = null)
    {
        Pack = pack;
        rules = [.. pack.Rules];
        SupportedRules = [.. rules.Select(r => r.Descriptor)];
        var targetList = new List<Target>();
        var patternList = new List<(int, int, System.Text.RegularExpressions.Regex)>();
        for (int r = 0; r < rules.Length; r++)
        {
            var rule = rules[r];
            for (int e = 0; e < rule.Entries.Length; e++)
            {
                var entry = rule.Entries[e];
                if (rule.UsesPatterns)
                {
                    patternList.Add((r, targetList.Count, rule.Patterns[e]));
                    targetList.Add(new Target(r, Role.Term, e));
                    continue;
                }

                matcher.Add(entry.Text, targetList.Count);
                targetList.Add(new Target(r, Role.Term, e));
                if (rule.Kind == HouseRuleKind.FirstReference)
                {
                    matcher.Add(entry.Suggestion!, targetList.Count);
                    targetList.Add(new Target(r, Role.Expansion, e));
                }
            }

            foreach (string exception in rule.Exceptions)
            {
                matcher.Add(exception, targetList.Count);
                targetList.Add(new Target(r, Role.Exception, -1));
            }
        }

        matcher.Compile();
        targets = [.. targetList];
        patterns = [.. patternList];
        entryWords = [.. targets.Select(t => t.Role == Role.Term && !rules[t.Rule].UsesPatterns ? Words(rules[t.Rule].Entries[t.Entry].Text) : [])];
        houseForms = [.. targets.Select((t, i) => HouseForm(rules[t.Rule], t, entryWords[i]))];
        var substitutions = (loaded ?? rules).Where(r => r.Kind == HouseRuleKind.Substitution && !r.TermsArePatterns).ToArray();
        replacedVariants = [.. rules.Select(r => r.Kind == HouseRuleKind.Consistency ? r.Entries.Select(e => IsReplaced(e.Text, substitutions)).ToArray() : null)];
        hasState = rules.Any(r => r.Kind is HouseRuleKind.Consistency or HouseRuleKind.FirstReference);
    }

    public HouseRulePack Pack { get; }

    public override ImmutableArray<RuleDescriptor> SupportedRules { get; }

    /// <summary>How many terms the pack's one matcher holds (terms, exceptions and expansions).</summary>
    public int CompiledTermCount => matcher.TermCount;

    public override void Initialize(AnalysisContext context) => context.RegisterDocumentStartAction(start =>
    {
        var state = new DocumentState(this);
        start.RegisterSentenceAction(state.OnSentence);
        if (hasState)
        {
            start.RegisterDocumentEndAction(state.OnEnd);
        }
    });

    /// <summary>The preferred term of a substitution pattern when it refers to the match's groups (has a '$'), else null.</summary>
    private string? GroupReplacement(int rule, int value) =>
        rules[rule] is { Kind: HouseRuleKind.Substitution, TermsArePatterns: true } substitution
        && substitution.Entries[targets[value].Entry].Suggestion is { } suggestion && suggestion.Contains('$', StringComparison.Ordinal)
            ? suggestion
            : null;

    /// <summary>Whether a substitution rule replaces the variant with another term ("e-mail" → "email").</summary>
    private static bool IsReplaced(string variant, HouseRule[] substitutions) =>
        substitutions.Any(rule => rule.Entries.Any(e => Same(rule, e.Text, variant) && !Same(rule, e.Suggestion!, variant)));

    private static bool Same(HouseRule rule, string a, string b) =>
        rule.CaseSensitive ? TermComparer.EqualsExactly(a, b) : TermComparer.Instance.Equals(a, b);

    /// <summary>
    /// For a substitution term that its own preferred term contains ("Burma" in "Myanmar (Burma)"): the preferred term's
    /// words and where the term's words stand among them; else nothing.
    /// </summary>
    private static (string[] Words, int[] Offsets) HouseForm(HouseRule rule, Target target, string[] termWords)
    {
        if (rule.Kind != HouseRuleKind.Substitution || target.Role != Role.Term || termWords.Length == 0)
        {
            return ([], []);
        }

        string[] words = Words(rule.Entries[target.Entry].Suggestion!);
        int[] offsets = [.. Enumerable.Range(0, Math.Max(0, words.Length - termWords.Length + 1))
            .Where(k => termWords.Select((w, j) => TermComparer.Instance.Equals(words[k + j], w)).All(equal => equal))];
        return offsets.Length == 0 ? ([], []) : (words, offsets);
    }

    private static string[] Words(string term) =>
        [.. Tokenizer.Tokenize(term, new TextSpan(0, term.Length)).Select(t => term.Substring(t.Start, t.Span.Length))];

    private enum Role
    {
        Term,
        Exception,
        Expansion,
    }

    private readonly record struct Target(int Rule, Role Role, int Entry);

    private readonly record struct Occurrence(int Entry, TextSpan Span, string Text);

    /// <summary>What one document has seen so far; one instance per document.</summary>
    private sealed class DocumentState(HouseRuleAnalyzer owner)
    {
        private readonly List<TermMatch> matches = [];
        private readonly List<(int Rule, TextSpan Span)> exceptions = [];
        private readonly int[] lastEnd = new int[owner.rules.Length];
        private readonly int[] lastSentence = Enumerable.Repeat(-1, owner.rules.Length).ToArray();
        private readonly int[] unit = Enumerable.Repeat(-1, owner.rules.Length).ToArray();
        private readonly List<Occurrence>?[] occurrences = new List<Occurrence>?[owner.rules.Length];
        private readonly byte[]?[] references = new byte[]?[owner.rules.Length];
        private DocumentContext? context;

        private static readonly Comparison<TermMatch> ByStartThenLongest = static (a, b) =>
            a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : b.Span.Length.CompareTo(a.Span.Length);

        private const byte Expanded = 1;
        private const byte Done = 2;

        public void OnSentence(SentenceContext sentenceContext)
        {
            context = sentenceContext;
            var document = sentenceContext.Document;
            var sentence = sentenceContext.Sentence;
            matches.Clear();
            owner.matcher.Match(document, sentence, matches);
            foreach (var (rule, value, regex) in owner.patterns)
            {
                if (!Applies(owner.rules[rule], sentence.Block))
                {
                    continue;
                }

                if (owner.GroupReplacement(rule, value) is { } suggestion)
                {
                    // A preferred term that refers to the match's groups ("$1 percent") is made from each match's own groups.
                    for (var match = regex.Match(document.ProseText, sentence.Span.Start, sentence.Span.Length); match.Success; match = match.NextMatch())
                    {
                        if (match.Length > 0)
                        {
                            matches.Add(new TermMatch(value, new TextSpan(match.Index, match.Length), -1, -1, match.Result(suggestion)));
                        }
                    }
                }
                else
                {
                    foreach (var match in regex.EnumerateMatches(document.ProseText.AsSpan(sentence.Span.Start, sentence.Span.Length)))
                    {
                        if (match.Length > 0)
                        {
                            matches.Add(new TermMatch(value, new TextSpan(sentence.Span.Start + match.Index, match.Length), -1, -1));
                        }
                    }
                }
            }

            if (matches.Count == 0)
            {
                return;
            }

            if (matches.Count > 1)
            {
                matches.Sort(ByStartThenLongest);
            }

            exceptions.Clear();
            foreach (var match in matches)
            {
                if (owner.targets[match.Value].Role == Role.Exception)
                {
                    exceptions.Add((owner.targets[match.Value].Rule, match.Span));
                }
            }

            // Longest first at each start, so that per rule a longer term wins over the shorter one it begins with
            // ("very unique" over "very"); Handle then skips a rule's matches that overlap the one it took.
            foreach (var match in matches)
            {
                Handle(document, sentence, match);
            }
        }

        public void OnEnd(DocumentContext documentContext)
        {
            context = documentContext;
            for (int r = 0; r < owner.rules.Length; r++)
            {
                Flush(r);
            }
        }

        private void Handle(Document document, Sentence sentence, TermMatch match)
        {
            var target = owner.targets[match.Value];
            var rule = owner.rules[target.Rule];
            if (target.Role == Role.Exception || !Applies(rule, sentence.Block))
            {
                return;
            }

            if (rule.SkipQuotations && (sentence.Block.IsInBlockQuote || document.IsInQuotation(match.Span)))
            {
                return;
            }

            foreach (var (exceptionRule, span) in exceptions)
            {
                if (exceptionRule == target.Rule && span.Contains(match.Span))
                {
                    return;
                }
            }

            EnterUnit(target.Rule, rule, sentence);
            if (target.Role == Role.Expansion)
            {
                References(target.Rule)[target.Entry] |= Expanded;
                return;
            }

            bool exact = match.FirstToken < 0 || IsExact(document, sentence, match, owner.entryWords[match.Value]);
            if (!exact && (rule.Kind == HouseRuleKind.FirstReference || (rule.CaseSensitive && rule.Kind != HouseRuleKind.Capitalization)))
            {
                return;
            }

            if (lastSentence[target.Rule] == sentence.Index && match.Span.Start < lastEnd[target.Rule])
            {
                return;
            }

            lastSentence[target.Rule] = sentence.Index;
            lastEnd[target.Rule] = match.Span.End;
            var entry = rule.Entries[target.Entry];
            string text = document.GetText(match.Span).ToString();
            switch (rule.Kind)
            {
                case HouseRuleKind.Existence:
                    Report(rule, match.Span, text, string.Empty, null);
                    break;
                case HouseRuleKind.Substitution:
                    if (IsInsideHouseForm(document, sentence, match, rule))
                    {
                        break;
                    }

                    string replacement = match.Replacement ?? (rule.CaseSensitive || rule.UsesPatterns ? entry.Suggestion! : CasePattern.Apply(text, entry.Suggestion!, entry.Text));
                    if (replacement != text)
                    {
                        Report(rule, match.Span, text, replacement, new Fix($"Replace '{text}' with '{replacement}'.", FixSpan(document, match.Span, text, replacement), replacement, ReviewReason: rule.UsesPatterns ? "a pattern's replacement may not fit every text it matches" : null));
                    }

                    break;
                case HouseRuleKind.Capitalization:
                    if (!exact)
                    {
                        Report(rule, match.Span, text, entry.Text, new Fix($"Write '{entry.Text}'.", FixSpan(document, match.Span, text, entry.Text), entry.Text, ReviewReason: null));
                    }

                    break;
                case HouseRuleKind.Consistency:
                    (occurrences[target.Rule] ??= []).Add(new Occurrence(target.Entry, match.Span, text));
                    break;
                case HouseRuleKind.FirstReference:
                    ref byte state = ref References(target.Rule)[target.Entry];
                    if ((state & Done) == 0)
                    {
                        if ((state & Expanded) == 0 && !IsExpandedInParentheses(document, sentence, match, target))
                        {
                            Report(rule, match.Span, text, entry.Suggestion!, null);
                        }

                        state |= Done;
                    }

                    break;
            }
        }

        /// <summary>
        /// The span a fix writing <paramref name="replacement"/> over <paramref name="text"/> replaces: the match's own, or,
        /// when the replacement ends in a period ("U.S.") and the text goes on with one ("from the US."), the match and that
        /// period, so the sentence's period is not doubled ("from the U.S.", not "U.S.."). An ellipsis after it keeps its
        /// three dots ("the US..." becomes "the U.S....", the abbreviation's period and then the ellipsis).
        /// </summary>
        private static TextSpan FixSpan(Document document, TextSpan span, string text, string replacement) =>
            replacement.EndsWith('.') && !text.EndsWith('.') && span.End < document.ProseText.Length && document.ProseText[span.End] == '.'
                && !(span.End + 1 < document.ProseText.Length && document.ProseText[span.End + 1] == '.')
                ? new TextSpan(span.Start, span.Length + 1)
                : span;

        /// <summary>"DPRK (Democratic People's Republic of Korea)": the expansion in parentheses right after the acronym.</summary>
        private bool IsExpandedInParentheses(Document document, Sentence sentence, TermMatch match, Target target)
        {
            int open = match.EndToken;
            if (open < 0 || open + 1 >= sentence.Tokens.Count || document.GetText(sentence.Tokens[open]) is not "(")
            {
                return false;
            }

            int start = sentence.Tokens[open + 1].Start;
            foreach (var other in matches)
            {
                var t = owner.targets[other.Value];
                if (t.Role == Role.Expansion && t.Rule == target.Rule && t.Entry == target.Entry && other.Span.Start == start)
                {
                    References(target.Rule)[target.Entry] |= Expanded;
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Whether the match lies inside the preferred term it would be replaced with, already written: "Burma" in
        /// "Myanmar (Burma)" when the rule swaps "Burma" for "Myanmar (Burma)". That is the house form, not a finding, so
        /// --fix does not grow it again on every run. Listed terms are compared word by word (so line breaks and spacing
        /// do not matter), a pattern's match as text.
        /// </summary>
        private bool IsInsideHouseForm(Document document, Sentence sentence, TermMatch match, HouseRule rule)
        {
            if (match.FirstToken < 0)
            {
                string text = document.ProseText, matched = text.Substring(match.Span.Start, match.Span.Length);
                string form = match.Replacement ?? rule.Entries[owner.targets[match.Value].Entry].Suggestion!;
                var comparison = rule.CaseSensitive ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
                for (int at = form.IndexOf(matched, comparison); at >= 0; at = form.IndexOf(matched, at + 1, comparison))
                {
                    int start = match.Span.Start - at;
                    if (start >= 0 && start + form.Length <= text.Length && text.AsSpan(start, form.Length).Equals(form, comparison))
                    {
                        return true;
                    }
                }

                return false;
            }

            var (words, offsets) = owner.houseForms[match.Value];
            foreach (int offset in offsets)
            {
                int first = match.FirstToken - offset;
                if (first < 0 || first + words.Length > sentence.Tokens.Count)
                {
                    continue;
                }

                if (WordsAt(document, sentence, first, words, exactly: rule.CaseSensitive))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsExact(Document document, Sentence sentence, TermMatch match, string[] words) =>
            WordsAt(document, sentence, match.FirstToken, words, exactly: true);

        /// <summary>Whether the sentence's words from token <paramref name="first"/> on are <paramref name="words"/>, letter for letter or as terms match.</summary>
        private static bool WordsAt(Document document, Sentence sentence, int first, string[] words, bool exactly)
        {
            for (int k = 0; k < words.Length; k++)
            {
                var word = document.GetText(sentence.Tokens[first + k]);
                if (exactly ? !TermComparer.EqualsExactly(word, words[k]) : !TermComparer.Instance.Equals(word, words[k]))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool Applies(HouseRule rule, ProseBlock block) =>
            rule.Scope != HouseRuleScope.Heading || block.Kind == ProseBlockKind.Heading;

        private void EnterUnit(int index, HouseRule rule, Sentence sentence)
        {
            int key = rule.Scope switch
            {
                HouseRuleScope.Paragraph => sentence.Block.Span.Start,
                HouseRuleScope.Sentence => sentence.Index,
                _ => 0,
            };
            if (unit[index] != key)
            {
                Flush(index);
                unit[index] = key;
            }
        }

        private byte[] References(int rule) => references[rule] ??= new byte[owner.rules[rule].Entries.Length];

        /// <summary>Ends a rule's scope unit: consistency reports the minority variants; first reference starts again.</summary>
        private void Flush(int index)
        {
            if (references[index] is { } refs)
            {
                Array.Clear(refs);
            }

            if (occurrences[index] is not { Count: > 1 } list)
            {
                occurrences[index]?.Clear();
                return;
            }

            var rule = owner.rules[index];
            foreach (var group in list.GroupBy(o => rule.Entries[o.Entry].Group))
            {
                var byEntry = group.GroupBy(o => o.Entry).Select(g => (Entry: g.Key, Count: g.Count(), First: g.First())).ToArray();
                if (byEntry.Length < 2)
                {
                    continue;
                }

                // A variant that a substitution rule replaces is never the one to keep, however often it is used: the
                // two rules would otherwise fix the text in opposite directions ("e-mail" → "email" → "e-mail").
                bool[] replaced = owner.replacedVariants[index]!;
                var kept = byEntry.Where(e => !replaced[e.Entry]).ToArray();
                var candidates = kept.Length > 0 ? kept : byEntry;
                int top = candidates.Max(e => e.Count);
                var majority = candidates.Where(e => e.Count == top).OrderBy(e => e.First.Span.Start).First();
                bool tie = candidates.Count(e => e.Count == top) > 1;
                bool mostUsed = top == byEntry.Max(e => e.Count);
                string variant = rule.Entries[majority.Entry].Text;
                foreach (var occurrence in group.Where(o => o.Entry != majority.Entry))
                {
                    string replacement = CasePattern.Apply(occurrence.Text, variant);
                    var fix = new Fix($"Replace '{occurrence.Text}' with '{replacement}'.", FixSpan(context!.Document, occurrence.Span, occurrence.Text, replacement), replacement, ReviewReason: tie ? "two spellings are used equally often, and the first was taken" : null);
                    var related = new RelatedSpan(majority.First.Span, mostUsed
                        ? $"'{majority.First.Text}' is the spelling this document uses most"
                        : $"'{majority.First.Text}' is the spelling this document uses that the house style does not replace");
                    Report(rule, occurrence.Span, occurrence.Text, majority.First.Text, fix, related);
                }
            }

            list.Clear();
        }

        private void Report(HouseRule rule, TextSpan span, string text, string suggestion, Fix? fix, RelatedSpan? related = null) =>
            context!.ReportDiagnostic(new Diagnostic(rule.Descriptor, span, text, suggestion)
            {
                Fix = fix,
                AdditionalSpans = related is null ? [] : [related],
                Properties = ImmutableDictionary<string, string>.Empty.Add("pack", owner.Pack.Name).Add("suggestion", suggestion),
            });
    }
}
