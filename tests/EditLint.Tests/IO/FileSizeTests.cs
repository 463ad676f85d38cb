using EditLint.IO;
using Shouldly;

namespace EditLint.Tests.IO;

public class FileSizeTests
{
    [Fact]
    public void A_file_gives_its_size_and_what_cannot_be_read_gives_zero()
    {
        var folder = Directory.CreateTempSubdirectory("editlint-size-");
        try
        {
            var file = Path.Combine(folder.FullName, "a.md");
            File.WriteAllText(file, "Twelve bytes");
            FileSize.OrZero(file).ShouldBe(12);
            FileSize.OrZero(Path.Combine(folder.FullName, "missing.md")).ShouldBe(0);
            FileSize.OrZero(folder.FullName).ShouldBe(0);
            FileSize.OrZero("bad\0path").ShouldBe(0);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
