using EditLint.Documents;
using EditLint.Names;
using EditLint.Text;

namespace EditLint.Tests.Names;

public class MentionFinderTests
{
    private static List<string> Mentions(string text, string path = "test.txt")
    {
        var index = NameLists.Load([]).Index;
        var document = DocumentReader.Read(path, new SourceText(text));
        return [.. document.Sentences.SelectMany(s => MentionFinder.Find(document, s, index, EnglishWords.Default))
            .Select(m => text.Substring(m.Span.Start, m.Span.Length))];
    }

    [Fact]
    public void Finds_names_after_titles_and_strips_possessives() =>
        Mentions("Russian President Vladimir Putin’s first-ever visit. Admiral Vladimir Komoyedov spoke.")
            .ShouldBe(["Vladimir Putin", "Vladimir Komoyedov"]);

    [Fact]
    public void Drops_leading_ordinary_words_and_keeps_listed_ones() =>
        Mentions("The vice president of Japan’s Liberal Democratic Party Masashiko Komura visited Moscow.")
            .ShouldBe(["Masashiko Komura", "Moscow"]); // "japan" (lacquer) is an English word.

    [Fact]
    public void Keeps_particles_initials_and_joiners() =>
        Mentions("General Dwight D. Eisenhower met Ludwig van Beethoven and Abu Bakr al-Baghdadi and O'Brien.")
            .ShouldBe(["Dwight D. Eisenhower", "Ludwig van Beethoven", "Abu Bakr al-Baghdadi", "O'Brien"]);

    [Fact]
    public void A_lower_case_office_marks_the_name_after_it_and_a_lower_case_part_of_a_title_does_not()
    {
        var index = NameLists.Load([]).Index;
        const string text = "South Korean president Park Geun-hye met middle class Americans and Staff Sergeant Hake.";
        var document = DocumentReader.Read("test.txt", new SourceText(text));
        var mentions = document.Sentences.SelectMany(s => MentionFinder.Find(document, s, index, EnglishWords.Default)).ToList();
        mentions.Select(m => (text.Substring(m.Span.Start, m.Span.Length), m.PrecededByTitle)).ShouldBe([("Korean", false), ("Park Geun-hye", true), ("Americans", false), ("Hake", true)]);
    }

    [Fact]
    public void Ignores_all_capitals_and_title_only_runs() =>
        Mentions("The DPRK and the ROK met. He became Brigadier General. PAHK GOON HEH said so.")
            .ShouldBeEmpty();

    [Fact]
    public void Sample_article_runs_without_error()
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "samples", "russia-japan-north-korea.txt"));
        Mentions(text).ShouldNotBeEmpty();
    }

    [Fact]
    public void A_very_long_title_case_line_is_handled_in_linear_time()
    {
        var line = string.Join(' ', Enumerable.Range(0, 20_000).Select(i => "Alpha" + (char)('a' + (i % 26)) + "x")) + ".\n";
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var engine = new EditLint.Analysis.AnalyzerEngine(EditLint.Rules.BuiltInAnalyzers.Create(), EditLint.Analysis.AnalyzerOptions.Default);
        engine.AnalyzeText("long.txt", line);
        watch.Elapsed.TotalSeconds.ShouldBeLessThan(20);
    }
}
