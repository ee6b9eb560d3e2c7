using System.Runtime.CompilerServices;
using System.Text;
using Directives.Ingestion.Pipeline;
using Directives.Ingestion.Readers;
using Directives.Search.Analysis;
using Directives.Search.Graph;
using Directives.Search.Index;
using Directives.Search.Obligations;
using Directives.Testing;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using F = Directives.Search.Index.IndexFields;

namespace Directives.Search.Tests;

/// <summary>
/// The text and the graph and obligations JSON are stored as UTF-8 bytes written into buffers each indexing thread
/// reuses: what is stored is exactly the text and exactly the JSON the serializer writes, for every document of a run
/// (a longer document before a shorter one leaves its tail in the buffer), and what earlier pipelines stored as
/// strings still reads.
/// </summary>
public sealed class StoredUtf8Tests : IDisposable
{
    readonly string path = Path.Combine(Path.GetTempPath(), "directives-utf8-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        try { System.IO.Directory.Delete(path, recursive: true); } catch (IOException) { }
    }

    /// <summary>
    /// What an ingest learns of every stored document before it starts (<see cref="DocumentIndex.Versions"/>): from the
    /// version doc value, and from the stored fields of documents an earlier pipeline wrote without it.
    /// </summary>
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

    [Fact]
    public void Real_texts_store_their_exact_text_and_the_serializers_exact_json()
    {
        var processor = new DocumentProcessor(DocumentReaderRegistry.Default);
        // Longest first, so every later document is written over the tail of a longer one.
        var documents = RepositoryPaths.RealTextFiles()
            .Where(file => new FileInfo(file).Length > 0) // the sample corpus keeps an empty file for the failure report
            .Select((file, i) => processor.Process(file, "doc-" + i, "hash-" + i))
            .OrderByDescending(d => d.Text.Length)
            .ToList();
        Assert.True(documents.Count >= 20, $"only {documents.Count} real texts found");
        using (var index = new DocumentIndex(path))
        {
            foreach (var d in documents) index.Upsert(d);
            index.Commit();
            foreach (var d in documents) Assert.Equal(d.Text, index.Get(d.Id)!.Text);

            var graph = index.ReadStored(F.Graph, GraphContributions.Deserialize, new ConditionalWeakTable<object, GraphContribution?[]>()).Items;
            var obligations = index.ReadStored(F.Obligations, DocumentObligations.Deserialize, new ConditionalWeakTable<object, DocumentObligations?[]>()).Items;
            Assert.Equal(documents.Count, graph.Count);
            Assert.Equal(documents.Count, obligations.Count);
        }

        using var reader = DirectoryReader.Open(FSDirectory.Open(path));
        var checkedDocuments = 0;
        for (var i = 0; i < reader.MaxDoc; i++)
        {
            var stored = reader.Document(i);
            var d = documents.Single(x => x.Id == stored.Get(F.Id));
            Assert.Equal(Encoding.UTF8.GetBytes(d.Text), Bytes(stored, F.Text));
            Assert.Equal(Encoding.UTF8.GetBytes(GraphContributions.Serialize(GraphContributions.From(d))), Bytes(stored, F.Graph));
            Assert.Equal(Encoding.UTF8.GetBytes(DocumentObligations.Serialize(DocumentObligations.From(d))), Bytes(stored, F.Obligations));
            checkedDocuments++;
        }
        Assert.Equal(documents.Count, checkedDocuments);
    }

    [Fact]
    public void Values_an_earlier_pipeline_stored_as_strings_still_read()
    {
        const string text = "Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị.";
        var old = new Document { new StoredField(F.Text, text), new StoredField(F.Obligations, """{"document":"a.txt","targets":[],"tasks":[],"results":[],"issues":[]}""") };
        Assert.Equal(text, StoredUtf8.String(old, F.Text));
        Assert.Equal("a.txt", StoredUtf8.Parse(old, F.Obligations, DocumentObligations.Deserialize)!.Document);
        Assert.Null(StoredUtf8.String(old, F.Graph));
        Assert.Null(StoredUtf8.Parse(old, F.Graph, GraphContributions.Deserialize));
    }

    static byte[] Bytes(Document doc, string field)
    {
        var value = doc.GetField(field).GetBinaryValue();
        Assert.NotNull(value);
        return value.Bytes.AsSpan(value.Offset, value.Length).ToArray();
    }
}
