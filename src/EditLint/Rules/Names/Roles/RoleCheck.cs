using EditLint.Rules.Claims;

namespace EditLint.Rules.Names.Roles;

/// <summary>What EL1003 says about one title: the explanation for the message, the role it points to, whether "former" fixes it.</summary>
internal sealed record RoleFinding(string Explanation, ListedRole Role, bool AddFormer);

/// <summary>
/// Compares a title in the text with a person's listed roles at the document's date. Silent when the person has no
/// roles, when any role's title cannot be read (it might be the one meant), and when a role's alias is the title.
/// </summary>
internal static class RoleCheck
{
    /// <summary>
    /// The finding for <paramref name="text"/>, or null. <paramref name="sentenceYears"/> are the years the sentence
    /// writes: a plain title the person had left by the document's date is right when the sentence names a year of a
    /// term of the office ("signed in 1996 by President Clinton" speaks of 1996).
    /// </summary>
    public static RoleFinding? Check(ParsedTitle text, string aliasKey, string person, ListedRole[] roles, DateOnly? date, IReadOnlyCollection<int> sentenceYears)
    {
        if (roles.Length == 0 || roles.Any(r => r.Title is null || r.AliasKeys.Contains(aliasKey)))
        {
            return null;
        }

        var accepted = roles.Where(r => r.Accepts(text)).ToArray();
        if (accepted.Length == 0)
        {
            return Mismatch(roles, date);
        }

        if (date is not { } day)
        {
            return null; // With no date, a title is right if it was ever held.
        }

        // A person may hold one office in several terms (Putin: President 2000–2008 and from 2012): the title is
        // judged by whether any term covers the date, and the message names the term nearest to it.
        var month = RelativeDateFix.MonthYear(day);
        if (accepted.All(r => r.BeganAfter(day)))
        {
            var first = accepted.MinBy(r => r.From!.Value.Earliest)!;
            return new RoleFinding($"{person} took up the office of {first.Describe()} only {first.From!.Value.OnOrIn()}, after the document's date ({month})", first, false);
        }

        switch (text.Time)
        {
            // A sentence whose years all fall in a term speaks of that time ("signed in 1996 by President Clinton"); one
            // that also writes a year outside every term does not ("On 1 June 2015, President Medvedev said the 2010 ...").
            case TitleTime.Current when !accepted.Any(r => r.MayBeHeldOn(day))
                && !(sentenceYears.Count > 0 && sentenceYears.All(y => accepted.Any(r => r.MayBeHeldIn(y)))):
                var last = accepted.Where(r => r.EndedBefore(day)).MaxBy(r => r.To!.Value.Latest)!;
                return new RoleFinding($"{person} left the office of {last.Describe()} {last.To!.Value.OnOrIn()}; write 'former'", last, true);
            // "former" is wrong only when every organisation the title may mean has a term held on the date: Sarkozy,
            // President of France until 2012, presided over his party in 2015, and "Former French President" is right.
            case TitleTime.Former when accepted.GroupBy(r => r.Role.Organisation).All(g => g.Any(r => r.CertainlyHeldOn(day)))
                && accepted.FirstOrDefault(r => r.CertainlyHeldOn(day)) is { } held:
                return new RoleFinding($"in {month} {person} still held the office of {held.Describe()}; 'former' is wrong", held, false);
            default:
                return null;
        }
    }

    private static RoleFinding Mismatch(ListedRole[] roles, DateOnly? date)
    {
        if (date is { } day)
        {
            var held = roles.Where(r => r.MayBeHeldOn(day)).ToArray();
            var month = RelativeDateFix.MonthYear(day);
            return held.Length > 0
                ? new RoleFinding($"in {month} the list gives {string.Join("; ", held.Select(r => r.Describe()))}", held[0], false)
                : new RoleFinding($"the list gives {string.Join("; ", roles.Select(r => r.DescribeWithDates()))}, none of them in {month}", roles[0], false);
        }

        return new RoleFinding($"the list gives {string.Join("; ", roles.Select(r => r.DescribeWithDates()))}", roles[0], false);
    }
}
