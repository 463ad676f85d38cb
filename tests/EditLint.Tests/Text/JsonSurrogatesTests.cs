using System.Text;
using EditLint.Text;

namespace EditLint.Tests.Text;

public class JsonSurrogatesTests
{
    [Theory]
    [InlineData("""{ "a": "x\ud800y" }""", 9)]
    [InlineData("""{ "a": "\udc00" }""", 8)]
    [InlineData("""{ "a": "\ud83d\ude00 \ud83d" }""", 21)]
    [InlineData("""{ "a": "\\ud800 \u00e9 \ud83d\ude00" }""", -1)]
    [InlineData("""{ "a": "no escapes at all" }""", -1)]
    public void The_first_unpaired_escape_is_found_and_an_escaped_backslash_is_not_one(string json, long expected) =>
        JsonSurrogates.FirstUnpaired(Encoding.UTF8.GetBytes(json)).ShouldBe(expected);

    [Fact]
    public void Every_unpaired_escape_is_rewritten_as_the_replacement_character_and_pairs_are_kept()
    {
        byte[] json = Encoding.UTF8.GetBytes("""{ "a": "\ud800x\ud83d\ude00\udc00\\ud800" }""");

        JsonSurrogates.ReplaceUnpaired(json).ShouldBe(2);

        Encoding.UTF8.GetString(json).ShouldBe("""{ "a": "\ufffdx\ud83d\ude00\ufffd\\ud800" }""");
        System.Text.Json.JsonDocument.Parse(json).RootElement.GetProperty("a").GetString().ShouldBe("\uFFFDx😀\uFFFD\\ud800");
    }
}
