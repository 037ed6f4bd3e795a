using IncidentLang.Cli;

namespace IncidentLang.Tests.Cli;

/// <summary>
/// Which part of the process's memory <see cref="HeapHugePages"/> prepares for huge pages: only the GC's reservation, from the
/// region the heap allocates in, never another mapping. The maps are shaped like a native inc's (docs/performance.md, "Huge pages").
/// </summary>
public sealed class HeapHugePagesTests
{
    private const long MiB = 1L << 20;

    // The executable, then the GC's bookkeeping and reservation: committed pieces at 4 MiB regions, gaps, then the remainder.
    private static readonly string[] NativeIncMaps =
    [
        "563a81c39000-563a81c54000 r--p 00000000 00:2b 1234                       /work/inc",
        "563a8283a000-563a82867000 rw-p 00c00000 00:2b 1234                       /work/inc",
        "563a82867000-563a82d01000 rw-p 00000000 00:00 0 ",
        "563a8945b000-563a8947c000 rw-p 00000000 00:00 0                          [heap]",
        "7f184b000000-7f184b021000 rw-p 00000000 00:00 0 ",
        "7f184b021000-7f184d000000 ---p 00000000 00:00 0 ",
        "7f184d000000-7f184d001000 rw-p 00000000 00:00 0 ",
        "7f184d001000-7f184d400000 ---p 00000000 00:00 0 ",
        "7f184d400000-7f184d401000 rw-p 00000000 00:00 0 ",
        "7f184d401000-7f184d800000 ---p 00000000 00:00 0 ",
        "7f184d800000-7f184d851000 rw-p 00000000 00:00 0 ",
        "7f184d851000-7f184dc00000 ---p 00000000 00:00 0 ",
        "7f184dc00000-7f184dc01000 rw-p 00000000 00:00 0 ",
        "7f184dc01000-7f2410000000 ---p 00000000 00:00 0 ",
        "7f2414ffd000-7f2414ffe000 ---p 00000000 00:00 0 ",
        "7f2414ffe000-7f24157fe000 rw-p 00000000 00:00 0 ",
        "7fff5a1e0000-7fff5a201000 rw-p 00000000 00:00 0                          [stack]",
    ];

    [Fact]
    public void The_range_starts_at_the_huge_page_of_the_new_object_and_reaches_into_the_reservation()
    {
        var range = HeapHugePages.RangeToPrepare(NativeIncMaps, 0x7f184d80b0c8, HeapHugePages.Reach);

        Assert.Equal((0x7f184d800000, 0x7f184d800000 + HeapHugePages.Reach), range);
    }

    [Fact]
    public void The_range_ends_with_the_reservation()
    {
        var maps = NativeIncMaps.Select(l => l.Replace("7f184dc01000-7f2410000000", "7f184dc01000-7f1852000000", StringComparison.Ordinal));

        var range = HeapHugePages.RangeToPrepare(maps, 0x7f184d80b0c8, HeapHugePages.Reach);

        Assert.Equal((0x7f184d800000, 0x7f1852000000), range);
    }

    [Fact]
    public void A_reservation_smaller_than_the_minimum_is_not_taken_for_the_GCs()
    {
        // The run around the object ends in a gap of 62 MiB and then a file mapping.
        var maps = NativeIncMaps.Take(13).Append("7f184dc01000-7f1851a00000 ---p 00000000 00:00 0 ")
            .Append("7f1851a00000-7f1851a10000 r--p 00000000 00:2b 99 /usr/lib/libc.so.6");

        Assert.Null(HeapHugePages.RangeToPrepare(maps, 0x7f184d80b0c8, HeapHugePages.Reach));
    }

    [Fact]
    public void An_object_outside_an_anonymous_mapping_prepares_nothing()
    {
        Assert.Null(HeapHugePages.RangeToPrepare(NativeIncMaps, 0x563a8945b100, HeapHugePages.Reach)); // [heap], malloc's
        Assert.Null(HeapHugePages.RangeToPrepare(NativeIncMaps, 0x563a81c40000, HeapHugePages.Reach)); // the executable
        Assert.Null(HeapHugePages.RangeToPrepare(NativeIncMaps, 0x7e0000000000, HeapHugePages.Reach)); // unmapped
    }

    [Fact]
    public void A_run_broken_by_a_file_mapping_before_any_reservation_prepares_nothing()
    {
        var maps = NativeIncMaps.Take(11)
            .Append("7f184d851000-7f184d900000 r--p 00000000 00:2b 99 /usr/lib/libc.so.6")
            .Concat(NativeIncMaps.Skip(12));

        Assert.Null(HeapHugePages.RangeToPrepare(maps, 0x7f184d80b0c8, HeapHugePages.Reach));
    }

    [Fact]
    public void A_range_never_starts_before_its_run()
    {
        // The object is in the first 2 MiB of a run that does not start on a huge page: the range starts at the run's first one.
        string[] maps =
        [
            "7f0000100000-7f0000200000 rw-p 00000000 00:00 0 ",
            "7f0000200000-7f0100000000 ---p 00000000 00:00 0 ",
        ];

        Assert.Equal((0x7f0000200000, 0x7f0000200000 + (256 * MiB)), HeapHugePages.RangeToPrepare(maps, 0x7f0000100010, 256 * MiB));
    }

    [Fact]
    public void An_unreadable_map_prepares_nothing()
    {
        Assert.Null(HeapHugePages.RangeToPrepare(["not a map line"], 0x7f184d80b0c8, HeapHugePages.Reach));
        Assert.Null(HeapHugePages.RangeToPrepare([], 0x7f184d80b0c8, HeapHugePages.Reach));
    }

    [Theory]
    [InlineData("2\n", true)]
    [InlineData("0\n", false)]
    [InlineData("1", false)]
    public void Strict_overcommit_accounting_is_recognised(string setting, bool strict) =>
        Assert.Equal(strict, HeapHugePages.IsStrictOvercommit(setting));

    [Fact]
    public void The_process_starts_its_heap_in_a_range_that_the_map_of_this_process_gives()
    {
        // On Linux, the test process's own map (a JIT process, but the same GC) gives a range that holds a new object.
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var address = HeapHugePages.AddressOfNewObject();
        var range = HeapHugePages.RangeToPrepare(File.ReadLines("/proc/self/maps"), address, HeapHugePages.Reach);

        Assert.NotNull(range);
        Assert.InRange(address, range.Value.Start, range.Value.End - 1);
        Assert.Equal(0, range.Value.Start % (2 * MiB));
    }
}
