namespace EditLint.Rules.Names.Roles;

/// <summary>
/// An office of the title table ("foreign minister"): every form of it names the same office. An office that
/// <see cref="TakesTarget"/> is held towards another organisation ("ambassador to the United Nations").
/// </summary>
internal sealed record Office(string Name, bool TakesTarget);

/// <summary>What an organisation of the table is; an international one in front of an envoy's title is the envoy's target ("UN envoy").</summary>
internal enum OrganisationKind
{
    Country,
    International,

    /// <summary>Read from a name list or editlint.json, known only by its own words.</summary>
    Listed,
}

/// <summary>An organisation: a country, an international organisation, or one a name list names ("Liberal Democratic Party").</summary>
internal sealed record Organisation(string Id, string Name, OrganisationKind Kind);
