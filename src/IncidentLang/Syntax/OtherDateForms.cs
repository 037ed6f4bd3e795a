using System.Globalization;
using System.Text.RegularExpressions;

namespace IncidentLang.Syntax;

/// <summary>
/// Dates written in another common form where the language wants <c>YYYY-MM-DD</c>: <c>21 Feb 2024</c>,
/// <c>21 February 2024</c>, <c>Feb 21, 2024</c>, <c>2024/02/21</c>, <c>21/02/2024</c>, <c>21.02.2024</c>
/// (docs/language.md, "Dates"). The message names the form to use and, when the date is unambiguous
/// (a month named, year first, or a day above 12), the exact replacement.
/// </summary>
internal static partial class OtherDateForms
{
    internal sealed record Recognized(string Message, string? Replacement);

    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    public static Recognized? Recognize(string raw)
    {
        if (raw.Contains('-'))
        {
            // No other form has a hyphen: every ISO date (the common case) is answered without running the patterns.
            return null;
        }

        if (DayMonthYear().Match(raw) is { Success: true } dmy)
        {
            return Exact(raw, Int(dmy, "y"), MonthOf(dmy.Groups["m"].Value), Int(dmy, "d"));
        }

        if (MonthDayYear().Match(raw) is { Success: true } mdy)
        {
            return Exact(raw, Int(mdy, "y"), MonthOf(mdy.Groups["m"].Value), Int(mdy, "d"));
        }

        if (YearFirst().Match(raw) is { Success: true } ymd)
        {
            return Exact(raw, Int(ymd, "y"), Int(ymd, "a"), Int(ymd, "b"));
        }

        if (YearLast().Match(raw) is not { Success: true } numeric)
        {
            return null;
        }

        var (a, b, year) = (Int(numeric, "a"), Int(numeric, "b"), Int(numeric, "y"));
        if (a > 12 && b <= 12)
        {
            return Exact(raw, year, b, a); // day first: 21/02/2024
        }

        if (b > 12 && a <= 12)
        {
            return Exact(raw, year, a, b); // month first: 02/21/2024
        }

        if (a <= 12 && b <= 12 && a != b && Valid(year, b, a) && Valid(year, a, b))
        {
            return new Recognized($"Dates are written YYYY-MM-DD; '{raw}' could be {Iso(year, b, a)} or {Iso(year, a, b)}", null);
        }

        return a == b && Valid(year, a, b)
            ? Exact(raw, year, a, b)
            : new Recognized($"Dates are written YYYY-MM-DD; '{raw}' is not a date", null);
    }

    private static Recognized Exact(string raw, int year, int month, int day) =>
        Valid(year, month, day)
            ? new Recognized($"Dates are written YYYY-MM-DD: {Iso(year, month, day)}", Iso(year, month, day))
            : new Recognized($"Dates are written YYYY-MM-DD; '{raw}' is not a date in the calendar", null);

    private static bool Valid(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    private static string Iso(int year, int month, int day) => string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}-{day:D2}");

    private static int Int(Match match, string group) => int.Parse(match.Groups[group].Value, NumberStyles.None, CultureInfo.InvariantCulture);

    private static int MonthOf(string name) => Array.IndexOf(Months, name[..3].ToLowerInvariant()) + 1;

    [GeneratedRegex(@"\A(?<d>\d{1,2})[ \t]+(?<m>[A-Za-z]+)\.?[ \t]+(?<y>\d{4})\z", RegexOptions.CultureInvariant)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"\A(?<m>[A-Za-z]+)\.?[ \t]+(?<d>\d{1,2}),?[ \t]+(?<y>\d{4})\z", RegexOptions.CultureInvariant)]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"\A(?<y>\d{4})/(?<a>\d{1,2})/(?<b>\d{1,2})\z", RegexOptions.CultureInvariant)]
    private static partial Regex YearFirst();

    [GeneratedRegex(@"\A(?<a>\d{1,2})[/.](?<b>\d{1,2})[/.](?<y>\d{4})\z", RegexOptions.CultureInvariant)]
    private static partial Regex YearLast();
}
