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
        var ingest = new CorpusIngestor(Index, DocumentIndex.PipelineVersion).Run(corpus);
        // A seed that failed to read would show up as missing goals in a test far from the cause: say it here. (The
        // sample corpus ships a few broken files on purpose; an unexpected error on any file is reported too.)
        var unexpected = ingest.Failures.Where(f => f.Path.StartsWith("seeds:", StringComparison.Ordinal) || f.Code == "read_failed").ToList();
        if (unexpected.Count > 0)
            throw new InvalidOperationException("Ingest failures: " + string.Join("; ", unexpected.Select(f => $"{f.Path} {f.Code} {f.Reason}")));
        Register = new ObligationRegister(Index, new CitationGraph(Index));
    }

    public RegisterSnapshot Snapshot => Register.Current();

    public void Dispose()
    {
        Index.Dispose();
        try { Directory.Delete(root, recursive: true); } catch (IOException) { }
    }
}
