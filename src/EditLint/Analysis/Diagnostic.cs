using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using EditLint.Text;

namespace EditLint.Analysis;

/// <summary>
/// A finding: a rule, a span in the document's text, the arguments of its message, and optionally a fix
/// (<see cref="Fix"/>) and further locations (<see cref="AdditionalSpans"/>, e.g. the majority spelling for EL1002).
/// </summary>
public sealed record Diagnostic
{
    public Diagnostic(RuleDescriptor descriptor, TextSpan span, params object[] arguments)
    {
        Descriptor = descriptor;
        Span = span;
        var texts = new string[arguments.Length];
        for (int i = 0; i < arguments.Length; i++)
        {
            texts[i] = arguments[i] as string ?? Convert.ToString(arguments[i], CultureInfo.InvariantCulture) ?? string.Empty;
        }

        Arguments = ImmutableCollectionsMarshal.AsImmutableArray(texts); // one array per finding, not a query and a copy
        Severity = descriptor.DefaultSeverity;
    }

    /// <summary>A finding whose arguments are strings already, as most are: the array is kept as given, not copied (a caller that passes its own array leaves it unchanged).</summary>
    public Diagnostic(RuleDescriptor descriptor, TextSpan span, params string[] arguments)
    {
        Descriptor = descriptor;
        Span = span;
        if (Array.IndexOf(arguments, null) >= 0)
        {
            arguments = Array.ConvertAll(arguments, a => a ?? string.Empty);
        }

        Arguments = ImmutableCollectionsMarshal.AsImmutableArray(arguments);
        Severity = descriptor.DefaultSeverity;
    }

    public RuleDescriptor Descriptor { get; }

    public string Id => Descriptor.Id;

    public TextSpan Span { get; init; }

    public ImmutableArray<string> Arguments { get; init; }

    /// <summary>The effective severity after configuration.</summary>
    public Severity Severity { get; init; }

    public Fix? Fix { get; init; }

    public ImmutableArray<RelatedSpan> AdditionalSpans { get; init; } = [];

    /// <summary>Related places in other files, e.g. the name list entry EL1003 compared the text with.</summary>
    public ImmutableArray<RelatedFileLocation> RelatedFiles { get; init; } = [];

    /// <summary>Free-form facts for fixers and output, e.g. the matched list entry.</summary>
    public ImmutableDictionary<string, string> Properties { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>Set when an inline comment suppresses this diagnostic; the diagnostic is kept, not dropped.</summary>
    public Suppression? Suppression { get; init; }

    public bool IsSuppressed => Suppression is not null;

    public string Message => string.Format(CultureInfo.InvariantCulture, Descriptor.MessageFormat, [.. Arguments]);

    /// <summary>Writes <see cref="Message"/> to <paramref name="writer"/> in parts, without making it a string first.</summary>
    public void WriteMessage(TextWriter writer) => MessageWriter.Write(writer, Descriptor.MessageFormat, Arguments.AsSpan());
}

/// <summary>
/// A replacement of the diagnostic's span (or another span) with new text. <paramref name="ReviewReason"/> says why a
/// person should look before it is applied ("a near-miss name may be another person"); without one the fix is safe and
/// <c>--fix</c> applies it unattended.
/// </summary>
public sealed record Fix(string Description, TextSpan Span, string Replacement, string? ReviewReason)
{
    /// <summary>Whether <c>--fix</c> may apply it without a person looking: it has no <see cref="ReviewReason"/>.</summary>
    public bool IsSafe => ReviewReason is null;
}

/// <summary>A further location of a diagnostic with a short message, e.g. "the majority spelling".</summary>
public sealed record RelatedSpan(TextSpan Span, string Message);

/// <summary>A place in another file (1-based line and column) with a short message, e.g. "the name list entry".</summary>
public sealed record RelatedFileLocation(string Path, int Line, int Column, string Message);

/// <summary>Why and where a diagnostic was suppressed.</summary>
public sealed record Suppression(string? Justification, TextSpan CommentSpan);
