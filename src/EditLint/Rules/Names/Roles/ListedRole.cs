using EditLint.Names;

namespace EditLint.Rules.Names.Roles;

/// <summary>
/// A name list role as EL1003 reads it: its title parsed (null when the tables cannot read it), the organisation
/// and target it names, its dates, and the keys of its own <c>aliases</c>.
/// </summary>
internal sealed record ListedRole(NameRole Role, ParsedTitle? Title, Organisation? Organisation, Organisation? Target, PartialDate? From, PartialDate? To, IReadOnlySet<string> AliasKeys)
{
    /// <summary>"Permanent Representative to the International Organizations in Vienna (Russian Federation)".</summary>
    public string Describe() => Role.Organisation is null ? Role.Title : $"{Role.Title} ({Role.Organisation})";

    /// <summary><see cref="Describe"/> with the role's dates: "President (Republic of Korea) from 25 February 2013 to 10 March 2017".</summary>
    public string DescribeWithDates() => (From, To) switch
    {
        ({ } from, { } to) => $"{Describe()} from {from} to {to}",
        ({ } from, null) => $"{Describe()} since {from}",
        (null, { } to) => $"{Describe()} until {to}",
        _ => Describe(),
    };

    /// <summary>True unless the role certainly began after <paramref name="date"/> or certainly ended before it.</summary>
    public bool MayBeHeldOn(DateOnly date) => !BeganAfter(date) && !EndedBefore(date);

    /// <summary>True unless the role certainly began after <paramref name="year"/> or certainly ended before it.</summary>
    public bool MayBeHeldIn(int year) => !(From is { } from && from.Earliest.Year > year) && !(To is { } to && to.Latest.Year < year);

    public bool BeganAfter(DateOnly date) => From is { } from && from.Earliest > date;

    public bool EndedBefore(DateOnly date) => To is { } to && to.Latest < date;

    /// <summary>Certainly held on <paramref name="date"/>: begun by then and, as far as the list says, not ended.</summary>
    public bool CertainlyHeldOn(DateOnly date) => From is { } from && from.Latest <= date && (To is null || To.Value.Earliest > date);

    /// <summary>
    /// Whether a title in the text can name this role: the same office and, where both give one, the same
    /// organisation and target. A country against a party or committee the list names says nothing either way; an
    /// envoy's target is compared as written, known to the tables or not ("the United Nations" is not "the International
    /// Organizations in Vienna").
    /// </summary>
    public bool Accepts(ParsedTitle text) =>
        Title is { } title && ReferenceEquals(title.Office, text.Office) && SameOrganisation(text.Organisation, Organisation) && (text.Target is null || Target is null || text.Target.Id == Target.Id);

    /// <summary>
    /// Reads the roles of <paramref name="person"/>, making the organisations they name known to <paramref name="tables"/>.
    /// <paramref name="read"/> holds the titles read so far: a list repeats a few titles ("Senator", "Governor") many times.
    /// </summary>
    public static ListedRole[] Read(PersonEntry person, RoleTables tables, Dictionary<(string Title, string? Organisation), (ParsedTitle? Title, Organisation? Organisation)> read)
    {
        var roles = new ListedRole[person.Roles.Count];
        for (var k = 0; k < roles.Length; k++)
        {
            var role = person.Roles[k];
            if (!read.TryGetValue((role.Title, role.Organisation), out var parsed))
            {
                var words = TitleText.Words(role.Title);
                var title = TitleParser.Parse(words, 0, words.Count, tables, literalTail: true);
                var organisation = title?.Organisation ?? (role.Organisation is { } named ? TitleParser.ReadOrganisation(named, tables) : null);
                foreach (var known in new[] { organisation, title?.Target })
                {
                    if (known is not null)
                    {
                        tables.AddListed(known);
                    }
                }

                parsed = (title, organisation);
                read[(role.Title, role.Organisation)] = parsed;
            }

            var aliases = role.Aliases.Count == 0 ? EmptyKeys : new HashSet<string>(role.Aliases.Select(TitleText.Key), StringComparer.Ordinal);
            roles[k] = new ListedRole(role, parsed.Title, parsed.Organisation, parsed.Title?.Target, PartialDate.Parse(role.From), PartialDate.Parse(role.To), aliases);
        }

        return roles;
    }

    private static readonly HashSet<string> EmptyKeys = [];

    private static bool SameOrganisation(Organisation? text, Organisation? listed) =>
        text is null || listed is null || (text.Kind == OrganisationKind.Listed) != (listed.Kind == OrganisationKind.Listed) || text.Id == listed.Id;
}
