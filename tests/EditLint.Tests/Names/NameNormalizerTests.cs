using CsCheck;
using EditLint.Names;

namespace EditLint.Tests.Names;

public class NameNormalizerTests
{
    [Theory]
    [InlineData("Park Geun-Hye", "parkgeunhye")]
    [InlineData("park geun hye", "parkgeunhye")]
    [InlineData("Kōmura", "komura")]
    [InlineData("Sua\u0301rez", "suarez")]
    [InlineData("O’Brien", "obrien")]
    [InlineData("Ørsted Łódź Straße", "orstedlodzstrasse")]
    [InlineData("Dwight D. Eisenhower", "dwightdeisenhower")]
    public void Keys_fold_case_diacritics_and_joiners(string name, string key) =>
        NameNormalizer.Key(name).ShouldBe(key);

    [Fact]
    public void A_name_s_key_is_its_words_keys_joined()
    {
        // The name index takes a spelling's key from its words' keys rather than folding the text twice.
        Gen.Char["aZ9 -.’éÉ\u0301ßŁ\t\u00A0"].Array[0, 30].Select(chars => new string(chars)).Sample(text =>
        {
            var words = text.Split([' ', '\t', '\u00A0'], StringSplitOptions.RemoveEmptyEntries);
            NameNormalizer.Key(text).ShouldBe(string.Concat(words.Select(w => NameNormalizer.Key(w))), text);
        });
    }

    [Fact]
    public void Surface_unifies_white_space_apostrophes_and_typographic_hyphens() =>
        NameNormalizer.Surface("Conan  O’Brien\nAl\u2011Baghdadi").ShouldBe("Conan O'Brien Al-Baghdadi");

    [Theory]
    [InlineData("Komura", "Komura", 0)]
    [InlineData("Schmelling", "Schmeling", 1)]
    [InlineData("Grassely", "Grassley", 1)]
    [InlineData("Gaddafi", "Qadhafi", 2)]
    [InlineData("Lankov", "Putin", 3)]
    public void Damerau_Levenshtein_counts_transpositions_as_one_edit(string a, string b, int expected) =>
        EditDistance.Bounded(a, b, 2).ShouldBe(Math.Min(expected, 3));
}
