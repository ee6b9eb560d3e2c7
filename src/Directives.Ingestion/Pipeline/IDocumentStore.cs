namespace Directives.Ingestion.Pipeline;

/// <summary>Where ingestion puts documents: the index implements it.</summary>
public interface IDocumentStore
{
    /// <summary>What the store holds now: id → content hash and the pipeline version that produced it.</summary>
    IReadOnlyDictionary<string, StoredVersion> Versions();

    void Upsert(ProcessedDocument document);

    void Delete(string id);

    /// <summary>Makes everything so far durable and visible; a crash before this keeps the previous commit.</summary>
    void Commit();
}

public sealed record StoredVersion(string ContentHash, int PipelineVersion);
