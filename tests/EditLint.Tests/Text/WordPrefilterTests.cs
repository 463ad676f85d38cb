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

    [Fact]
    public void Few_words_of_another_length_or_start_pass()
    {
        // The table is hashed, so some other words pass and are left to the set itself: about one in 32 per listed word.
        var random = new Random(7);
        string Word(int length) => new([.. Enumerable.Range(0, length).Select(_ => (char)('a' + random.Next(26)))]);
        var listed = Enumerable.Range(0, 500).Select(_ => Word(random.Next(3, 12))).ToList();
        var filter = new WordPrefilter(listed);
        var shapes = listed.Select(Shape).ToHashSet();
        listed.ShouldAllBe(w => filter.MayContain(w) && filter.MayContain(w.ToUpperInvariant()));

        var others = Enumerable.Range(0, 20_000).Select(_ => Word(random.Next(1, 16))).Where(w => !shapes.Contains(Shape(w))).ToList();
        var passed = others.Count(w => filter.MayContain(w));

        others.Count.ShouldBeGreaterThan(15_000);
        ((double)passed / others.Count).ShouldBeLessThan(0.05);
        static (int, char, char) Shape(string w) => (w.Length, w[0], w.Length > 1 ? w[1] : ' ');
    }

    [Theory]
    [InlineData("most")]
    [InlineData("")]
    public void An_empty_set_lets_nothing_through(string word) => new WordPrefilter([]).MayContain(word).ShouldBeFalse();

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
