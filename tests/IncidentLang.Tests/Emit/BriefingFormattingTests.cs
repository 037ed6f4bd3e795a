using System.Globalization;
using IncidentLang.Emit.Html;
using IncidentLang.Syntax;

namespace IncidentLang.Tests.Emit;

/// <summary>
/// How the briefing writes quantities (words, then the exact digits when the words are not them;
/// "about" only when the words round), date ranges and prose paragraphs.
/// </summary>
public sealed class BriefingFormattingTests
{
    [Theory]
    [InlineData(0L, "individuals", "0 individuals")]
    [InlineData(1L, "individual", "1 individual")]
    [InlineData(999L, "individuals", "999 individuals")]
    [InlineData(1_000L, "individuals", "1,000 individuals")]
    [InlineData(999_999L, "records", "999,999 records")]
    [InlineData(1_000_000L, "records", "1 million records (1,000,000)")]
    [InlineData(1_500_000L, "individuals", "1.5 million individuals (1,500,000)")]
    [InlineData(1_250_000L, "individuals", "1.25 million individuals (1,250,000)")]
    [InlineData(22_000_000L, "records", "22 million records (22,000,000)")]
    [InlineData(190_000_000L, "individuals", "190 million individuals (190,000,000)")]
    [InlineData(2_500_000_000L, "records", "2.5 billion records (2,500,000,000)")]
    [InlineData(3_000_000_000_000L, "bytes", "3 trillion bytes (3,000,000,000,000)")]
    [InlineData(1_234_567L, "individuals", "about 1.2 million individuals (1,234,567)")]
    [InlineData(190_123_456L, "individuals", "about 190.1 million individuals (190,123,456)")]
    [InlineData(999_999_999L, "records", "about 1 billion records (999,999,999)")]
    [InlineData(1_000L, "", "1,000")]
    public void Counts_read_in_words_and_digits(long count, string unit, string expected) =>
        Assert.Equal(expected, QuantityFormatter.Count(count, unit).Text);

    [Theory]
    [InlineData("22000000", "USD", "US$22 million (22,000,000 USD)")]
    [InlineData("2500000000", "USD", "US$2.5 billion (2,500,000,000 USD)")]
    [InlineData("1500000.5", "USD", "about US$1.5 million (1,500,000.5 USD)")]
    [InlineData("4400000", "EUR", "€4.4 million (4,400,000 EUR)")]
    [InlineData("999", "GBP", "£999")]
    [InlineData("1234.5", "EUR", "€1,234.5")]
    [InlineData("0.25", "BTC", "BTC 0.25")]
    [InlineData("75", "BTC", "BTC 75")]
    [InlineData("1000000", "CHF", "CHF 1 million (1,000,000 CHF)")]
    public void Money_reads_with_its_currency_in_words_and_digits(string amount, string currency, string expected) =>
        Assert.Equal(expected, QuantityFormatter.Money(decimal.Parse(amount, CultureInfo.InvariantCulture), currency).Text);

    [Fact]
    public void Words_and_digits_are_apart_for_the_template()
    {
        var count = QuantityFormatter.Count(190_000_000, "individuals");
        Assert.Equal("190 million individuals", count.Words);
        Assert.Equal("190,000,000", count.Digits);
        Assert.Null(QuantityFormatter.Count(999, "individuals").Digits);
    }

    private static DateValue Date(string text) => LiteralDecoder.ParseDate(text, out _)!;

    [Theory]
    [InlineData("2024-02-21", null, "21 February 2024")]
    [InlineData("2024-02-21", "2024-03-04", "21 February – 4 March 2024")]
    [InlineData("2024-02-21", "2024-02-29", "21–29 February 2024")]
    [InlineData("2024-02-21", "2024-03", "21 February – March 2024")]
    [InlineData("2024-02", "2024-03", "February – March 2024")]
    [InlineData("2023-12-21", "2024-01-04", "21 December 2023 – 4 January 2024")]
    [InlineData("2023", "2024", "2023 – 2024")]
    [InlineData("2024-10", "2025", "October 2024 – 2025")]
    public void Date_ranges_say_the_year_and_month_once_when_they_are_shared(string start, string? end, string expected) =>
        Assert.Equal(expected, DateRangeFormatter.Format(Date(start), end is null ? null : Date(end)).Text);

    [Fact]
    public void Prose_splits_on_blank_lines_and_folds_soft_wraps()
    {
        Assert.Equal(["One line wrapped here.", "Second paragraph."], Prose.Paragraphs("One line\nwrapped here.\n\n  \nSecond paragraph.\n"));
        Assert.Equal(["Windows line ends."], Prose.Paragraphs("Windows\r\nline ends."));
        Assert.Empty(Prose.Paragraphs(null));
        Assert.Empty(Prose.Paragraphs("  \n "));
    }
}
