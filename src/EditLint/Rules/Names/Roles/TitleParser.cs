namespace EditLint.Rules.Names.Roles;

/// <summary>
/// Reads a title, all of its words or nothing:
/// <c>[the] [former|ex|then] [organisation ['s]]… [former|ex|then] office [to target | of organisation | for organisation]</c>,
/// for example "Russia's permanent representative to the United Nations", "the vice president of Japan's Liberal
/// Democratic Party", "then-Secretary of State", "UN envoy". The office and the organisations must be in the tables;
/// a name list's own titles may end in an organisation the tables do not know (it is then known by its words).
/// </summary>
internal static class TitleParser
{
    /// <summary>
    /// Reads <paramref name="words"/>[start..end) as a title. With <paramref name="literalTail"/> (a name list's
    /// title) the words after "to", "of" or "for" may name an organisation the tables do not know.
    /// </summary>
    public static ParsedTitle? Parse(IReadOnlyList<TitleWord> words, int start, int end, RoleTables tables, bool literalTail)
    {
        var i = start;
        if (i < end && words[i].Key == "the")
        {
            i++;
        }

        var first = i;
        var time = TitleTime.Current;
        ReadTime(words, ref i, end, ref time);
        // "Russia's former president": 'former' goes after the possessive.
        var formerAt = first;
        var organisation = ReadChain(words, ref i, end, tables, ref formerAt);

        ReadTime(words, ref i, end, ref time);
        if (tables.Offices.Longest(words, i, end) is not var (office, officeLength))
        {
            return null;
        }

        i += officeLength;
        Organisation? target = null;
        if (i < end)
        {
            var link = words[i].Key;
            if (!(link is "of" or "for" || (link == "to" && office.TakesTarget)))
            {
                return null;
            }

            var tail = i + 1;
            if (tail < end && words[tail].Key == "the")
            {
                tail++;
            }

            var named = ReadOrganisation(words, tail, end, tables, literalTail);
            if (named is null)
            {
                return null;
            }

            if (link == "to")
            {
                target = named;
            }
            else
            {
                organisation = named;
            }
        }

        if (office.TakesTarget && target is null && organisation is { Kind: OrganisationKind.International })
        {
            // "UN envoy": the ambassador of a country to the UN.
            (target, organisation) = (organisation, null);
        }

        return new ParsedTitle(office, organisation, target, time, first, formerAt);
    }

    /// <summary>An organisation written on its own ("Russian Federation", "the United Nations"), or by its words when the tables do not know it.</summary>
    public static Organisation ReadOrganisation(string text, RoleTables tables)
    {
        var words = TitleText.Words(text);
        var start = words.Count > 0 && words[0].Key == "the" ? 1 : 0;
        return ReadOrganisation(words, start, words.Count, tables, literal: true)
            ?? new Organisation("=" + text, text, OrganisationKind.Listed);
    }

    private static Organisation? ReadOrganisation(IReadOnlyList<TitleWord> words, int start, int end, RoleTables tables, bool literal)
    {
        var i = start;
        var afterPossessive = start;
        var found = ReadChain(words, ref i, end, tables, ref afterPossessive);
        if (i == end && found is not null)
        {
            return found;
        }

        return literal && start < end ? RoleTables.Literal(words, start, end) : null;
    }

    /// <summary>
    /// Reads organisations in a row, each maybe with "'s" ("Japan's Liberal Democratic Party"): the last one is the
    /// one meant. <paramref name="afterPossessive"/> moves to the word after the last "'s".
    /// </summary>
    private static Organisation? ReadChain(IReadOnlyList<TitleWord> words, ref int i, int end, RoleTables tables, ref int afterPossessive)
    {
        Organisation? found = null;
        while (i < end && tables.Organisations.Longest(words, i, end) is var (org, length))
        {
            found = org;
            i += length;
            if (i < end && words[i].Key == "'s")
            {
                i++;
                afterPossessive = i;
            }
        }

        return found;
    }

    private static void ReadTime(IReadOnlyList<TitleWord> words, ref int i, int end, ref TitleTime time)
    {
        while (i < end)
        {
            switch (words[i].Key)
            {
                case "former" or "ex":
                    time = TitleTime.Former;
                    break;
                case "then":
                    time = TitleTime.Then;
                    break;
                default:
                    return;
            }

            i++;
        }
    }
}
