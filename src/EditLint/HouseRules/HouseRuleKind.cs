namespace EditLint.HouseRules;

/// <summary>What a declarative rule checks; the names are the <c>kind</c> values of a rule file.</summary>
public enum HouseRuleKind
{
    /// <summary><c>existence</c>: any listed term is flagged.</summary>
    Existence,

    /// <summary><c>substitution</c>: a listed term is flagged and replaced by its preferred term.</summary>
    Substitution,

    /// <summary><c>consistency</c>: of each group of variants, one document (or scope) may use only one.</summary>
    Consistency,

    /// <summary><c>capitalization</c>: a listed term must be written with exactly its listed capitals.</summary>
    Capitalization,

    /// <summary><c>firstReference</c>: an acronym must be spelled out before, or on, its first use.</summary>
    FirstReference,
}

/// <summary>Where a rule looks, and how far its memory reaches (consistency and first reference).</summary>
public enum HouseRuleScope
{
    /// <summary>All prose; consistency and first reference count over the whole document.</summary>
    Document,

    /// <summary>All prose; consistency and first reference start again in each block (paragraph, heading, cell).</summary>
    Paragraph,

    /// <summary>All prose; consistency and first reference start again in each sentence.</summary>
    Sentence,

    /// <summary>Headings only; consistency and first reference count over the document's headings.</summary>
    Heading,
}
