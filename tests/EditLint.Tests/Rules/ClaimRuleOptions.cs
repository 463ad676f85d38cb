using System.Text;
using EditLint.Analysis;
using Microsoft.Extensions.Configuration;

namespace EditLint.Tests.Rules;

/// <summary>Builds analyzer options with one rule's <c>settings</c> object, written as it would be in editlint.json.</summary>
internal static class ClaimRuleOptions
{
    public static AnalyzerOptions WithSettings(string ruleId, string settingsJson, DateOnly? asOf = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes("{ \"settings\": " + settingsJson + " }")))
            .Build();
        return new AnalyzerOptions
        {
            Settings = new Dictionary<string, RuleSettings> { [ruleId] = new RuleSettings(configuration.GetSection("settings")) },
            AsOf = asOf,
        };
    }
}
