using System.Globalization;
using EditLint.Names;

namespace EditLint.Rules.Names.Roles;

/// <summary>
/// A name list date written YYYY, YYYY-MM or YYYY-MM-DD, as the range of days it may mean: "2015" is any day of
/// 2015. Comparisons are made certain-or-silent: a role is "certainly over" only when its last possible day is
/// before the document's date.
/// </summary>
internal readonly record struct PartialDate(DateOnly Earliest, DateOnly Latest, string Text)
{
    /// <summary>The date <paramref name="text"/> means, or null when there is none or it is not a real date (the loader has reported it).</summary>
    public static PartialDate? Parse(string? text) =>
        text is not null && NameRole.DateRange(text) is var (earliest, latest) ? new PartialDate(earliest, latest, text) : null;

    /// <summary>"on 31 December 2006", "in December 2006", "in 2006".</summary>
    public string OnOrIn() => Text.Length switch
    {
        4 => "in " + Text,
        7 => "in " + Earliest.ToString("MMMM yyyy", CultureInfo.InvariantCulture),
        _ => "on " + Earliest.ToString("d MMMM yyyy", CultureInfo.InvariantCulture),
    };

    /// <summary>"31 December 2006", "December 2006", "2006".</summary>
    public override string ToString() => OnOrIn()[3..];
}
