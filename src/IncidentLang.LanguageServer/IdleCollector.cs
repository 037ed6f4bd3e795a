using System.Diagnostics;

namespace IncidentLang.LanguageServer;

/// <summary>
/// Collects garbage while the editor is quiet, so that a collection does not fall inside the next change's path to its
/// diagnostics. Every edit of a large report allocates about 16 MB (a rebuilt tree and a new compilation), and the collector's
/// pause, which stops every thread, is proportional to what survives: the live tree and compilation, 40–50 ms on this machine kind
/// for a 2,000-claim report. Left to itself, the collector runs when an allocation crosses its budget, in the middle of whatever
/// runs then, usually the next keystroke's parse. After the diagnostics of a change are published, this waits for
/// <see cref="Quiet"/> without a message, and then, if at least <see cref="Threshold"/> bytes were allocated since the last
/// collection it saw, collects (generations 0 and 1). Typing continues with an almost empty budget, so a collection rarely
/// interrupts a change; a change that arrives during one waits, as it would have. Off with <c>INC_LSP_IDLE_GC=0</c>
/// (docs/performance.md, "Language server end to end").
/// </summary>
public sealed class IdleCollector
{
    private readonly Action _collect;
    private readonly Func<long> _allocated;
    private readonly Func<int> _collections;
    private long _lastActivity = Stopwatch.GetTimestamp();
    private int _scheduled;
    private int _seenCollections;
    private long _allocatedAtSeen;
    private int _collected;

    /// <param name="quiet">How long without a message counts as quiet.</param>
    /// <param name="threshold">The bytes allocated since the last collection that make one worth running.</param>
    /// <param name="collect">The collection (tests pass their own); by default a blocking collection of generations 0 and 1.</param>
    /// <param name="allocated">Bytes allocated so far by the process; by default <see cref="GC.GetTotalAllocatedBytes"/>.</param>
    /// <param name="collections">Collections so far; by default <see cref="GC.CollectionCount"/> of generation 0.</param>
    public IdleCollector(TimeSpan quiet, long threshold, Action? collect = null, Func<long>? allocated = null, Func<int>? collections = null)
    {
        Quiet = quiet;
        Threshold = threshold;
        _collect = collect ?? (() => GC.Collect(1, GCCollectionMode.Forced, blocking: true));
        _allocated = allocated ?? (() => GC.GetTotalAllocatedBytes());
        _collections = collections ?? (() => GC.CollectionCount(0));

        // Before the first collection, everything allocated counts; after one this did not see, only what is allocated from now.
        _seenCollections = _collections();
        _allocatedAtSeen = _seenCollections == 0 ? 0 : _allocated();
    }

    /// <summary>The collector for <c>inc lsp</c>: 40 ms of quiet, 24 MB allocated; null when <c>INC_LSP_IDLE_GC=0</c>.</summary>
    public static IdleCollector? FromEnvironment() =>
        Environment.GetEnvironmentVariable("INC_LSP_IDLE_GC") == "0" ? null : new IdleCollector(TimeSpan.FromMilliseconds(40), 24L << 20);

    public TimeSpan Quiet { get; }

    public long Threshold { get; }

    /// <summary>How many collections this has run.</summary>
    public int Collected => Volatile.Read(ref _collected);

    /// <summary>A message arrived: the quiet starts again.</summary>
    public void NoteActivity() => Volatile.Write(ref _lastActivity, Stopwatch.GetTimestamp());

    /// <summary>Collects once the editor has been quiet for <see cref="Quiet"/>, if enough was allocated; one wait at a time.</summary>
    public void Schedule()
    {
        Observe();
        if (Interlocked.Exchange(ref _scheduled, 1) == 1)
        {
            return;
        }

        _ = Task.Run(async () =>
        {
            try
            {
                while (Quiet - Stopwatch.GetElapsedTime(Volatile.Read(ref _lastActivity)) is var wait && wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait);
                }

                if (AllocatedSinceCollection() >= Threshold)
                {
                    _collect();
                    Interlocked.Increment(ref _collected);
                    Observe();
                }
            }
            finally
            {
                Volatile.Write(ref _scheduled, 0);
            }
        });
    }

    /// <summary>Bytes allocated since the last collection this saw (a collection it did not see is seen late: an underestimate).</summary>
    private long AllocatedSinceCollection()
    {
        Observe();
        return _allocated() - Volatile.Read(ref _allocatedAtSeen);
    }

    private void Observe()
    {
        var count = _collections();
        if (Interlocked.Exchange(ref _seenCollections, count) != count)
        {
            Volatile.Write(ref _allocatedAtSeen, _allocated());
        }
    }
}
