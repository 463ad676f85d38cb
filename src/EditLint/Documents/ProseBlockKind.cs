namespace EditLint.Documents;

/// <summary>Where a run of prose came from; rules use it, e.g. to treat title-case headings with care.</summary>
public enum ProseBlockKind
{
    Paragraph,
    Heading,
    TableCell,
    ImageAlt,
}
