using System.Text;
using EditLint.Tests.Cli;

namespace EditLint.Tests.Sarif;

/// <summary>
/// Small articles for the test analyzers (banana → plantain with a safe fix; a repeated kiwi with a related location)
/// in every shape the SARIF log and --fix must handle: Markdown with a suppression, CRLF plain text, a byte order mark,
/// UTF-16, invalid UTF-8 and a binary file.
/// </summary>
public static class SarifTestArticles
{
    public const string Fruit = """
        # Fruit report

        A banana and a kiwi reached Busan on Monday, and a second banana followed on Tuesday with another kiwi.

        <!-- editlint-disable-next-line EL2999 -- the importer's own name for it -->
        The banana ship left.

        Later a third kiwi arrived.

        """;

    public const string NotesCrlf = "Notes\r\n\r\nOne banana, then\r\nanother banana.\r\n";

    public const string Bom = "# Title\n\nA banana here.\n";

    public const string Utf16 = "Title\r\n\r\nA banana in UTF-16.\r\n";

    public static void WriteAll(CheckRunner runner)
    {
        runner.Write("articles/fruit.md", Fruit.ReplaceLineEndings("\n"));
        runner.WriteBytes("articles/notes-crlf.txt", Encoding.UTF8.GetBytes(NotesCrlf));
        runner.WriteBytes("articles/bom.md", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Bom)]);
        runner.WriteBytes("articles/utf16.txt", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Utf16)]);
        runner.WriteBytes("articles/invalid.txt", [.. "A caf"u8, 0xE9, .. " and a banana.\n"u8]);
        runner.WriteBytes("articles/scan.txt", [.. "SCAN"u8, 0, 1, 2, 0]);
    }
}
