using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using IncidentLang.Benchmarks;

if (args.Length > 0 && args[0] == "--editor-requests")
{
    // What VS Code asks for after every edit of the 2,000-claim file (issue 11, the language server at scale).
    EditorRequests.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 11);
    return;
}

if (args.Length > 0 && args[0] == "--quick-render")
{
    // The HTML emit stage alone (issue 11).
    QuickMeasure.RunRender();
    return;
}

if (args.Length > 1 && args[0] == "--quick-render-small")
{
    // The per-incident render cost of inc build on one small report, by stage (issue 11).
    QuickMeasure.RunSmallRender(args[1]);
    return;
}

if (args.Length > 2 && args[0] == "--template-experiment")
{
    // Scriban's time alone with each given template on one report: what a template's constructs cost (issue 11).
    QuickMeasure.RunTemplateExperiment(args[1], args[2..]);
    return;
}

if (args.Length > 1 && args[0] == "--many-memory")
{
    // What a compilation of many files keeps alive, per byte of source (docs/performance.md, "Many files").
    ManyFilesMemory.Run(args[1], args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : Environment.ProcessorCount);
    return;
}

if (args.Length > 0 && args[0] == "--quick")
{
    // A stopwatch median without BenchmarkDotNet, for a first look.
    QuickMeasure.Run();
    return;
}

if (args.Length > 0 && args[0] == "--stages")
{
    // Where the time goes: a per-stage breakdown of checking the 2,000-claim file.
    StageProfile.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 15);
    return;
}

if (args.Length > 0 && args[0] == "--allocations")
{
    // What checking the 2,000-claim file allocates, by stage and type (allocation-tick samples).
    AllocationProfile.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 10);
    return;
}

if (args.Length > 0 && args[0] == "--side-by-side")
{
    // IncidentLang's check rate next to Roslyn's C# parse rate on input of the same size.
    SideBySide.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 15);
    return;
}

// In-process: BenchmarkDotNet's generated projects would re-run the ANTLR build step from a
// different intermediate folder, which Antlr4BuildTasks does not support.
var config = DefaultConfig.Instance.AddJob(Job.Default
    .WithWarmupCount(3)
    .WithIterationCount(15)
    .WithToolchain(InProcessEmitToolchain.Instance));
BenchmarkSwitcher.FromAssembly(typeof(CompilerBenchmarks).Assembly).Run(args, config);
