using IncidentLang.Syntax;

namespace IncidentLang.Tests.Syntax;

/// <summary>
/// <c>YYYY-MM</c> and <c>YYYY-MM-DD</c> are read without the date pattern (the common case); the values
/// and the diagnostics are the pattern's: impossible dates and every other form still go through it.
/// </summary>
public sealed class IsoDateReadingTests
{
    [Theory]
    [InlineData("2024-02-29", 2024, 2, 29, DatePrecision.Day)]
    [InlineData("0001-01-01", 1, 1, 1, DatePrecision.Day)]
    [InlineData("9999-12-31", 9999, 12, 31, DatePrecision.Day)]
    [InlineData("2024-10", 2024, 10, 1, DatePrecision.Month)]
    public void Day_and_month_dates_have_their_values(string raw, int year, int month, int day, DatePrecision precision)
    {
        var date = LiteralDecoder.ParseDate(raw, out _);
        Assert.Equal(new DateValue(year, month, day, precision, TimeSpan.Zero, TimeSpan.Zero, raw), date);
    }

    [Theory]
    [InlineData("2023-02-29", "Impossible calendar date '2023-02-29'")]
    [InlineData("2024-13", "Impossible calendar date '2024-13'")]
    [InlineData("2024-00-10", "Impossible calendar date '2024-00-10'")]
    [InlineData("0000-01-01", "Impossible calendar date '0000-01-01'")]
    [InlineData("2024-1-05", "Malformed date '2024-1-05'; expected YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mm[:ss]Z")]
    [InlineData("2024-01-0x", "Malformed date '2024-01-0x'; expected YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mm[:ss]Z")]
    [InlineData("2024-01_05", "Malformed date '2024-01_05'; expected YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mm[:ss]Z")]
    public void Impossible_and_malformed_dates_keep_their_messages(string raw, string problem)
    {
        Assert.Null(LiteralDecoder.ParseDate(raw, out var actual));
        Assert.Equal(problem, actual);
    }

    [Fact]
    public void Date_times_still_take_the_pattern()
    {
        var date = LiteralDecoder.ParseDate("2024-11-15T14:30:00+01:00", out _);
        Assert.Equal(DatePrecision.DateTime, date!.Precision);
        Assert.Equal(new TimeSpan(14, 30, 0), date.TimeOfDay);
        Assert.Equal(TimeSpan.FromHours(1), date.Offset);
    }
}
