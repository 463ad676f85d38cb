using EditLint.Names;
using Shouldly;

namespace EditLint.Tests.Names;

public class EnglishWordsTests
{
    [Fact]
    public void Every_word_of_the_shipped_list_is_found_in_any_case()
    {
        var listed = File.ReadLines(RepositoryPaths.Combine("rules", "english-words.txt"))
            .Where(line => line.Length > 0 && line[0] != '#')
            .ToList();
        listed.Count.ShouldBeGreaterThan(60_000);
        listed.Where(word => !EnglishWords.Default.Contains(word)).ShouldBeEmpty();
        listed.Take(1000).Select(word => word.ToUpperInvariant()).Where(word => !EnglishWords.Default.Contains(word)).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("Park", true)]
    [InlineData("Opportunity", true)]
    [InlineData("Komura", false)]
    [InlineData("Parks", true)]
    [InlineData("Par", true)]
    [InlineData("Parkx", false)]
    [InlineData("", false)]
    public void Ordinary_words_are_told_from_names(string token, bool expected) =>
        EnglishWords.Default.Contains(token).ShouldBe(expected);

    [Fact]
    public void A_list_from_given_words_finds_only_those_words()
    {
        var words = EnglishWords.From(["Rice", "young"]);
        words.Contains("rice").ShouldBeTrue();
        words.Contains("YOUNG").ShouldBeTrue();
        words.Contains("ric").ShouldBeFalse();
        words.Contains("riceyoung").ShouldBeFalse();
    }
}
