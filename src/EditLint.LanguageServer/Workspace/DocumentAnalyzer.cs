using EditLint.Documents;
using EditLint.LanguageServer.Features;

namespace EditLint.LanguageServer.Workspace;

/// <summary>
/// Runs the engine of a document's configuration over the document's text, as <c>editlint check</c> would over the
/// file: the same reader (by extension; an unsaved buffer the client calls Markdown is read as Markdown), the same
/// severities and overrides (by the path relative to the configuration's folder), the same suppressions.
/// </summary>
internal sealed class DocumentAnalyzer(ConfigurationCache configurations, Func<string> fallbackDirectory, Action<ConfigurationState> reloaded)
{
    public DocumentAnalysis Analyze(string uri, string languageId, string text, int version)
    {
        string? path = DocumentUri.ToPath(uri);
        string directory = path is null ? fallbackDirectory() : Path.GetDirectoryName(path) ?? fallbackDirectory();
        var (state, fresh) = configurations.For(directory);
        if (fresh)
        {
            reloaded(state);
        }

        string display = path is null ? DocumentUri.Name(uri) : state.DisplayPath(path);
        bool markdown = DocumentReader.IsMarkdown(display) || (languageId == "markdown" && Path.GetExtension(display).Length == 0);
        string readAs = markdown && !DocumentReader.IsMarkdown(display) ? display + ".md" : display;
        var result = state.Engine.Engine.AnalyzeText(readAs, text);
        return DiagnosticConverter.Convert(uri, version, text, markdown, result);
    }
}
