using Directives.Ingestion.Pipeline;
using Directives.Search.Graph;
using Directives.Search.Index;

namespace Directives.Search.Tests.Graph;

/// <summary>A copy of the sample corpus ingested into a temp index, one per test; the copy can be changed and re-ingested.</summary>
sealed class GraphCorpus : IDisposable
{
    readonly string root = Path.Combine(Path.GetTempPath(), "directives-graph-" + Guid.NewGuid().ToString("N"));
    public string Corpus => Path.Combine(root, "corpus");
    public DocumentIndex Index { get; }
    public CitationGraph Graph { get; }

    public GraphCorpus()
    {
        TempTree.Copy(RepositoryPaths.SampleCorpus, Corpus);
        Index = new DocumentIndex(Path.Combine(root, "index"));
        Graph = new CitationGraph(Index);
        Ingest();
    }

    public IngestSnapshot Ingest() => new CorpusIngestor(Index, DocumentIndex.PipelineVersion).Run(Corpus);

    public string PathOf(string id) => Path.Combine(Corpus, id.Replace(':', Path.DirectorySeparatorChar));

    public GraphSnapshot Snapshot => Graph.Current();

    public GraphNode Document(string citation, string province)
        => Snapshot.Nodes.Single(n => n.Type == GraphNodeTypes.Document && n.Citation == citation && n.Province == province);

    public void Dispose()
    {
        Index.Dispose();
        try { Directory.Delete(root, recursive: true); } catch (IOException) { }
    }
}
