using Directives.Ingestion.Pipeline;
using Directives.Search.Analysis;
using Directives.Search.Index;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using F = Directives.Search.Index.IndexFields;

namespace Directives.Search.Tests;

/// <summary>
/// What an ingest learns of every stored document before it starts (<see cref="DocumentIndex.Versions"/>): from the
/// version doc value, and from the stored fields of documents an earlier pipeline wrote without it.
/// </summary>
public sealed class IndexVersionsTests : IDisposable
{
    readonly string path = Path.Combine(Path.GetTempPath(), "directives-versions-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void Versions_come_from_the_doc_value_and_from_an_older_pipelines_stored_fields()
    {
        // A document as pipeline 7 wrote it: stored id, hash and pipeline, no version doc value.
        using (var directory = FSDirectory.Open(path))
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(VietnameseAnalyzer.Version, new VietnameseAnalyzer(fold: false))))
        {
            writer.AddDocument(new Document
            {
                new StringField(F.Id, "cu:01.txt", Field.Store.YES),
                new StringField(F.Hash, "abc", Field.Store.YES),
                new StoredField(F.Pipeline, 7),
            });
            writer.Commit();
        }
        var modified = new DateTime(2025, 3, 4, 5, 6, 7, DateTimeKind.Utc).AddTicks(1234567);
        using (var index = new DocumentIndex(path))
        {
            index.Upsert(new ProcessedDocument
            {
                Id = "moi:02.txt", SourcePath = "/nowhere/moi/02.txt", ContentHash = "def", Format = "txt", Text = "Báo cáo.", Kind = "Báo cáo",
                Size = 4321, Modified = modified,
            });
            index.Commit();
            var versions = index.Versions();
            Assert.Equal(new StoredVersion("abc", 7), versions["cu:01.txt"]);
            Assert.Equal(new StoredVersion("def", DocumentIndex.PipelineVersion, 4321, modified), versions["moi:02.txt"]);
            Assert.True(versions["moi:02.txt"].SameFile(4321, modified));
            Assert.False(versions["moi:02.txt"].SameFile(4321, modified.AddTicks(1)));
            Assert.False(versions["cu:01.txt"].SameFile(0, default));
        }
    }

    public void Dispose()
    {
        try { System.IO.Directory.Delete(path, recursive: true); } catch (IOException) { }
    }
}
