namespace Directives.Ingestion.Pipeline;

public enum IngestState { Idle, Running }

/// <summary>Live progress of ingestion, shared by the background worker and the status endpoint. Thread-safe.</summary>
public sealed class IngestStatus
{
    readonly Lock gate = new();
    IngestSnapshot current = new();
    DateTimeOffset lastChange = DateTimeOffset.UtcNow;

    public IngestSnapshot Snapshot() { lock (gate) return current; }

    /// <summary>When the status last changed: a running ingest that has not moved for long is stuck on a file.</summary>
    public DateTimeOffset LastChange { get { lock (gate) return lastChange; } }

    public void Update(Func<IngestSnapshot, IngestSnapshot> change)
    {
        lock (gate)
        {
            current = change(current);
            lastChange = DateTimeOffset.UtcNow;
        }
    }
}

public sealed record IngestSnapshot
{
    public IngestState State { get; init; } = IngestState.Idle;
    public DateTimeOffset? StartedAt { get; init; }
    public DateTimeOffset? FinishedAt { get; init; }
    public string? Corpus { get; init; }
    public int FilesSeen { get; init; }
    public int Processed { get; init; }
    public int Indexed { get; init; }
    public int Skipped { get; init; }
    public int Failed { get; init; }
    public int Removed { get; init; }
    public int Documents { get; init; }
    public IReadOnlyList<IngestFailure> Failures { get; init; } = [];
    /// <summary>Set when the run itself could not proceed (corpus missing, index unusable).</summary>
    public string? Error { get; init; }
}

public sealed record IngestFailure(string Path, string Reason);
