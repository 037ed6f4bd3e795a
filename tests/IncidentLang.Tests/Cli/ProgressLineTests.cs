using IncidentLang.Cli;

namespace IncidentLang.Tests.Cli;

/// <summary>The progress line of long runs (docs/performance.md, "Many files"), through its clock seam: the terminal case.</summary>
public sealed class ProgressLineTests
{
    private sealed class FakeClock
    {
        public TimeSpan Now { get; set; }
    }

    [Fact]
    public void Nothing_is_shown_before_the_delay_then_one_line_is_rewritten_in_place_and_cleared()
    {
        var clock = new FakeClock();
        var terminal = new StringWriter();
        using (var progress = new ProgressLine(terminal, () => clock.Now))
        {
            progress.Start("parsed", 10_000, "files");
            progress.Advance();
            Assert.Equal(string.Empty, terminal.ToString()); // a short run shows nothing

            clock.Now = ProgressLine.Delay;
            progress.Advance();
            Assert.Equal("\r\u001b[Kinc: parsed 2 of 10,000 files", terminal.ToString());

            progress.Advance(); // within 100 ms of the last line: not rewritten
            Assert.Equal("\r\u001b[Kinc: parsed 2 of 10,000 files", terminal.ToString());

            clock.Now += TimeSpan.FromMilliseconds(100);
            progress.Start("checking", -1, "10,000 files");
            Assert.EndsWith("\r\u001b[Kinc: checking 10,000 files", terminal.ToString(), StringComparison.Ordinal);
        }

        Assert.EndsWith("10,000 files\r\u001b[K", terminal.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_run_that_never_showed_the_line_writes_nothing_at_all()
    {
        var terminal = new StringWriter();
        using (var progress = new ProgressLine(terminal, () => TimeSpan.FromMilliseconds(10)))
        {
            progress.Start("built", 3, "incidents");
            progress.Advance();
        }

        Assert.Equal(string.Empty, terminal.ToString());
    }

    [Fact]
    public void A_writer_that_is_not_the_process_stderr_gets_no_progress_line()
    {
        Assert.True(ProgressLine.For(new StringWriter()).IsSilent);
        Assert.True(ProgressLine.Silent.IsSilent);
    }
}
