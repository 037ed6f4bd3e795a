using System.Diagnostics;
using IncidentLang.Projects;

namespace IncidentLang.Benchmarks;

/// <summary>
/// What a compilation of many files keeps alive, per byte of source (docs/performance.md, "Many files"): the live heap
/// after a full collection once the files are parsed, once they are bound, and once the diagnostics are computed, with the
/// time of each stage. Run with <c>--many-memory FOLDER [JOBS]</c>.
/// </summary>
public static class ManyFilesMemory
{
    public static void Run(string folder, int jobs)
    {
        var sourceBytes = Directory.EnumerateFiles(folder, "*.inc", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
        var before = Live();
        var clock = Stopwatch.StartNew();
        var loaded = new ProjectLoader(baseDirectory: folder) { MaxDegreeOfParallelism = jobs }.Load([folder]);
        var parseTime = clock.Elapsed;
        var afterParse = Live();
        clock.Restart();
        var compilation = Compilation.Create(loaded.Trees, new CompilationOptions { Today = new DateOnly(2026, 6, 1), MaxDegreeOfParallelism = jobs });
        _ = compilation.Bound;
        var bindTime = clock.Elapsed;
        var afterBind = Live();
        clock.Restart();
        var diagnostics = compilation.GetDiagnostics();
        var analyseTime = clock.Elapsed;
        var afterDiagnostics = Live();
        Console.WriteLine($"{loaded.Trees.Length:N0} files, {sourceBytes:N0} bytes of source, {diagnostics.Length:N0} diagnostics, jobs {jobs}");
        Console.WriteLine($"{"stage",-34} {"time",10} {"live heap after",16} {"bytes per byte of source",26}");
        Line("parse (trees and texts)", parseTime, afterParse - before, afterParse - before);
        Line("bind (bound units added)", bindTime, afterBind - afterParse, afterBind - before);
        Line("analyse + filter (diagnostics added)", analyseTime, afterDiagnostics - afterBind, afterDiagnostics - before);
        GC.KeepAlive(compilation);

        void Line(string stage, TimeSpan time, long added, long total) =>
            Console.WriteLine($"{stage,-34} {time.TotalMilliseconds,8:F0} ms {total / 1048576.0,12:F1} MiB   +{(double)added / sourceBytes,5:F2} (total {(double)total / sourceBytes:F2})");
    }

    private static long Live()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return GC.GetTotalMemory(true);
    }
}
