using System.Globalization;
using IncidentLang.Syntax;

namespace IncidentLang.Emit.Html;

/// <summary>How a date, or a span from one date to another, reads: "21 February – 4 March 2024", "21–29 February 2024".</summary>
/// <param name="Start">The start as written in the range ("21 February"): the year is left to the end when both share it.</param>
/// <param name="Separator">" – " or, between two days of the same month, "–".</param>
/// <param name="End">The end ("4 March 2024"); null for a single date.</param>
internal sealed record DateRangeText(string Start, string Separator, string? End)
{
    public string Text => End is null ? Start : Start + Separator + End;
}

internal static class DateRangeFormatter
{
    /// <summary>
    /// The date alone when there is no end; otherwise the shortest unambiguous range: the year once when
    /// both dates are in it ("21 February – March 2024"), the month once when both days are in it
    /// ("21–29 February 2024"), both in full across years or with a time of day.
    /// </summary>
    public static DateRangeText Format(DateValue start, DateValue? end)
    {
        if (end is null)
        {
            return new DateRangeText(start.Display, string.Empty, null);
        }

        var calendar = start.Precision is DatePrecision.Month or DatePrecision.Day && end.Precision is DatePrecision.Month or DatePrecision.Day;
        if (!calendar || start.Year != end.Year)
        {
            return new DateRangeText(start.Display, " – ", end.Display);
        }

        if (start.Precision == DatePrecision.Day && end.Precision == DatePrecision.Day && start.Month == end.Month)
        {
            return new DateRangeText(start.Day.ToString(CultureInfo.InvariantCulture), "–", end.Display);
        }

        var startText = start.FirstDay.ToString(start.Precision == DatePrecision.Day ? "d MMMM" : "MMMM", CultureInfo.InvariantCulture);
        return new DateRangeText(startText, " – ", end.Display);
    }
}
