using IncidentLang.LanguageServer;
using Xunit;

namespace IncidentLang.Tests.LanguageServer;

/// <summary>
/// The language server collects garbage when the editor is quiet after a change's diagnostics (docs/performance.md, "Language
/// server end to end"): only after the quiet time without a message, only when enough was allocated since the last collection,
/// and one wait at a time.
/// </summary>
public sealed class IdleCollectorTests
{
    private sealed class FakeHeap
    {
        public long Allocated;
        public int Collections;
        public int Collected;

        public IdleCollector Collector(int quietMs, long threshold) =>
            new(TimeSpan.FromMilliseconds(quietMs), threshold, () => { Collected++; Collections++; }, () => Allocated, () => Collections);
    }

    [Fact]
    public async Task It_collects_once_the_editor_is_quiet_and_enough_was_allocated()
    {
        var heap = new FakeHeap();
        var collector = heap.Collector(quietMs: 30, threshold: 100);
        collector.Schedule();
        heap.Allocated += 150;
        await WaitUntil(() => collector.Collected == 1);
        Assert.Equal(1, heap.Collected);
    }

    [Fact]
    public async Task It_does_not_collect_when_too_little_was_allocated_since_the_last_collection()
    {
        // The runtime has collected before: what was allocated until now does not count.
        var heap = new FakeHeap { Allocated = 1_000, Collections = 1 };
        var collector = heap.Collector(quietMs: 20, threshold: 100);
        collector.Schedule();
        heap.Allocated += 99;
        await Task.Delay(200);
        Assert.Equal(0, heap.Collected);

        // A collection the runtime ran (the count moved) starts the count again.
        heap.Collections++;
        collector.Schedule();
        heap.Allocated += 99;
        await Task.Delay(200);
        Assert.Equal(0, heap.Collected);
    }

    [Fact]
    public async Task Messages_keep_putting_the_collection_off_until_they_stop()
    {
        var heap = new FakeHeap();
        var collector = heap.Collector(quietMs: 150, threshold: 1);
        heap.Allocated = 10;
        collector.Schedule();
        for (var i = 0; i < 8; i++)
        {
            await Task.Delay(40);
            collector.NoteActivity();
            Assert.Equal(0, heap.Collected);
        }

        await WaitUntil(() => collector.Collected == 1);
    }

    [Fact]
    public async Task Scheduling_again_while_waiting_does_not_collect_twice()
    {
        var heap = new FakeHeap();
        var collector = heap.Collector(quietMs: 60, threshold: 1);
        heap.Allocated = 10;
        for (var i = 0; i < 5; i++)
        {
            collector.Schedule();
        }

        await WaitUntil(() => collector.Collected == 1);
        await Task.Delay(200);
        Assert.Equal(1, heap.Collected);
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        for (var i = 0; i < 500 && !condition(); i++)
        {
            await Task.Delay(10);
        }

        Assert.True(condition());
    }
}
