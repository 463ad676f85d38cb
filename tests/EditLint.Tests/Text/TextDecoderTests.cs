using System.Text;
using EditLint.Text;

namespace EditLint.Tests.Text;

public class TextDecoderTests
{
    [Fact]
    public void Decodes_utf8_without_bom()
    {
        var result = TextDecoder.Decode(Encoding.UTF8.GetBytes("Kōmura"));
        result.Text!.Text.ShouldBe("Kōmura");
        result.Text.Encoding.ShouldBe(TextEncodingKind.Utf8);
        result.InvalidByteOffsets.ShouldBeEmpty();
    }

    [Fact]
    public void Drops_the_utf8_bom_and_remembers_it()
    {
        var result = TextDecoder.Decode([0xEF, 0xBB, 0xBF, (byte)'h', (byte)'i']);
        result.Text!.Text.ShouldBe("hi");
        result.Text.Encoding.ShouldBe(TextEncodingKind.Utf8WithBom);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Decodes_utf16_by_bom(bool littleEndian)
    {
        var encoding = new UnicodeEncoding(bigEndian: !littleEndian, byteOrderMark: true);
        byte[] bytes = [.. encoding.GetPreamble(), .. encoding.GetBytes("Suárez said")];
        var result = TextDecoder.Decode(bytes);
        result.Text!.Text.ShouldBe("Suárez said");
        result.Text.Encoding.ShouldBe(littleEndian ? TextEncodingKind.Utf16LittleEndian : TextEncodingKind.Utf16BigEndian);
    }

    [Fact]
    public void A_nul_byte_makes_a_file_binary() =>
        TextDecoder.Decode([(byte)'a', 0, (byte)'b']).IsBinary.ShouldBeTrue();

    [Fact]
    public void Invalid_utf8_is_replaced_and_its_byte_offsets_reported()
    {
        byte[] bytes = [(byte)'a', 0xFF, (byte)'b', 0xC3, (byte)'c'];
        var result = TextDecoder.Decode(bytes);
        result.IsBinary.ShouldBeFalse();
        result.InvalidByteOffsets.ShouldBe([1L, 3L]);
        result.Text!.Text.ShouldBe("a\uFFFDb\uFFFDc");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Unpaired_utf16_surrogates_and_an_odd_last_byte_are_replaced_and_their_byte_offsets_reported(bool littleEndian)
    {
        // "Ab" then a lone high surrogate, "c", a lone low surrogate, a valid pair (U+1F600), then one stray byte.
        byte[] Units(params char[] units) => units.SelectMany(u => littleEndian ? new[] { (byte)u, (byte)(u >> 8) } : new[] { (byte)(u >> 8), (byte)u }).ToArray();
        byte[] bytes = [.. (littleEndian ? new byte[] { 0xFF, 0xFE } : new byte[] { 0xFE, 0xFF }), .. Units('A', 'b', '\uD800', 'c', '\uDC00', '\uD83D', '\uDE00'), 0x41];

        var result = TextDecoder.Decode(bytes);

        result.Text!.Text.ShouldStartWith("Ab\uFFFDc\uFFFD\uD83D\uDE00");
        result.InvalidByteOffsets.ShouldBe([6L, 10L, 16L]);
    }

    [Fact]
    public void Empty_input_is_empty_text() =>
        TextDecoder.Decode([]).Text!.Text.ShouldBe(string.Empty);
}
