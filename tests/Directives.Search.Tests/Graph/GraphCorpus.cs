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
        var source = Path.Combine(RepositoryRoot(), "corpus");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Corpus, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        Index = new DocumentIndex(Path.Combine(root, "index"));
        Graph = new CitationGraph(Index);
        Ingest();
    }

    public IngestSnapshot Ingest() => new CorpusIngestor(Index, DocumentIndex.PipelineVersion).Run(Corpus);

    public string PathOf(string id) => Path.Combine(Corpus, id.Replace(':', Path.DirectorySeparatorChar));

    public GraphSnapshot Snapshot => Graph.Current();

    public GraphNode Document(string citation, string province)
        => Snapshot.Nodes.Single(n => n.Type == GraphNodeTypes.Document && n.Citation == citation && n.Province == province);

    static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Directives.sln"))) return dir.FullName;
        throw new InvalidOperationException("Cannot find the repository root above " + AppContext.BaseDirectory);
    }

    public void Dispose()
    {
        Index.Dispose();
        try { Directory.Delete(root, recursive: true); } catch (IOException) { }
    }
}
