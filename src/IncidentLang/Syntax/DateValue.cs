using System.Globalization;

namespace IncidentLang.Syntax;

/// <summary>How much of a date was written.</summary>
public enum DatePrecision
{
    Year,
    Month,
    Day,
    DateTime,
}

/// <summary>
/// A date as written, keeping its precision (docs/language.md, "Dates"): <c>2024</c>, <c>2024-10</c>, <c>2024-11-15</c>
/// or <c>2024-11-15T14:30Z</c>. Comparisons use the first instant the date covers.
/// </summary>
public sealed record DateValue(int Year, int Month, int Day, DatePrecision Precision, TimeSpan TimeOfDay, TimeSpan Offset, string Text)
{
    /// <summary>The first day the date covers (2024-10 → 2024-10-01).</summary>
    public DateOnly FirstDay => new(Year, Precision >= DatePrecision.Month ? Month : 1, Precision >= DatePrecision.Day ? Day : 1);

    /// <summary>The first instant the date covers, in UTC.</summary>
    public DateTimeOffset FirstInstantUtc =>
        Precision == DatePrecision.DateTime
            ? new DateTimeOffset(FirstDay.ToDateTime(TimeOnly.MinValue) + TimeOfDay, Offset).ToUniversalTime()
            : new DateTimeOffset(FirstDay.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    /// <summary>The canonical text (ISO 8601 at the written precision; date-times in UTC with Z).</summary>
    public string Iso => Precision switch
    {
        DatePrecision.Year => Year.ToString("D4", CultureInfo.InvariantCulture),
        DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}"),
        DatePrecision.Day => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}"),
        _ => FirstInstantUtc.ToString(TimeOfDay.Milliseconds == 0 ? "yyyy-MM-dd'T'HH:mm:ss'Z'" : "yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
    };

    /// <summary>Human words: "2024", "October 2024", "15 November 2024", "15 November 2024, 14:30 UTC".</summary>
    public string Display => Precision switch
    {
        DatePrecision.Year => Year.ToString("D4", CultureInfo.InvariantCulture),
        DatePrecision.Month => FirstDay.ToString("MMMM yyyy", CultureInfo.InvariantCulture),
        DatePrecision.Day => FirstDay.ToString("d MMMM yyyy", CultureInfo.InvariantCulture),
        _ => FirstInstantUtc.ToString("d MMMM yyyy, HH:mm 'UTC'", CultureInfo.InvariantCulture),
    };

    /// <summary>
    /// The first instant after the period the date covers (<c>2024-02</c> → 2024-03-01T00:00Z; a date-time is an
    /// instant, so its end is itself). Two dates of different precision overlap when neither period ends before the other starts.
    /// </summary>
    public DateTimeOffset EndInstantUtc => Precision switch
    {
        DatePrecision.Year => FirstInstantUtc.AddYears(1),
        DatePrecision.Month => FirstInstantUtc.AddMonths(1),
        DatePrecision.Day => FirstInstantUtc.AddDays(1),
        _ => FirstInstantUtc,
    };

    /// <summary>True when this date's whole period lies before <paramref name="other"/>'s begins (for a range that ends before it starts).</summary>
    public bool EndsBefore(DateValue other) =>
        Precision == DatePrecision.DateTime && other.Precision == DatePrecision.DateTime
            ? FirstInstantUtc < other.FirstInstantUtc
            : EndInstantUtc <= other.FirstInstantUtc;

    public static DateValue FromYear(int year, string text) => new(year, 1, 1, DatePrecision.Year, TimeSpan.Zero, TimeSpan.Zero, text);

    public override string ToString() => Iso;
}
