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

        // An edit as the language server makes it: a character typed into (then removed from) a claim in the middle of the file,
        // the tree re-parsed around it, the project's next compilation from the last one, its diagnostics.
        var editTree = SyntaxTree.Parse(SourceText.FromBytes(bytes, "large.inc"));
        var editCompilation = Compilation.Create([editTree], new CompilationOptions { Today = today });
        _ = editCompilation.GetDiagnostics();
        var at = large.IndexOf("Claim ", large.IndexOf("claim claim-1000 {", StringComparison.Ordinal), StringComparison.Ordinal) + 6;
        var typed = false;
        void Edit()
        {
            typed = !typed;
            var text = typed ? large.Insert(at, "x") : large;
            var next = editTree.WithText(text);
            editCompilation = editCompilation.ReplaceSyntaxTree(editTree, next);
            editTree = next;
            _ = editCompilation.GetDiagnostics();
        }

        Edit();
        Edit();

        using var listener = new AllocationListener();
        foreach (var (stage, action) in new (string, Action)[]
        {
            ("decode", () => SourceText.FromBytes(bytes, "large.inc")),
            ("parse", () => SyntaxTree.Parse(SourceText.FromBytes(bytes, "large.inc"))),
            ("bind (no analyzers)", () => Compilation.Create([SyntaxTree.Parse(SourceText.FromBytes(bytes, "large.inc"))], new CompilationOptions { Analyzers = [], Today = today }).GetDiagnostics()),
            ("check", () => Check().GetDiagnostics()),
            ("edit (language server)", Edit),
        })
        {
            listener.Reset();
            var before = GC.GetAllocatedBytesForCurrentThread();
            var beforeAll = GC.GetTotalAllocatedBytes(precise: true);
            for (var i = 0; i < runs; i++)
            {
                action();
            }

            var allocated = (GC.GetAllocatedBytesForCurrentThread() - before) / runs;
            var allocatedAll = (GC.GetTotalAllocatedBytes(precise: true) - beforeAll) / runs;
            Console.WriteLine($"{stage}: {allocated / 1e6:F2} MB allocated per run (this thread), {allocatedAll / 1e6:F2} MB (all threads); allocation ticks by type:");
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
