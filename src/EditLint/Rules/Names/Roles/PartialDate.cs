using System.Globalization;

namespace EditLint.Rules.Names.Roles;

/// <summary>
/// A name list date written YYYY, YYYY-MM or YYYY-MM-DD, as the range of days it may mean: "2015" is any day of
/// 2015. Comparisons are made certain-or-silent: a role is "certainly over" only when its last possible day is
/// before the document's date.
/// </summary>
internal readonly record struct PartialDate(DateOnly Earliest, DateOnly Latest, string Text)
{
    public static PartialDate? Parse(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var year = int.Parse(text.AsSpan(0, 4), CultureInfo.InvariantCulture);
        if (text.Length == 4)
        {
            return new PartialDate(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), text);
        }

        var month = Math.Clamp(int.Parse(text.AsSpan(5, 2), CultureInfo.InvariantCulture), 1, 12);
        if (text.Length == 7)
        {
            return new PartialDate(new DateOnly(year, month, 1), new DateOnly(year, month, DateTime.DaysInMonth(year, month)), text);
        }

        var day = Math.Clamp(int.Parse(text.AsSpan(8, 2), CultureInfo.InvariantCulture), 1, DateTime.DaysInMonth(year, month));
        var date = new DateOnly(year, month, day);
        return new PartialDate(date, date, text);
    }

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
