using EditLint.Analysis;
using EditLint.Fixes;
using EditLint.Tests.TestAnalyzers;
using EditLint.Text;

namespace EditLint.Tests.Fixes;

public class FixApplierTests
{
    //                          0         1         2
    //                          0123456789012345678901234
    private const string Text = "a banana and a banana";

    [Fact]
    public void Overlapping_unsafe_suppressed_and_no_op_fixes_are_left_out()
    {
        var diagnostics = new[]
        {
            Banana(15, 6, "plantain"),
            Banana(2, 6, "plantain"),
            Banana(4, 8, "overlap") with { Fix = new Fix("x", new TextSpan(4, 8), "overlap", ReviewReason: null) },
            Banana(0, 1, "A") with { Fix = new Fix("x", new TextSpan(0, 1), "A", ReviewReason: "a test fix") },
            Banana(9, 3, "or") with { Suppression = new Suppression(null, new TextSpan(0, 0)) },
            Banana(13, 1, "a"),
        };

        var changes = FixApplier.SelectChanges(Text, diagnostics);
        changes.ShouldBe([new TextChange(new TextSpan(2, 6), "plantain"), new TextChange(new TextSpan(15, 6), "plantain")]);
        FixApplier.Apply(Text, changes).ShouldBe("a plantain and a plantain");
    }

    [Fact]
    public void Two_insertions_at_one_point_do_not_both_apply()
    {
        var changes = FixApplier.SelectChanges(Text, [Banana(2, 0, "big "), Banana(2, 0, "ripe ")]);
        changes.Count.ShouldBe(1);
    }

    [Fact]
    public void A_fix_outside_the_text_is_refused_loudly_rather_than_skipped() =>
        Should.Throw<ArgumentException>(() => FixApplier.SelectChanges(Text, [Banana(15, 6, "plantain") with { Fix = new Fix("x", new TextSpan(15, 60), "plantain", ReviewReason: null) }]))
            .Message.ShouldStartWith("The fix of EL2999 at [15..75) lies outside the text (length 21).");

    [Fact]
    public void Encode_round_trips_every_encoding()
    {
        foreach (var kind in Enum.GetValues<TextEncodingKind>())
        {
            var decoded = TextDecoder.Decode(FixApplier.Encode("Grüße\r\nline", kind)).Text!;
            decoded.Text.ShouldBe("Grüße\r\nline");
            decoded.Encoding.ShouldBe(kind);
        }
    }

    [Fact]
    public void Unified_diff_joins_near_changes_and_marks_a_missing_final_line_break()
    {
        string text = string.Join('\n', Enumerable.Range(1, 20).Select(i => $"line {i}"));
        var changes = new[]
        {
            new TextChange(new TextSpan(text.IndexOf("line 2", StringComparison.Ordinal), 6), "LINE 2"),
            new TextChange(new TextSpan(text.IndexOf("line 5", StringComparison.Ordinal), 6), "LINE 5\nextra"),
            new TextChange(new TextSpan(text.IndexOf("line 20", StringComparison.Ordinal), 7), "LINE 20"),
        };
        UnifiedDiff.Create("a.txt", text, changes).ShouldBe("""
            --- a/a.txt
            +++ b/a.txt
            @@ -1,8 +1,9 @@
             line 1
            -line 2
            +LINE 2
             line 3
             line 4
            -line 5
            +LINE 5
            +extra
             line 6
             line 7
             line 8
            @@ -17,4 +18,4 @@
             line 17
             line 18
             line 19
            -line 20
            \ No newline at end of file
            +LINE 20
            \ No newline at end of file

            """.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Unified_diff_keeps_the_carriage_returns_of_crlf_lines_so_that_it_applies_to_the_file()
    {
        // The diff dropped them, and 'git apply' and 'patch' refused it: "different line endings".
        string text = "one\r\ntwo banana\r\nthree\r\n";
        var changes = new[] { new TextChange(new TextSpan(text.IndexOf("banana", StringComparison.Ordinal), 6), "plantain") };

        UnifiedDiff.Create("a.txt", text, changes).ShouldBe(
            "--- a/a.txt\n+++ b/a.txt\n@@ -1,3 +1,3 @@\n one\r\n-two banana\r\n+two plantain\r\n three\r\n");
    }

    private static Diagnostic Banana(int start, int length, string replacement) =>
        new(BananaAnalyzer.Rule, new TextSpan(start, length), "banana") { Fix = new Fix("x", new TextSpan(start, length), replacement, ReviewReason: null) };
}
