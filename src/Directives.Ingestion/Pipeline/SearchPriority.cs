namespace Directives.Ingestion.Pipeline;

/// <summary>
/// Searches before ingest: a search says when it starts and ends, and an ingest worker asks <see cref="Yield"/> before
/// each file; while any search runs, half the workers (at least one, never all) wait, so a search has a core to itself
/// instead of sharing both with the ingest (on two cores, a search while the server indexed took up to ten times as
/// long). The ingest never stops: the other workers go on, and a waiting one starts again within a millisecond of the
/// last search ending, or after <paramref name="maxWait"/> under searches that never pause, so it takes its next file
/// and the ingest ends.
/// </summary>
/// <param name="maxWait">The longest a worker waits at once (<see cref="DefaultMaxWait"/> unless said).</param>
public sealed class SearchPriority(TimeSpan? maxWait = null)
{
    /// <summary>Far longer than a search, short enough that a busy server still finishes its ingest.</summary>
    public static readonly TimeSpan DefaultMaxWait = TimeSpan.FromMilliseconds(250);

    readonly long maxWaitMs = (long)(maxWait ?? DefaultMaxWait).TotalMilliseconds;

    int running;
    int yielding;

    /// <summary>Searches running now.</summary>
    public int Running => Volatile.Read(ref running);

    /// <summary>Ingest workers waiting for them now.</summary>
    public int Waiting => Volatile.Read(ref yielding);

    /// <summary>Marks a search running until the result is disposed.</summary>
    public Scope Search()
    {
        Interlocked.Increment(ref running);
        return new Scope(this);
    }

    /// <summary>
    /// Called by each of <paramref name="workers"/> ingest workers before a file: returns at once when no search runs
    /// or enough workers already wait; otherwise waits until no search runs, for at most the longest wait given (or until
    /// <paramref name="cancellationToken"/>).
    /// Returns whether it waited.
    /// </summary>
    public bool Yield(int workers, CancellationToken cancellationToken = default)
    {
        var limit = workers / 2;
        if (Running == 0 || limit == 0) return false;
        if (Interlocked.Increment(ref yielding) > limit)
        {
            Interlocked.Decrement(ref yielding);
            return false;
        }
        try
        {
            // Searches take milliseconds: a short sleep between looks costs the ingest nothing and needs no signal to
            // be kept consistent with the count.
            var since = Environment.TickCount64;
            while (Running > 0 && !cancellationToken.IsCancellationRequested && Environment.TickCount64 - since < maxWaitMs)
                Thread.Sleep(1);
            return true;
        }
        finally { Interlocked.Decrement(ref yielding); }
    }

    public readonly struct Scope(SearchPriority owner) : IDisposable
    {
        public void Dispose() => Interlocked.Decrement(ref owner.running);
    }
}
