using System.Globalization;
using IncidentLang.Emit.Html;

namespace IncidentLang.Tests.Emit;

/// <summary>The timeline's coordinates are written by a fast path that must print exactly what the custom format did.</summary>
public sealed class TimelineCoordinateTests
{
    private static string Reference(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);

    [Theory]
    [InlineData(0.0, "0")]
    [InlineData(-0.0, "-0")]
    [InlineData(0.04, "0")]
    [InlineData(0.05, "0")]
    [InlineData(0.15, "0.2")]
    [InlineData(0.25, "0.2")]
    [InlineData(12.34, "12.3")]
    [InlineData(12.35, "12.4")]
    [InlineData(719.96, "720")]
    [InlineData(-3.26, "-3.3")]
    [InlineData(1e12, "1000000000000")]
    [InlineData(double.NaN, "NaN")]
    public void Writes_what_the_custom_format_writes(double value, string expected)
    {
        Assert.Equal(expected, TimelineLayout.Round(value));
        Assert.Equal(Reference(value), TimelineLayout.Round(value));
    }

    [Fact]
    public void Agrees_with_the_custom_format_on_a_million_coordinates()
    {
        var random = new Random(11);
        for (var i = 0; i < 1_000_000; i++)
        {
            // Coordinates of a drawing (0 to a few thousand units), and values exactly on a half tenth.
            var value = i % 4 == 0 ? Math.Round(random.NextDouble() * 4000, 2) : random.NextDouble() * (i % 3 == 0 ? 100 : 5000);
            var fast = TimelineLayout.Round(value);
            if (fast != Reference(value))
            {
                Assert.Fail($"{value:R}: {fast} instead of {Reference(value)}");
            }
        }
    }
}
