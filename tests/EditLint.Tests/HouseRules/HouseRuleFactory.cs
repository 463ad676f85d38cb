using EditLint.HouseRules;

namespace EditLint.Tests.HouseRules;

/// <summary>Builds a house rule analyzer from rule JSON written in a test; the JSON must load without problems.</summary>
internal static class HouseRuleFactory
{
    public static HouseRuleAnalyzer Analyzer(string json)
    {
        var set = HouseRuleLoader.LoadText("test.json", json);
        set.Notifications.ShouldBeEmpty(string.Join("\n", set.Notifications));
        return new HouseRuleAnalyzer(set.Packs.ShouldHaveSingleItem());
    }

    public static Func<EditLint.Analysis.Analyzer> Create(string json)
    {
        var analyzer = Analyzer(json);
        return () => analyzer;
    }
}
