using EditLint.Analysis;
using EditLint.Tests.TestAnalyzers;

namespace EditLint.Tests.Analysis;

public class InlineSuppressionTests
{
    private static FileResult Run(string text, string path = "a.md") =>
        new AnalyzerEngine([new BananaAnalyzer()], AnalyzerOptions.Default).AnalyzeText(path, text);

    [Fact]
    public void Disable_and_enable_bound_a_region_and_keep_the_reason()
    {
        var result = Run("A banana.\n\n<!-- editlint-disable EL2999 -- quoting the menu -->\n\nA banana.\n\n<!-- editlint-enable EL2999 -->\n\nA banana.\n");
        result.Diagnostics.Select(d => d.IsSuppressed).ShouldBe([false, true, false]);
        result.Diagnostics[1].Suppression!.Justification.ShouldBe("quoting the menu");
    }

    [Fact]
    public void Disable_next_line_covers_only_the_next_line()
    {
        var result = Run("<!-- editlint-disable-next-line EL2999 -->\nA banana.\nA banana.\n");
        result.Diagnostics.Select(d => d.IsSuppressed).ShouldBe([true, false]);
    }

    [Fact]
    public void A_disable_without_ids_covers_every_rule_to_the_end() =>
        Run("<!-- editlint-disable -->\n\nA banana. Another banana.\n").Diagnostics.ShouldAllBe(d => d.IsSuppressed);

    [Fact]
    public void A_disable_for_another_rule_does_not_suppress() =>
        Run("<!-- editlint-disable EL2001 -->\n\nA banana.\n", "a.md").Diagnostics.ShouldAllBe(d => !d.IsSuppressed);

    [Fact]
    public void Plain_text_directives_are_lines_of_their_own()
    {
        var result = Run("editlint-disable-next-line EL2999 -- fruit\nA banana.\n\nA banana.\n", "a.txt");
        result.Diagnostics.Select(d => d.IsSuppressed).ShouldBe([true, false]);
    }

    [Fact]
    public void An_unknown_rule_in_a_directive_is_a_warning_at_the_comment()
    {
        var result = Run("Text.\n\n<!-- editlint-disable EL9999 -->\n");
        var notification = result.Notifications.ShouldHaveSingleItem();
        notification.Id.ShouldBe("EL0006");
        notification.Severity.ShouldBe(Severity.Warning);
        notification.Position.ShouldBe(new EditLint.Text.LinePosition(2, 0));
        notification.Message.ShouldContain("EL9999");
    }
}
