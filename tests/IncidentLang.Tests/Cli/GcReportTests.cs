using System.Text.RegularExpressions;
using IncidentLang.Cli;

namespace IncidentLang.Tests.Cli;

/// <summary><c>INC_GC_REPORT</c>: one line on stderr at exit with the run's collections, nothing without it.</summary>
public sealed class GcReportTests
{
    [Fact]
    public void With_the_setting_one_line_gives_the_collections_by_generation_and_the_bytes_allocated()
    {
        var error = new StringWriter();

        GcReport.WriteIfRequested(error, "1");

        var line = Assert.Single(error.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
        Assert.Matches(new Regex(@"^inc: collections gen0 \d+, gen1 \d+, gen2 \d+ \((none ran in the background|the last in the background was #\d+ of \d+)\); [\d,]+ KiB allocated$"), line);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Without_the_setting_nothing_is_written(string? setting)
    {
        var error = new StringWriter();

        GcReport.WriteIfRequested(error, setting);

        Assert.Equal(string.Empty, error.ToString());
    }
}
