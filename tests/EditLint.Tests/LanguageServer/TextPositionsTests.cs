using EditLint.LanguageServer.Protocol;
using EditLint.LanguageServer.Workspace;
using EditLint.Text;

namespace EditLint.Tests.LanguageServer;

public class TextPositionsTests
{
    /// <summary>A change's offsets are found by walking the lines; they must agree with the line map's everywhere, clamping included.</summary>
    [Theory]
    [InlineData("")]
    [InlineData("one line")]
    [InlineData("a\nbb\r\nccc\rdddd\n")]
    [InlineData("\r\n\r\n\n\r\r")]
    [InlineData("emoji 😀 here\r\nand é\n\nlast")]
    public void Walking_the_lines_gives_the_offsets_the_line_map_gives(string text)
    {
        var lines = new LineMap(text);
        for (int line = -1; line <= lines.LineCount + 1; line++)
        {
            for (int character = -1; character <= 8; character++)
            {
                var position = new Position(line, character);
                TextPositions.ToOffset(text, position).ShouldBe(TextPositions.ToOffset(lines, text, position), $"line {line}, character {character}");
            }
        }
    }
}
