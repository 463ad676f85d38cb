using EditLint.LanguageServer.Protocol;
using EditLint.Text;
using Range = EditLint.LanguageServer.Protocol.Range;

namespace EditLint.LanguageServer.Workspace;

/// <summary>
/// A document the client has open: its text and version as the client last sent them, the pending debounced run, and
/// the newest analysis. Guarded by its own lock; the read loop applies changes in the order they arrive.
/// </summary>
internal sealed class OpenDocument(string uri, string languageId, int version, string text)
{
    public Lock Gate { get; } = new();

    public string Uri { get; } = uri;

    public string LanguageId { get; } = languageId;

    public int Version { get; private set; } = version;

    public string Text { get; private set; } = text;

    public bool IsClosed { get; set; }

    /// <summary>Cancels the debounced run of an older version when a newer one arrives.</summary>
    public CancellationTokenSource? Pending { get; set; }

    /// <summary>The newest analysis published or computed; null before the first.</summary>
    public DocumentAnalysis? Latest { get; set; }

    public (string Text, int Version) Snapshot()
    {
        lock (Gate)
        {
            return (Text, Version);
        }
    }

    /// <summary>Applies the changes of one <c>didChange</c> in order: each range refers to the text after the ones before.</summary>
    public void Apply(int version, IReadOnlyList<TextDocumentContentChangeEvent> changes)
    {
        lock (Gate)
        {
            string text = Text;
            foreach (var change in changes)
            {
                if (change.Range is not { } range)
                {
                    text = change.Text;
                    continue;
                }

                // One string per change and no line map: in a 20 MB document a keystroke cost three copies of the text and
                // a table of its lines, and the memory grew by the hundred megabytes with every few keys.
                int start = TextPositions.ToOffset(text, range.Start);
                int end = Math.Max(start, TextPositions.ToOffset(text, range.End));
                text = string.Concat(text.AsSpan(0, start), change.Text, text.AsSpan(end));
            }

            Text = text;
            Version = version;
        }
    }
}
