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

    // A checkout that turns line ends into CR LF embeds the list that way; only LF or CR LF ends a line, so a stray CR
    // belongs to its line, which then matches no token.
    [Theory]
    [InlineData("# rice\r\nyoung\r\n\r\npark\r\n", "Young", true)]
    [InlineData("# rice\r\nyoung\r\n\r\npark\r\n", "park", true)]
    [InlineData("# rice\r\nyoung\r\n\r\npark\r\n", "young\r", false)]
    [InlineData("# rice\r\nyoung\r\n\r\npark\r\n", "# rice", false)]
    [InlineData("# rice\r\nyoung\r\n\r\npark\r\n", "", false)]
    [InlineData("young\rpark\nrice", "rice", true)]
    [InlineData("young\rpark\nrice", "young", false)]
    [InlineData("young\rpark\nrice", "park", false)]
    public void A_word_file_s_lines_end_at_lf_or_cr_lf_and_skip_comments(string file, string token, bool expected) =>
        EnglishWords.FromLines(System.Text.Encoding.ASCII.GetBytes(file)).Contains(token).ShouldBe(expected);

    [Theory]
    [InlineData("Café", false)]
    [InlineData("\u212Aing", true)]
    [InlineData("İt", false)]
    public void A_token_is_compared_by_its_invariant_lower_case(string token, bool expected) =>
        EnglishWords.From(["king", "it", "cafe"]).Contains(token).ShouldBe(expected);

    [Fact]
    public void A_token_longer_than_the_stack_buffer_is_looked_up_too()
    {
        var longWord = new string('a', 80);
        EnglishWords.From([longWord]).Contains(longWord.ToUpperInvariant()).ShouldBeTrue();
    }

    [Fact]
    public void Words_that_are_not_ascii_are_refused() =>
        Should.Throw<ArgumentException>(() => EnglishWords.From(["café"]));

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
