using EditLint.Text;

namespace EditLint.Names;

/// <summary>
/// The nearest listed form among a near miss's candidates. Two people equally near make no guess; a tie
/// between two spellings of one person goes to the one listed first (the name before its aliases and
/// rejected forms), whatever order the index returned them in.
/// </summary>
internal sealed class NearestForm
{
    private IndexedForm? best;
    private string? fix;
    private int distance = int.MaxValue;
    private bool ambiguous;

    /// <summary>Considers <paramref name="form"/> at <paramref name="formDistance"/>, with the text it would be fixed to.</summary>
    public void Offer(IndexedForm form, int formDistance, string fixText)
    {
        if (formDistance < distance)
        {
            (best, fix, distance, ambiguous) = (form, fixText, formDistance, false);
        }
        else if (formDistance == distance && best is not null)
        {
            if (best.PersonIndex != form.PersonIndex)
            {
                ambiguous = true;
            }
            else if (form.Id < best.Id)
            {
                (best, fix) = (form, fixText);
            }
        }
    }

    /// <summary>The near miss (or rejected form) found, or null when there is none or two people are equally near.</summary>
    public NameMatch? ToMatch(TextSpan span) =>
        best is null || ambiguous
            ? null
            : new NameMatch(best.Form.Kind == NameFormKind.Rejected ? NameMatchKind.Rejected : NameMatchKind.NearMiss, span, best, fix);
}
