using System.Globalization;

namespace IncidentLang.Cli;

/// <summary>
/// With <c>INC_GC_REPORT</c> set (to anything), one line on stderr at exit: the garbage collections of the run by generation, which
/// was the last to run in the background, and the bytes allocated (docs/performance.md, "GC settings"). A measuring aid: a large
/// check or build is meant to finish before its first collection.
/// </summary>
internal static class GcReport
{
    /// <param name="error">Where the line goes (stderr).</param>
    /// <param name="setting">The value of <c>INC_GC_REPORT</c>: nothing is written when it is null or empty.</param>
    public static void WriteIfRequested(TextWriter error, string? setting)
    {
        if (string.IsNullOrEmpty(setting))
        {
            return;
        }

        // Collections are numbered from 1 in the order they ran; a gen2 collection counts in gen0 and gen1 too.
        var last = GC.GetGCMemoryInfo(GCKind.Any).Index;
        var background = GC.GetGCMemoryInfo(GCKind.Background).Index;
        var lastBackground = background == 0 ? "none ran in the background" : $"the last in the background was #{background} of {last}";
        error.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"inc: collections gen0 {GC.CollectionCount(0)}, gen1 {GC.CollectionCount(1)}, gen2 {GC.CollectionCount(2)} ({lastBackground}); {GC.GetTotalAllocatedBytes() / 1024:N0} KiB allocated"));
    }
}
