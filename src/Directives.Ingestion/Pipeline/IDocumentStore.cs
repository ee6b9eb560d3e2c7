namespace Directives.Ingestion.Pipeline;

/// <summary>Where ingestion puts documents: the index implements it.</summary>
public interface IDocumentStore
{
    /// <summary>What the store holds now: id → content hash and the pipeline version that produced it.</summary>
    IReadOnlyDictionary<string, StoredVersion> Versions();

    void Upsert(ProcessedDocument document);

    void Delete(string id);

    /// <summary>Files that failed, by id, as of the last <see cref="RememberFailures"/> (or the last commit).</summary>
    IReadOnlyDictionary<string, RememberedFailure> Failures();

    /// <summary>Replaces the remembered failures; they become durable with the next <see cref="Commit"/>, together with the documents.</summary>
    void RememberFailures(IReadOnlyDictionary<string, RememberedFailure> failures);

    /// <summary>Makes everything so far durable and visible; a crash before this keeps the previous commit.</summary>
    void Commit();

    /// <summary>The store's searches, which an ingest leaves a core to while they run; null when it serves none.</summary>
    SearchPriority? Searches => null;
}

/// <summary>
/// What the store knows of a document's file: its content hash and the pipeline that read it, and the file's size and
/// last write time then (null for documents stored before they were kept), which tell an unchanged file without reading it.
/// </summary>
public sealed record StoredVersion(string ContentHash, int PipelineVersion, long? Size = null, DateTime? Modified = null)
{
    /// <summary>
    /// The file has the size and last write time (UTC, to the tick) it had when it was read: taken as unchanged without
    /// hashing it, as rsync and git take a file. A rewrite that keeps both (a copy that preserves times onto a file of
    /// the same length) goes unseen until the file changes again.
    /// </summary>
    public bool SameFile(long size, DateTime modifiedUtc) => Size == size && Modified == modifiedUtc;
}

/// <summary>
/// A file that failed: not read again while its content (hash) and the reading rules (<see cref="Rules"/>: pipeline
/// version and limits) stay the same.
/// </summary>
public sealed record RememberedFailure(string ContentHash, string Rules, string Code, string Reason);
