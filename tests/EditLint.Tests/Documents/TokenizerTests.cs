using EditLint.Documents;
using EditLint.Text;

namespace EditLint.Tests.Documents;

public class TokenizerTests
{
    [Theory]
    [InlineData("Park Geun-hye met Russia’s envoy.", "Park|Geun-hye|met|Russia’s|envoy|.")]
    [InlineData("the Rajin-Khasan railway", "the|Rajin-Khasan|railway")]
    [InlineData("O'Brien paid $1,500 for 3.5 tons", "O'Brien|paid|$|1,500|for|3.5|tons")]
    [InlineData("first-ever, (2015)", "first-ever|,|(|2015|)")]
    [InlineData("end-", "end|-")]
    public void Keeps_inner_hyphens_apostrophes_and_number_separators(string text, string expected)
    {
        var tokens = Tokenizer.Tokenize(text, new TextSpan(0, text.Length));
        string.Join("|", tokens.Select(t => text.Substring(t.Start, t.Span.Length))).ShouldBe(expected);
    }

    [Fact]
    public void Keeps_combining_marks_inside_a_word()
    {
        const string text = "Ko\u0304mura said";
        var tokens = Tokenizer.Tokenize(text, new TextSpan(0, text.Length));
        tokens[0].Span.ShouldBe(new TextSpan(0, 7));
        tokens[0].Kind.ShouldBe(TokenKind.Word);
    }

    [Fact]
    public void Classifies_numbers_and_words()
    {
        const string text = "In 2016 Q3";
        var tokens = Tokenizer.Tokenize(text, new TextSpan(0, text.Length));
        tokens.Select(t => t.Kind).ShouldBe([TokenKind.Word, TokenKind.Number, TokenKind.Word]);
    }

    [Fact]
    public void Knows_which_tokens_hold_no_hyphen()
    {
        const string text = "a first-ever 1990-91 end - – Geun‐hye";
        var tokens = Tokenizer.Tokenize(text, new TextSpan(0, text.Length));
        tokens.Select(t => $"{text.Substring(t.Start, t.Span.Length)}:{t.HasNoHyphen}").ShouldBe(
            ["a:True", "first-ever:False", "1990-91:False", "end:True", "-:False", "–:True", "Geun‐hye:True"]);
    }

    [Fact]
    public void A_token_made_by_hand_may_hold_a_hyphen_and_equals_the_tokenizers()
    {
        const string text = "first-ever";
        var tokenized = Tokenizer.Tokenize("word", new TextSpan(0, 4))[0];
        var byHand = new Token(new TextSpan(0, 4), TokenKind.Word);
        byHand.HasNoHyphen.ShouldBeFalse();
        tokenized.HasNoHyphen.ShouldBeTrue();
        byHand.ShouldBe(tokenized);
        byHand.GetHashCode().ShouldBe(tokenized.GetHashCode());
        byHand.ToString().ShouldBe(tokenized.ToString());
        var (span, kind) = Tokenizer.Tokenize(text, new TextSpan(0, text.Length))[0];
        (span, kind).ShouldBe((new TextSpan(0, 10), TokenKind.Word));
    }

    [Fact]
    public void Token_rejects_a_negative_length()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => new Token(new TextSpan(3, -1), TokenKind.Word));
    }
}
