using System.Globalization;

namespace IncidentLang.Cli;

/// <summary>
/// With <c>INC_GC_REPORT</c> set (to anything), one line on stderr at exit: the garbage collections of the run by generation, whether the last
/// full one ran in the background, and the bytes allocated (docs/performance.md, "GC settings"). A measuring aid: a large
/// check or build is meant to finish before its first collection.
/// </summary>
internal static class GcReport
{
    public static void WriteIfRequested(TextWriter error)
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("INC_GC_REPORT")))
        {
            return;
        }

        var background = GC.GetGCMemoryInfo(GCKind.Background).Index;
        error.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"inc: gc gen0 {GC.CollectionCount(0)}, gen1 {GC.CollectionCount(1)}, gen2 {GC.CollectionCount(2)} ({background} in the background); {GC.GetTotalAllocatedBytes() / 1024:N0} KiB allocated"));
    }
}
