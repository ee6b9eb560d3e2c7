using Directives.Ingestion.Pipeline;
using Directives.Search.Graph;
using Directives.Search.Index;
using Directives.Search.Obligations;

namespace Directives.Search.Tests.Obligations;

/// <summary>The seeds and the sample corpus ingested into a temp index, with the register over it; read-only for its tests.</summary>
public sealed class RegisterCorpus : IDisposable
{
    readonly string root = Path.Combine(Path.GetTempPath(), "directives-register-" + Guid.NewGuid().ToString("N"));
    public DocumentIndex Index { get; }
    public ObligationRegister Register { get; }

    public RegisterCorpus()
    {
        var corpus = Path.Combine(root, "corpus");
        TempTree.Copy(RepositoryPaths.Seeds, Path.Combine(corpus, "seeds"));
        TempTree.Copy(RepositoryPaths.SampleCorpus, Path.Combine(corpus, "sample"));
        Index = new DocumentIndex(Path.Combine(root, "index"));
        new CorpusIngestor(Index, DocumentIndex.PipelineVersion).Run(corpus);
        Register = new ObligationRegister(Index, new CitationGraph(Index));
    }

    public RegisterSnapshot Snapshot => Register.Current();

    public void Dispose()
    {
        Index.Dispose();
        try { Directory.Delete(root, recursive: true); } catch (IOException) { }
    }
}
