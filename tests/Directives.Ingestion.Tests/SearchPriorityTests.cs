using Directives.Ingestion.Pipeline;

namespace Directives.Ingestion.Tests;

/// <summary>While a search runs, half the ingest workers wait for it (at least one, never all); otherwise none waits.</summary>
public sealed class SearchPriorityTests
{
    static readonly TimeSpan Long = TimeSpan.FromSeconds(30);

    [Fact]
    public void No_worker_waits_when_no_search_runs()
    {
        var priority = new SearchPriority(Long);
        Assert.False(priority.Yield(workers: 2));
        using (priority.Search()) { }
        Assert.Equal(0, priority.Running);
        Assert.False(priority.Yield(workers: 2));
    }

    [Fact]
    public async Task One_of_two_workers_waits_until_the_last_running_search_ends()
    {
        var priority = new SearchPriority(Long);
        var first = priority.Search();
        var second = priority.Search();
        var waiting = Task.Run(() => priority.Yield(workers: 2));
        Assert.True(SpinWait.SpinUntil(() => priority.Waiting == 1, Long));
        SpinWait.SpinUntil(() => waiting.IsCompleted, TimeSpan.FromMilliseconds(300));
        Assert.False(waiting.IsCompleted, "the worker went on while a search ran");
        // The other worker goes on: only half of them wait.
        Assert.False(priority.Yield(workers: 2));
        first.Dispose();
        SpinWait.SpinUntil(() => waiting.IsCompleted, TimeSpan.FromMilliseconds(300));
        Assert.False(waiting.IsCompleted, "the worker went on while the second search ran");
        second.Dispose();
        Assert.True(await waiting.WaitAsync(Long));
    }

    [Fact]
    public void A_lone_worker_never_waits()
    {
        var priority = new SearchPriority(Long);
        using var search = priority.Search();
        Assert.False(priority.Yield(workers: 1));
    }

    [Fact]
    public async Task Half_of_four_workers_wait()
    {
        var priority = new SearchPriority(Long);
        var search = priority.Search();
        var waiting = Enumerable.Range(0, 2).Select(_ => Task.Run(() => priority.Yield(workers: 4))).ToList();
        Assert.True(SpinWait.SpinUntil(() => priority.Waiting == 2, Long));
        SpinWait.SpinUntil(() => waiting.Any(w => w.IsCompleted), TimeSpan.FromMilliseconds(300));
        Assert.DoesNotContain(waiting, w => w.IsCompleted);
        Assert.False(priority.Yield(workers: 4));
        search.Dispose();
        Assert.All(await Task.WhenAll(waiting).WaitAsync(Long), Assert.True);
    }

    [Fact]
    public async Task A_worker_waits_no_longer_than_the_bound_under_searches_that_never_pause()
    {
        var priority = new SearchPriority();
        using var search = priority.Search();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        Assert.True(await Task.Run(() => priority.Yield(workers: 2)).WaitAsync(Long));
        Assert.InRange(watch.Elapsed, SearchPriority.DefaultMaxWait - TimeSpan.FromMilliseconds(20), Long);
    }

    [Fact]
    public async Task Cancelling_the_ingest_ends_the_wait()
    {
        var priority = new SearchPriority(Long);
        using var search = priority.Search();
        using var cancel = new CancellationTokenSource();
        var waiting = Task.Run(() => priority.Yield(workers: 2, cancel.Token));
        Assert.True(SpinWait.SpinUntil(() => priority.Waiting == 1, Long));
        SpinWait.SpinUntil(() => waiting.IsCompleted, TimeSpan.FromMilliseconds(100));
        Assert.False(waiting.IsCompleted);
        await cancel.CancelAsync();
        await waiting.WaitAsync(Long);
        Assert.Equal(0, priority.Waiting);
    }
}
