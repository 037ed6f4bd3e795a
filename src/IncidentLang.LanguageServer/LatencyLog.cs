using System.Diagnostics;

namespace IncidentLang.LanguageServer;

/// <summary>
/// Where the server's time goes, per message and per diagnostics run, written to the log (stderr) when the environment
/// variable <c>INC_LSP_TIMING</c> is set (docs/performance.md, "Language server"). Off, it costs one branch per stage.
/// </summary>
public sealed class LatencyLog(TextWriter log, bool enabled)
{
    private readonly Lock _gate = new();

    public static LatencyLog FromEnvironment(TextWriter log) =>
        new(log, !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("INC_LSP_TIMING")));

    public bool Enabled { get; } = enabled;

    /// <summary>A timestamp to measure stages from; 0 when disabled.</summary>
    public long Start() => Enabled ? Stopwatch.GetTimestamp() : 0;

    /// <summary>Milliseconds since <paramref name="start"/>, and resets it to now.</summary>
    public double Lap(ref long start)
    {
        if (!Enabled)
        {
            return 0;
        }

        var now = Stopwatch.GetTimestamp();
        var ms = Stopwatch.GetElapsedTime(start, now).TotalMilliseconds;
        start = now;
        return ms;
    }

    /// <summary>
    /// One line: what was timed (with a detail such as its size) and its stages (name, milliseconds), then the garbage collector's
    /// counts so far (gen0/gen1/gen2 collections, total pause, bytes allocated): the difference between two lines says whether a collection ran between them.
    /// </summary>
    public void Write(string what, string detail, params (string Stage, double Ms)[] stages)
    {
        if (!Enabled)
        {
            return;
        }

        var line = $"inc lsp timing: {what} ({detail}): " + string.Join(", ", stages.Select(s => $"{s.Stage} {s.Ms.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)} ms"))
            + $"; gc {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}, paused {GC.GetTotalPauseDuration().TotalMilliseconds.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)} ms"
            + $", allocated {(GC.GetTotalAllocatedBytes() / 1048576.0).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)} MB";
        lock (_gate)
        {
            log.WriteLine(line);
            log.Flush();
        }
    }
}
