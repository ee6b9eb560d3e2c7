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
}

public sealed record StoredVersion(string ContentHash, int PipelineVersion);

/// <summary>
/// A file that failed: not read again while its content (hash) and the reading rules (<see cref="Rules"/>: pipeline
/// version and limits) stay the same.
/// </summary>
public sealed record RememberedFailure(string ContentHash, string Rules, string Code, string Reason);
