using EditLint.Analysis;
using EditLint.Documents;
using EditLint.Text;

namespace EditLint.Rules.Claims;

/// <summary>Where a claim rule looks for support or a date: the claim's sentence, or its whole paragraph.</summary>
public enum ClaimScope
{
    Sentence,
    Paragraph,
}

/// <summary>
/// The settings both claim rules read from <c>editlint.json</c> (<c>rules.EL2001.settings</c>,
/// <c>rules.EL2002.settings</c>): <c>terms</c> (per-term on/off), <c>extraTerms</c>, <c>flagQuotations</c>,
/// <c>scope</c> (<c>sentence</c> or <c>paragraph</c>); EL2001 also reads <c>extraSetPhrases</c> and <c>extraAttribution</c>,
/// EL2002 <c>dateline</c> (same-day wire copy: the dateline anchors "today", "tonight", "yesterday", "tomorrow").
/// </summary>
internal sealed record ClaimSettings(
    bool FlagQuotations,
    ClaimScope Scope,
    IReadOnlyDictionary<string, bool> Terms,
    IReadOnlyList<string> ExtraTerms,
    IReadOnlyList<string> ExtraSetPhrases,
    IReadOnlyList<string> ExtraAttribution,
    bool Dateline,
    RuleSettings Source)
{
    public const string TermsKey = "terms";
    public const string ExtraTermsKey = "extraTerms";
    public const string FlagQuotationsKey = "flagQuotations";
    public const string ScopeKey = "scope";
    public const string ExtraSetPhrasesKey = "extraSetPhrases";
    public const string ExtraAttributionKey = "extraAttribution";
    public const string DatelineKey = "dateline";

    /// <summary>The settings EL2001 declares; the configuration check and the docs read them.</summary>
    public static IReadOnlyList<RuleSetting> SuperlativeSettings { get; } =
    [
        TermsSetting("switch terms on or off: a peacock term or any listed superlative word, e.g. `{ \"legendary\": false, \"best-selling\": true, \"best\": false }`; an unknown term is a configuration error"),
        new(ExtraTermsKey, RuleSettingType.StringList, "[]") { Meaning = "more peacock terms, matched wherever they are asserted, e.g. `[ \"best-in-class\" ]`" },
        new(ExtraSetPhrasesKey, RuleSettingType.StringList, "[]") { Meaning = "more idioms in which a superlative ranks nothing, e.g. `[ \"best before\" ]`" },
        new(ExtraAttributionKey, RuleSettingType.StringList, "[]") { Meaning = "more phrases that source a claim, e.g. `[ \"as ranked by\" ]`" },
        FlagQuotationsSetting,
        ScopeSetting("`\"paragraph\"`: attribution, a citation or a figure anywhere in the paragraph supports the claim"),
    ];

    /// <summary>The settings EL2002 declares; the configuration check and the docs read them.</summary>
    public static IReadOnlyList<RuleSetting> UndatedSettings { get; } =
    [
        TermsSetting("switch any term of the data file on or off, e.g. `{ \"today\": true, \"ongoing\": false }`; an unknown term is a configuration error"),
        new(ExtraTermsKey, RuleSettingType.StringList, "[]") { Meaning = "more phrases, matched like the listed ones, e.g. `[ \"as things stand\" ]`" },
        FlagQuotationsSetting,
        new(DatelineKey, RuleSettingType.Boolean, "false") { Meaning = "same-day wire copy: the dateline anchors \"today\", \"tonight\", \"yesterday\" and \"tomorrow\"" },
        ScopeSetting("`\"paragraph\"`: an absolute date anywhere in the paragraph anchors the reference"),
    ];

    // Computed, not stored: the lists above are initialised first, in the order the fields are written.
    private static RuleSetting FlagQuotationsSetting => new(FlagQuotationsKey, RuleSettingType.Boolean, "false") { Meaning = "also check quoted speech and block quotes" };

    private static RuleSetting TermsSetting(string meaning) => new(TermsKey, RuleSettingType.BooleanMap, "{}") { Meaning = meaning };

    private static RuleSetting ScopeSetting(string meaning) => new(ScopeKey, RuleSettingType.String, "\"sentence\"") { AllowedValues = ["sentence", "paragraph"], Meaning = meaning };

    public string ScopeName => Scope == ClaimScope.Paragraph ? "paragraph" : "sentence";

    public static ClaimSettings Read(AnalysisContext context, string ruleId)
    {
        var settings = context.Options.GetSettings(ruleId);
        string scopeText = settings.GetString(ScopeKey, "sentence");
        var scope = ClaimScope.Sentence;
        if (scopeText.Equals("paragraph", StringComparison.OrdinalIgnoreCase))
        {
            scope = ClaimScope.Paragraph;
        }
        else if (!scopeText.Equals("sentence", StringComparison.OrdinalIgnoreCase))
        {
            context.ReportNotification(settings.Problem($"The '{ScopeKey}' setting of {ruleId} is '{scopeText}'; it must be 'sentence' or 'paragraph'. 'sentence' was used.", ScopeKey));
        }

        return new ClaimSettings(
            settings.GetBool(FlagQuotationsKey, false),
            scope,
            settings.GetSwitches(TermsKey),
            Strings(settings, ExtraTermsKey),
            Strings(settings, ExtraSetPhrasesKey),
            Strings(settings, ExtraAttributionKey),
            settings.GetBool(DatelineKey, false),
            settings);
    }


    private static string[] Strings(RuleSettings settings, string key) =>
        [.. settings.GetStrings(key).Where(t => !string.IsNullOrWhiteSpace(t))];

    /// <summary>Quoted speech is the speaker's: not checked unless <see cref="FlagQuotations"/> is on.</summary>
    public bool Skips(Document document, Sentence sentence, TextSpan span) =>
        !FlagQuotations && (sentence.Block.IsInBlockQuote || document.IsInQuotation(span));

    /// <summary>Says which term names in <c>terms</c> the rule does not know, so a typo does not pass silently.</summary>
    public void ReportUnknownTerms(AnalysisContext context, string ruleId, Func<string, bool> isKnown)
    {
        foreach (string term in Terms.Keys.Where(t => !isKnown(t)))
        {
            context.ReportNotification(Source.Problem($"The '{TermsKey}' setting of {ruleId} names '{term}', which is not a term of the rule; add it under '{ExtraTermsKey}' instead.", TermsKey, term));
        }
    }
}

/// <summary>
/// Answers a question about the scope of a claim (does it carry support, a date?) once per sentence or once per
/// paragraph. One instance lives for one document.
/// </summary>
internal sealed class ScopeMemo(Document document, ClaimScope scope, Func<Document, Sentence, bool> test)
{
    private ProseBlock? block;
    private bool blockValue;
    private Sentence? last;
    private bool lastValue;

    public bool Evaluate(Sentence sentence)
    {
        if (scope == ClaimScope.Sentence)
        {
            if (!ReferenceEquals(last, sentence))
            {
                last = sentence;
                lastValue = test(document, sentence);
            }

            return lastValue;
        }

        if (!ReferenceEquals(block, sentence.Block))
        {
            block = sentence.Block;
            blockValue = AnyInBlock(sentence);
        }

        return blockValue;
    }

    private bool AnyInBlock(Sentence sentence)
    {
        var sentences = document.Sentences;
        int first = sentence.Index;
        while (first > 0 && ReferenceEquals(sentences[first - 1].Block, sentence.Block))
        {
            first--;
        }

        for (int i = first; i < sentences.Count && ReferenceEquals(sentences[i].Block, sentence.Block); i++)
        {
            if (test(document, sentences[i]))
            {
                return true;
            }
        }

        return false;
    }
}
