using EditLint.Documents;
using EditLint.Rules.Claims;
using EditLint.Text;
using Xunit;
using Xunit.Abstractions;

namespace EditLint.Tests.Scratch;

public class WhyMissed(ITestOutputHelper output)
{
    [Fact]
    public void Explain()
    {
        var lexicon = SuperlativeLexicon.Create(new Dictionary<string, bool>(), [], [], []);
        foreach (var line in File.ReadAllLines("/tmp/why-in.txt"))
        {
            var doc = PlainTextReader.Read("a.txt", new SourceText(line + "\n"));
            var found = new List<string>();
            foreach (var s in doc.Sentences)
            {
                var m = new List<SuperlativeMatch>();
                SuperlativeFinder.Find(doc, s, lexicon, m);
                int opinion = SupportDetector.SupportingOpinion(doc, s, lexicon);
                foreach (var x in m)
                {
                    string why = SupportDetector.HasSource(doc, s, lexicon) ? "SOURCE" : SupportDetector.HasFigure(doc, s, lexicon, x.CoreToken) ? "FIGURE" : opinion >= 0 && opinion < x.CoreToken ? "OPINION" : "flag?";
                    found.Add($"{doc.GetText(x.Span)}={why}");
                }
            }
            output.WriteLine($"|| {string.Join("; ", found)}\t|| {line[..Math.Min(100, line.Length)]}");
        }
    }
}
