namespace EditLint.Documents;

public enum DocumentKind
{
    Markdown,
    PlainText,
}
