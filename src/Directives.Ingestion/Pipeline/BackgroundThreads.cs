using System.Collections.Concurrent;
using System.Runtime.InteropServices;

namespace Directives.Ingestion.Pipeline;

/// <summary>
/// Background work (indexing, segment merges, reopening the searcher) runs on threads of lower CPU priority than the
/// threads that answer users, so the operating system gives a search the core an ingest was using the moment the
/// search wants it, and gives the ingest every cycle nobody else wants. On Linux a thread's nice value is its own
/// (setpriority on the thread id), and raising it needs no privilege; .NET's <see cref="Thread.Priority"/> does nothing
/// there. Elsewhere the thread priority is set. A thread never gets its priority back: only threads made for
/// background work are lowered, never a pool thread that later serves a request.
/// </summary>
public static partial class BackgroundThreads
{
    /// <summary>The nice value background threads run at: under contention such a thread gets about a tenth of the CPU
    /// a normal one gets (the kernel's weights, 110 against 1024); alone, all of it.</summary>
    public const int Nice = 10;

    /// <summary>Lowers the calling thread's priority for good. Returns whether the system accepted it.</summary>
    public static bool LowerCurrentThread()
    {
        try
        {
            if (OperatingSystem.IsLinux()) return setpriority(PrioProcess, gettid(), Nice) == 0;
            Thread.CurrentThread.Priority = ThreadPriority.BelowNormal;
            return true;
        }
        // An old C library without gettid, or a sandbox refusing the call: the work runs at normal priority.
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException or ThreadStateException) { return false; }
    }

    /// <summary>The calling thread's nice value on Linux (null elsewhere); for tests.</summary>
    public static int? CurrentNice()
    {
        if (!OperatingSystem.IsLinux()) return null;
        Marshal.SetLastPInvokeError(0);
        var value = getpriority(PrioProcess, gettid());
        return value == -1 && Marshal.GetLastPInvokeError() != 0 ? null : value;
    }

    const int PrioProcess = 0;

    [LibraryImport("libc", SetLastError = true)]
    private static partial int setpriority(int which, int who, int prio);

    [LibraryImport("libc", SetLastError = true)]
    private static partial int getpriority(int which, int who);

    [LibraryImport("libc")]
    private static partial int gettid();
}

/// <summary>
/// A task scheduler over a fixed number of threads of its own, each lowered with
/// <see cref="BackgroundThreads.LowerCurrentThread"/> when it starts; tasks never run inline on a caller's thread (which
/// may be a request's). Dispose takes no more tasks and returns at once; the threads run what was queued, then end
/// (they are background threads: a process exiting does not wait for a long build on them). Await a task run here only
/// if it was started with <see cref="TaskCreationOptions.RunContinuationsAsynchronously"/>: otherwise the awaiting code
/// goes on on the lowered thread.
/// </summary>
public sealed class BackgroundScheduler : TaskScheduler, IDisposable
{
    readonly BlockingCollection<Task> queue = new();
    readonly Thread[] threads;
    [ThreadStatic] static BackgroundScheduler? current;

    public BackgroundScheduler(int threadCount, string name)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(threadCount, 1);
        threads = new Thread[threadCount];
        for (var i = 0; i < threadCount; i++)
        {
            threads[i] = new Thread(Work) { IsBackground = true, Name = threadCount == 1 ? name : $"{name} {i + 1}" };
            threads[i].Start();
        }
    }

    public override int MaximumConcurrencyLevel => threads.Length;

    void Work()
    {
        current = this;
        BackgroundThreads.LowerCurrentThread();
        foreach (var task in queue.GetConsumingEnumerable()) TryExecuteTask(task);
    }

    protected override void QueueTask(Task task) => queue.Add(task);

    protected override bool TryExecuteTaskInline(Task task, bool taskWasPreviouslyQueued) =>
        current == this && TryExecuteTask(task);

    protected override IEnumerable<Task> GetScheduledTasks() => queue.ToArray();

    public void Dispose() => queue.CompleteAdding();
}
