using EditLint.Text;

namespace EditLint.Documents;

/// <summary>Something wrong with a document's structure that is not a finding of a rule (for example a bad front matter date).</summary>
public sealed record DocumentNotification(string Id, string Message, TextSpan Span);
