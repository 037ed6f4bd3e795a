using System.Diagnostics;

namespace IncidentLang.Benchmarks;

/// <summary>
/// Repeated runs of an action: the median of the process's CPU time per run (user + system, GC threads
/// included), the minimum and median wall time, and the fewest bytes allocated on this thread by one run.
/// On a shared machine the CPU time is the steadier figure: wall time also counts the time other jobs
/// had the cores.
/// </summary>
public readonly record struct CpuTiming(double CpuMedianMs, double WallMinMs, double WallMedianMs, long Allocated)
{
    public static CpuTiming Measure(int runs, Action action)
    {
        action();
        GC.Collect();
        var cpu = new List<double>();
        var wall = new List<double>();
        var allocated = long.MaxValue;
        for (var i = 0; i < runs; i++)
        {
            var bytes = GC.GetAllocatedBytesForCurrentThread();
            var processor = Process.GetCurrentProcess().TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            action();
            wall.Add(watch.Elapsed.TotalMilliseconds);
            cpu.Add((Process.GetCurrentProcess().TotalProcessorTime - processor).TotalMilliseconds);
            allocated = Math.Min(allocated, GC.GetAllocatedBytesForCurrentThread() - bytes);
        }

        cpu.Sort();
        wall.Sort();
        return new CpuTiming(cpu[cpu.Count / 2], wall[0], wall[wall.Count / 2], allocated);
    }
}
