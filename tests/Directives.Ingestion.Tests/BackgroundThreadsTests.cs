using System.Collections.Concurrent;
using System.Text;
using Directives.Ingestion.Pipeline;

namespace Directives.Ingestion.Tests;

/// <summary>
/// Background work runs on threads of its own at a lower CPU priority, never on the caller's thread (which may be a
/// request's), and the caller keeps its priority.
/// </summary>
public sealed class BackgroundThreadsTests
{
    [Fact]
    public void Parallel_work_on_the_scheduler_runs_lowered_and_never_on_the_calling_thread()
    {
        var caller = Environment.CurrentManagedThreadId;
        var callerNice = BackgroundThreads.CurrentNice();
        var seen = new ConcurrentBag<(int Thread, int? Nice, string? Name)>();
        using (var scheduler = new BackgroundScheduler(2, "test"))
            Parallel.ForEach(Enumerable.Range(0, 200), new ParallelOptions { MaxDegreeOfParallelism = 2, TaskScheduler = scheduler },
                _ => seen.Add((Environment.CurrentManagedThreadId, BackgroundThreads.CurrentNice(), Thread.CurrentThread.Name)));
        Assert.Equal(200, seen.Count);
        Assert.DoesNotContain(seen, s => s.Thread == caller);
        Assert.All(seen, s => Assert.StartsWith("test", s.Name));
        Assert.InRange(seen.Select(s => s.Thread).Distinct().Count(), 1, 2);
        Assert.Equal(callerNice, BackgroundThreads.CurrentNice());
        if (OperatingSystem.IsLinux())
        {
            Assert.True(callerNice < BackgroundThreads.Nice, $"the test runs at nice {callerNice}");
            Assert.All(seen, s => Assert.Equal(BackgroundThreads.Nice, s.Nice));
        }
    }

    [Fact]
    public async Task Dispose_takes_no_more_work_and_what_was_queued_still_runs()
    {
        var done = 0;
        var scheduler = new BackgroundScheduler(1, "test");
        var tasks = Enumerable.Range(0, 20)
            .Select(_ => Task.Factory.StartNew(() => { Thread.Sleep(1); Interlocked.Increment(ref done); }, CancellationToken.None,
                // The test's own continuation must not run on the lowered thread (it would lower the test runner's).
                TaskCreationOptions.RunContinuationsAsynchronously, scheduler))
            .ToList();
        scheduler.Dispose();
        await Task.WhenAll(tasks).WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(20, done);
        Task Late() => Task.Factory.StartNew(() => { }, CancellationToken.None, TaskCreationOptions.None, scheduler);
        Assert.IsType<TaskSchedulerException>(Record.Exception(() => { _ = Late(); }));
    }

    [Fact]
    public void An_ingest_indexes_every_file_on_lowered_threads()
    {
        var root = Path.Combine(Path.GetTempPath(), "directives-bg-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        try
        {
            for (var i = 0; i < 8; i++)
                File.WriteAllText(Path.Combine(root, $"{i}.txt"), $"Kế hoạch số {i + 1}-KH/HU thực hiện Chỉ thị số 28-CT/TW.", new UTF8Encoding(false));
            var store = new RecordingStore();
            var snapshot = new CorpusIngestor(store, pipelineVersion: 1).Run(root);
            Assert.Equal(8, snapshot.Indexed);
            Assert.Equal(8, store.Upserts.Count);
            Assert.DoesNotContain(store.Upserts, u => u.Thread == Environment.CurrentManagedThreadId);
            if (OperatingSystem.IsLinux()) Assert.All(store.Upserts, u => Assert.Equal(BackgroundThreads.Nice, u.Nice));
        }
        finally { Directory.Delete(root, recursive: true); }
    }

    sealed class RecordingStore : IDocumentStore
    {
        public ConcurrentBag<(int Thread, int? Nice)> Upserts { get; } = [];
        public IReadOnlyDictionary<string, StoredVersion> Versions() => new Dictionary<string, StoredVersion>();
        public void Upsert(ProcessedDocument document) => Upserts.Add((Environment.CurrentManagedThreadId, BackgroundThreads.CurrentNice()));
        public void Delete(string id) { }
        public IReadOnlyDictionary<string, RememberedFailure> Failures() => new Dictionary<string, RememberedFailure>();
        public void RememberFailures(IReadOnlyDictionary<string, RememberedFailure> failures) { }
        public void Commit() { }
    }
}
