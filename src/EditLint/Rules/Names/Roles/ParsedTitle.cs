namespace EditLint.Rules.Names.Roles;

/// <summary>How a title places the office in time: as held, "former"/"ex-", or "then-".</summary>
internal enum TitleTime
{
    Current,
    Former,
    Then,
}

/// <summary>
/// A title read by <see cref="TitleParser"/>: the office, the organisation that gives it ("Russian", "of Japan's
/// Liberal Democratic Party"), the target of an envoy ("to the United Nations"), and its time word. Word indexes
/// are into the words it was read from: <see cref="First"/> is the first word after a leading "the",
/// <see cref="FormerAt"/> where "former" would go.
/// </summary>
internal sealed record ParsedTitle(Office Office, Organisation? Organisation, Organisation? Target, TitleTime Time, int First, int FormerAt);
