using System.Globalization;

namespace EditLint.Names;

/// <summary>What a listed spelling is for.</summary>
public enum NameFormKind
{
    /// <summary>The canonical spelling; the fix EL1001 offers.</summary>
    Canonical,

    /// <summary>An accepted other form (a surname alone, another accepted romanisation).</summary>
    Alias,

    /// <summary>A known wrong form, always flagged with the canonical spelling as the fix.</summary>
    Rejected,
}

/// <summary>
/// An office a person held, as the list records it: <c>From</c> and <c>To</c> are partial ISO dates, <c>Aliases</c>
/// other titles that name this office for this person (EL1003), <c>Line</c> and <c>Column</c> where the role is
/// written in its list (1-based; 0 when it was not read from a file).
/// </summary>
public sealed record NameRole(string Title, string? Organisation, string? From, string? To)
{
    public IReadOnlyList<string> Aliases { get; init; } = [];

    public int Line { get; init; }

    public int Column { get; init; }

    /// <summary>"Vice President, Liberal Democratic Party".</summary>
    public override string ToString() => Organisation is null ? Title : $"{Title}, {Organisation}";

    /// <summary>
    /// The days a list date written YYYY, YYYY-MM or YYYY-MM-DD may mean ("2015": 1 January to 31 December 2015), or
    /// null when it is not a real date of that form: "0000", "2009-13", "2017-02-30" and "2017-1-5" are refused rather
    /// than read as some nearby day.
    /// </summary>
    public static (DateOnly Earliest, DateOnly Latest)? DateRange(string text)
    {
        foreach (var c in text)
        {
            if (!(char.IsAsciiDigit(c) || c == '-'))
            {
                return null; // no signs, spaces or other scripts' digits
            }
        }

        var format = text.Length switch { 4 => "yyyy", 7 => "yyyy-MM", 10 => "yyyy-MM-dd", _ => null };
        if (format is null || !DateOnly.TryParseExact(text, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var first))
        {
            return null;
        }

        var last = text.Length switch
        {
            4 => new DateOnly(first.Year, 12, 31),
            7 => new DateOnly(first.Year, first.Month, DateTime.DaysInMonth(first.Year, first.Month)),
            _ => first,
        };
        return (first, last);
    }
}

/// <summary>One spelling in a list, with where it was written.</summary>
public sealed record NameForm(string Text, NameFormKind Kind, int Line, int Column);

/// <summary>One person in a name list.</summary>
public sealed class PersonEntry
{
    public PersonEntry(string name, IReadOnlyList<NameForm> forms, IReadOnlyList<NameRole> roles, string? source, string listPath, int line, int column)
    {
        Name = name;
        Forms = forms;
        Roles = roles;
        Source = source;
        ListPath = listPath;
        Line = line;
        Column = column;
    }

    /// <summary>The canonical spelling.</summary>
    public string Name { get; }

    /// <summary>Every spelling: the canonical one first, then aliases and rejected forms.</summary>
    public IReadOnlyList<NameForm> Forms { get; }

    public IReadOnlyList<NameRole> Roles { get; }

    public string? Source { get; }

    /// <summary>The list file the entry comes from.</summary>
    public string ListPath { get; }

    /// <summary>1-based line of the entry in its list.</summary>
    public int Line { get; }

    /// <summary>1-based column of the entry in its list.</summary>
    public int Column { get; }

    /// <summary>"Masahiko Komura (Vice President, Liberal Democratic Party)", for messages.</summary>
    public string Describe() => Roles.Count == 0 ? Name : $"{Name} ({Roles[0]})";
}

/// <summary>A problem in a name list, with its position (1-based line and column).</summary>
public sealed record NameListError(string Path, int Line, int Column, string Message)
{
    /// <summary>"names.json(3,5): message", the canonical MSBuild form.</summary>
    public override string ToString() => $"{Path}({Line},{Column}): {Message}";
}

/// <summary>The people read from one list file, and the problems found in it.</summary>
public sealed record NameListLoadResult(string Path, IReadOnlyList<PersonEntry> People, IReadOnlyList<NameListError> Errors, bool Usable);
