using System.Globalization;
using System.Runtime.InteropServices;

namespace IncidentLang.Cli;

/// <summary>
/// On Linux, lets the kernel back the managed heap's next allocations with 2 MiB pages (transparent huge pages), before any
/// real work (docs/performance.md, "Huge pages"). Every fresh 4 KiB page costs a fault, and on a virtual machine a fault can
/// cost 10–20 µs: checking the 2,000-claim report faulted about 6,500 heap pages. The GC reserves its heap as inaccessible
/// memory and commits it in 64 KiB pieces, each marked for core dumps, which splits it into pieces too small for a huge page;
/// so this makes the next <see cref="Reach"/> of the reservation, from the region the heap allocates in now, readable,
/// writable and dumpable at once, and advises huge pages for it. The GC's own commits there then change nothing, and its
/// decommits replace the memory as before. Nothing is touched, so nothing is used until the GC allocates there, except the
/// huge page the heap allocates in now: start-up already faulted part of it in 4 KiB pages, so it is collapsed into one
/// (MADV_COLLAPSE, Linux 6.1 and later; elsewhere the rest of it faults as before).
/// <c>INC_HUGE_PAGES=0</c> turns this off; any failure leaves
/// the heap as the GC made it.
/// </summary>
internal static partial class HeapHugePages
{
    /// <summary>How much of the reservation, from the current allocation region, is prepared.</summary>
    internal const long Reach = 256L << 20;

    /// <summary>The smallest inaccessible mapping taken for the GC's reservation (not a guard page or a gap between regions).</summary>
    internal const long MinimumReservation = 64L << 20;

    private const long HugePage = 2L << 20;
    private const int ProtectionReadWrite = 0x1 | 0x2;
    private const int AdviceDoDump = 17;
    private const int AdviceHugePage = 14;
    private const int AdviceCollapse = 25;

    public static void Enable()
    {
        if (!OperatingSystem.IsLinux() || Environment.GetEnvironmentVariable("INC_HUGE_PAGES") == "0")
        {
            return;
        }

        try
        {
            // Under strict overcommit accounting, making the range writable would charge all of it at once, used or not.
            if (IsStrictOvercommit(File.ReadAllText("/proc/sys/vm/overcommit_memory")))
            {
                return;
            }

            var range = RangeToPrepare(File.ReadLines("/proc/self/maps"), AddressOfNewObject(), Reach);
            if (range is not var (start, end))
            {
                return;
            }

            var length = (nuint)(end - start);
            if (MProtect((nint)start, length, ProtectionReadWrite) == 0 && MAdvise((nint)start, length, AdviceDoDump) == 0)
            {
                _ = MAdvise((nint)start, length, AdviceHugePage);
                _ = MAdvise((nint)start, (nuint)HugePage, AdviceCollapse);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DllNotFoundException or EntryPointNotFoundException)
        {
            // No /proc or no libc: the heap stays as the GC made it.
        }
    }

    /// <summary>
    /// The range to prepare, given the process's memory map (<c>/proc/self/maps</c>) and the address of an object just allocated:
    /// from the huge page that holds the object, up to <paramref name="reach"/> further, inside the run of anonymous private
    /// mappings (accessible or not) around it, and ending at the latest with the first inaccessible one of at least
    /// <see cref="MinimumReservation"/> after it, which is the rest of the GC's reservation. Null when the map does not look so.
    /// </summary>
    internal static (long Start, long End)? RangeToPrepare(IEnumerable<string> maps, long probe, long reach)
    {
        long runStart = -1;
        long previousEnd = -1;
        var probeSeen = false;
        foreach (var line in maps)
        {
            if (!TryParse(line, out var from, out var to, out var accessible, out var anonymous))
            {
                return null;
            }

            if (!anonymous || from != previousEnd)
            {
                if (probeSeen)
                {
                    return null; // the run around the object ended before a reservation
                }

                runStart = anonymous ? from : -1;
            }

            previousEnd = anonymous ? to : -1;
            if (!anonymous)
            {
                continue;
            }

            if (!probeSeen && from <= probe && probe < to)
            {
                probeSeen = true;
            }

            if (probeSeen && !accessible && to - from >= MinimumReservation)
            {
                var start = Math.Max(probe & ~(HugePage - 1), AlignUp(runStart));
                var end = Math.Min(start + reach, to & ~(HugePage - 1));
                return end > start ? (start, end) : null;
            }
        }

        return null;
    }

    /// <summary>True for the contents of <c>/proc/sys/vm/overcommit_memory</c> when it is 2 (strict accounting).</summary>
    internal static bool IsStrictOvercommit(string setting) =>
        int.TryParse(setting, NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite, CultureInfo.InvariantCulture, out var mode) && mode == 2;

    private static long AlignUp(long address) => (address + HugePage - 1) & ~(HugePage - 1);

    /// <summary>Reads one line of /proc/self/maps: "from-to perms offset dev inode [path]".</summary>
    private static bool TryParse(string line, out long from, out long to, out bool accessible, out bool anonymous)
    {
        from = to = 0;
        accessible = anonymous = false;
        var fields = line.Split(' ', 6, StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length < 5)
        {
            return false;
        }

        var dash = fields[0].IndexOf('-');
        if (dash < 0
            || !long.TryParse(fields[0].AsSpan(0, dash), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out from)
            || !long.TryParse(fields[0].AsSpan(dash + 1), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out to))
        {
            return false;
        }

        var permissions = fields[1];
        var path = fields.Length == 6 ? fields[5].Trim() : string.Empty;
        accessible = permissions == "rw-p";
        anonymous = path.Length == 0 && (accessible || permissions == "---p");
        return true;
    }

    /// <summary>Where the heap allocates now: the address of a new object (which may move as soon as it is returned).</summary>
    internal static unsafe long AddressOfNewObject()
    {
        var probe = new byte[16];
        fixed (byte* address = probe)
        {
            return (long)address;
        }
    }

    [LibraryImport("libc", EntryPoint = "mprotect", SetLastError = true)]
    private static partial int MProtect(nint address, nuint length, int protection);

    [LibraryImport("libc", EntryPoint = "madvise", SetLastError = true)]
    private static partial int MAdvise(nint address, nuint length, int advice);
}
