using EditLint.Text;

namespace EditLint.Tests.Text;

public class WordPrefilterTests
{
    private static readonly WordPrefilter Filter = new(["most", "first-ever", "world's", "Élysée", "i", "extraordinarilyunprecedentedlylongword"]);

    [Theory]
    [InlineData("most")]
    [InlineData("MOST")]
    [InlineData("Most")]
    [InlineData("First-Ever")]
    [InlineData("world’s")]
    [InlineData("élysée")]
    [InlineData("I")]
    [InlineData("extraordinarilyunprecedentedlylongwordandmore")]
    public void Every_word_equal_ignoring_case_passes(string word) => Filter.MayContain(word).ShouldBeTrue();

    [Theory]
    [InlineData("must")]
    [InlineData("mast")]
    [InlineData("mostly")]
    [InlineData("a")]
    [InlineData("")]
    public void Words_of_another_length_or_start_are_turned_away(string word) => Filter.MayContain(word).ShouldBeFalse();

    [Fact]
    public void No_character_that_equals_a_letter_ignoring_case_is_turned_away()
    {
        var filters = Enumerable.Range('a', 26).Select(letter => new WordPrefilter([$"{(char)letter}x"])).ToArray();
        for (int c = 0; c <= char.MaxValue; c++)
        {
            if (char.IsSurrogate((char)c))
            {
                continue;
            }

            string word = $"{(char)c}x";
            for (int letter = 0; letter < 26; letter++)
            {
                if (StringComparer.OrdinalIgnoreCase.Equals(word, $"{(char)('a' + letter)}x"))
                {
                    filters[letter].MayContain(word).ShouldBeTrue($"U+{c:X4}");
                }
            }
        }
    }
}
