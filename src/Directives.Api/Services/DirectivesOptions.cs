using Directives.Ingestion.Readers;

namespace Directives.Api.Services;

/// <summary>Configuration section "Directives" (env: Directives__Corpus, Directives__Index).</summary>
public sealed class DirectivesOptions
{
    public const string Section = "Directives";

    /// <summary>Folder of documents to ingest; relative paths start at the repository root.</summary>
    public string Corpus { get; set; } = "corpus";

    /// <summary>Folder of the built index; relative paths start at the repository root.</summary>
    public string Index { get; set; } = "index";

    /// <summary>Re-ingest when files in the corpus change.</summary>
    public bool Watch { get; set; } = true;

    /// <summary>
    /// Ingest in a process of its own (this program run with <c>--ingest-worker</c>), which writes the index while the
    /// server only reads it: the ingest's allocations are collected on the worker's heap, not in pauses of the
    /// searches. False: ingest on background threads of the server (one process; what the tests use).
    /// </summary>
    public bool SeparateIngest { get; set; }

    /// <summary>Bounds on every file read, from the corpus or uploaded (Directives:Limits:MaxFileBytes, …); see docs/security.md.</summary>
    /// <remarks>The binder sets the properties of this instance, so it must never be the shared <see cref="ReadLimits.Default"/>.</remarks>
    public ReadLimits Limits { get; set; } = new();
}
