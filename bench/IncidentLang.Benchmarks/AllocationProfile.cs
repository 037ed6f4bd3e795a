using System.Diagnostics.Tracing;
using IncidentLang.Syntax;
using IncidentLang.Text;

namespace IncidentLang.Benchmarks;

/// <summary>
/// What checking the 2,000-claim file allocates, by type and stage: the runtime's allocation-tick events (one per ≈ 100 KB
/// allocated, naming the type of the object that crossed the mark), counted while each stage runs, after a warm-up. The counts
/// are samples, so a type's share is its share of the ticks (docs/performance.md, "Throughput and memory of one large file").
/// </summary>
internal static class AllocationProfile
{
    public static void Run(int runs)
    {
        var large = LargeIncident.Generate(2000);
        var bytes = System.Text.Encoding.UTF8.GetBytes(large);
        var today = new DateOnly(2026, 12, 1);
        Compilation Check() => Compilation.Create([SyntaxTree.Parse(SourceText.FromBytes(bytes, "large.inc"))], new CompilationOptions { Today = today });
        _ = Check().GetDiagnostics();

        using var listener = new AllocationListener();
        foreach (var (stage, action) in new (string, Action)[]
        {
            ("decode", () => SourceText.FromBytes(bytes, "large.inc")),
            ("parse", () => SyntaxTree.Parse(SourceText.FromBytes(bytes, "large.inc"))),
            ("bind (no analyzers)", () => Compilation.Create([SyntaxTree.Parse(SourceText.FromBytes(bytes, "large.inc"))], new CompilationOptions { Analyzers = [], Today = today }).GetDiagnostics()),
            ("check", () => Check().GetDiagnostics()),
        })
        {
            listener.Reset();
            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < runs; i++)
            {
                action();
            }

            var allocated = (GC.GetAllocatedBytesForCurrentThread() - before) / runs;
            Console.WriteLine($"{stage}: {allocated / 1e6:F2} MB allocated per run (this thread); allocation ticks by type:");
            var ticks = listener.Snapshot();
            var total = ticks.Values.Sum();
            foreach (var (type, count) in ticks.OrderByDescending(p => p.Value).Take(25))
            {
                Console.WriteLine($"  {100.0 * count / total,5:F1} %  {count,6}  {type}");
            }
        }
    }

    private sealed class AllocationListener : EventListener
    {
        private readonly Dictionary<string, long> _ticks = [];

        public void Reset()
        {
            lock (_ticks)
            {
                _ticks.Clear();
            }
        }

        public Dictionary<string, long> Snapshot()
        {
            lock (_ticks)
            {
                return new(_ticks);
            }
        }

        protected override void OnEventSourceCreated(EventSource eventSource)
        {
            if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
            {
                EnableEvents(eventSource, EventLevel.Verbose, (EventKeywords)0x1 /* GC */);
            }
        }

        protected override void OnEventWritten(EventWrittenEventArgs eventData)
        {
            if (eventData.EventName is not { } name || !name.StartsWith("GCAllocationTick", StringComparison.Ordinal) || eventData.PayloadNames is null)
            {
                return;
            }

            var index = eventData.PayloadNames.IndexOf("TypeName");
            var type = index >= 0 ? eventData.Payload?[index] as string ?? "?" : "?";
            lock (_ticks)
            {
                _ticks[type] = _ticks.GetValueOrDefault(type) + 1;
            }
        }
    }
}
