using System.Text;
using Directives.Ingestion.Pipeline;
using Directives.Ingestion.Readers;
using Directives.Search.Index;

namespace Directives.Search.Tests;

/// <summary>Files that need a tool the machine lacks fail for now and are read by the next ingest once it is installed.</summary>
public sealed class ConverterMissingIngestTests : IDisposable
{
    readonly string root = Path.Combine(Path.GetTempPath(), "directives-converter-" + Guid.NewGuid().ToString("N"));
    string Corpus => Path.Combine(root, "corpus");

    public ConverterMissingIngestTests() => Directory.CreateDirectory(Corpus);

    IngestSnapshot Ingest(DocumentReaderRegistry readers)
    {
        using var index = new DocumentIndex(Path.Combine(root, "index"));
        return new CorpusIngestor(index, DocumentIndex.PipelineVersion, readers: readers).Run(Corpus);
    }

    [Fact]
    public void An_rtf_failed_without_libreoffice_is_indexed_once_it_is_installed()
    {
        // RTF is plain text: the test writes it by hand, escapes for the Vietnamese letters.
        var rtf = @"{\rtf1\ansi\deff0{\fonttbl{\f0 Times New Roman;}}\f0 K\u7871?ho\u7841?ch th\u7921?c hi\u7879?n Ch\u7881? th\u7883? s\u7889? 28-CT/TW.\par}";
        File.WriteAllText(Path.Combine(Corpus, "ke-hoach.rtf"), rtf, Encoding.ASCII);
        File.WriteAllText(Path.Combine(Corpus, "bao-cao.txt"), "Báo cáo kết quả thực hiện Nghị quyết số 03-NQ/TU.", new UTF8Encoding(false));
        var noTools = Path.Combine(root, "no-tools");
        Directory.CreateDirectory(noTools);

        var first = Ingest(new DocumentReaderRegistry([new TextFileReader(), new ConvertedWordReader(toolSearchPath: noTools)]));
        Assert.Equal((1, 1), (first.Indexed, first.Failed));
        Assert.Contains("libreoffice-writer-nogui", first.Failures.Single().Reason, StringComparison.Ordinal);

        var second = Ingest(DocumentReaderRegistry.Default);
        Assert.Equal((1, 1, 0), (second.Indexed, second.Skipped, second.Failed));
        using var index = new DocumentIndex(Path.Combine(root, "index"), readOnly: true);
        var document = index.Get("ke-hoach.rtf");
        Assert.Equal("rtf", document?.Format);
        Assert.Equal(["28-CT/TW"], document?.Cites);
    }

    [Fact]
    public void What_ocr_read_is_stored_with_the_document()
    {
        using (var index = new DocumentIndex(Path.Combine(root, "index")))
        {
            index.Upsert(new ProcessedDocument
            {
                Id = "quet.pdf", SourcePath = "quet.pdf", ContentHash = "h", Format = "pdf", Kind = "Kế hoạch",
                Text = "Kế hoạch số 12-KH/TU", Ocr = new OcrSummary([1, 3], 88.4),
            });
            index.Commit();
        }
        using var reader = new DocumentIndex(Path.Combine(root, "index"), readOnly: true);
        var ocr = reader.Get("quet.pdf")?.Ocr;
        Assert.Equal([1, 3], ocr?.Pages);
        Assert.Equal(88.4, ocr?.MeanConfidence);
    }

    public void Dispose()
    {
        try { Directory.Delete(root, recursive: true); } catch (IOException) { }
    }
}
