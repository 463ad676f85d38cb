using System.Text;
using EditLint.LanguageServer.Protocol;
using EditLint.LanguageServer.Workspace;

namespace EditLint.LanguageServer.Features;

/// <summary>Hover on a finding: the rule's id and title, the message, the rule's description and a link to its page.</summary>
internal static class HoverProvider
{
    public static Hover? For(DocumentAnalysis analysis, Position position)
    {
        var here = analysis.Findings.Where(f => TextPositions.Contains(f.Published.Range, position)).ToArray();
        if (here.Length == 0)
        {
            return null;
        }

        var text = new StringBuilder();
        foreach (var finding in here)
        {
            var rule = finding.Diagnostic.Descriptor;
            if (text.Length > 0)
            {
                text.Append("\n\n---\n\n");
            }

            text.Append($"**{rule.Id}** {rule.Title}\n\n{finding.Diagnostic.Message}\n\n{rule.Description}\n\n[{rule.Id} rule page]({rule.HelpUri})");
        }

        return new Hover
        {
            Contents = new MarkupContent { Value = text.ToString() },
            Range = here[0].Published.Range,
        };
    }
}
