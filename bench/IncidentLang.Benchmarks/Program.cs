using BenchmarkDotNet.Running;
using IncidentLang.Benchmarks;

if (args.Length > 0 && args[0] == "--quick")
{
    // A whole-process smoke measurement without BenchmarkDotNet (used by docs/performance.md's "quick" figures).
    QuickMeasure.Run();
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(CompilerBenchmarks).Assembly).Run(args);
