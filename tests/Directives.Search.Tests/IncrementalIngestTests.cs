using System.Text;
using Directives.Ingestion.Pipeline;
using Directives.Search.Index;
using Directives.Search.Querying;

namespace Directives.Search.Tests;

/// <summary>Ingest brings the index in line with the corpus folder, touching only what changed.</summary>
public sealed class IncrementalIngestTests : IDisposable
{
    readonly string root = Path.Combine(Path.GetTempPath(), "directives-ingest-" + Guid.NewGuid().ToString("N"));
    string Corpus => Path.Combine(root, "corpus");
    string IndexPath => Path.Combine(root, "index");

    public IncrementalIngestTests() => Directory.CreateDirectory(Path.Combine(Corpus, "tinh"));

    void Write(string relative, string text) => File.WriteAllText(Path.Combine(Corpus, relative), text, new UTF8Encoding(false));

    IngestSnapshot Ingest()
    {
        using var index = new DocumentIndex(IndexPath);
        return new CorpusIngestor(index, DocumentIndex.PipelineVersion).Run(Corpus);
    }

    SearchResponse Search(string q)
    {
        using var index = new DocumentIndex(IndexPath, readOnly: true);
        return index.Search(new SearchRequest { Query = q });
    }

    [Fact]
    public void A_search_that_runs_through_the_whole_ingest_slows_it_but_never_stops_it()
    {
        for (var i = 0; i < 12; i++) Write($"tinh/{i:00}.txt", $"Báo cáo số {i + 1}-BC/HU kết quả công tác kết nạp đảng viên năm 2024.");
        using (var index = new DocumentIndex(IndexPath))
        {
            using var search = index.Searches.Search(); // as if the server answered searches all the while
            var snapshot = new CorpusIngestor(index, DocumentIndex.PipelineVersion).Run(Corpus);
            Assert.Equal((12, 0), (snapshot.Indexed, snapshot.Failed));
        }
        Assert.Equal(12, Search("ket nap").Total);
    }

    [Fact]
    public void A_search_marks_itself_running_only_while_it_runs()
    {
        Write("a.txt", "Kết quả thực hiện Chỉ thị số 28-CT/TW về kết nạp đảng viên.");
        using var index = new DocumentIndex(IndexPath);
        new CorpusIngestor(index, DocumentIndex.PipelineVersion).Run(Corpus);
        Assert.Equal(1, index.Search(new SearchRequest { Query = "ket nap" }).Total);
        Assert.Null(index.DidYouMean(new SearchRequest { Query = "ket nap" }));
        Assert.Equal(0, index.Searches.Running);
    }

    /// <summary>
    /// A file with the size and write time it had when read is skipped without being read (which a rewrite that keeps
    /// both shows: its new words are not indexed); a new write time makes it read, hashed and, when changed, re-indexed.
    /// </summary>
    [Fact]
    public void A_file_with_its_size_and_write_time_unchanged_is_not_read_again()
    {
        var path = Path.Combine(Corpus, "a.txt");
        Write("a.txt", "Báo cáo kết quả công tác tuyên giáo năm 2024.");
        Assert.Equal(1, Ingest().Indexed);
        var written = File.GetLastWriteTimeUtc(path);

        Write("a.txt", "Báo cáo kết quả công tác tuyên giáo năm 2025."); // the same length
        Assert.Equal(new FileInfo(path).Length, "Báo cáo kết quả công tác tuyên giáo năm 2024."u8.Length);
        File.SetLastWriteTimeUtc(path, written);
        Assert.Equal((0, 1), (Ingest().Indexed, Ingest().Skipped));
        Assert.Empty(Search("2025").Hits);

        File.SetLastWriteTimeUtc(path, written.AddSeconds(5));
        Assert.Equal(1, Ingest().Indexed);
        Assert.Single(Search("2025").Hits);

        // Touched with the same content: hashed, found equal, skipped.
        File.SetLastWriteTimeUtc(path, written.AddSeconds(10));
        var touched = Ingest();
        Assert.Equal((0, 1), (touched.Indexed, touched.Skipped));
    }

    [Fact]
    public void Unchanged_files_are_skipped_changed_reindexed_removed_deleted()
    {
        Write("a.txt", "Kết quả thực hiện Chỉ thị số 28-CT/TW về kết nạp đảng viên.");
        Write("tinh/b.txt", "Nghị quyết về phát triển nông nghiệp hàng hóa.");
        Write("tinh/c.txt", "Báo cáo sơ kết công tác tuyên giáo.");
        var first = Ingest();
        Assert.Equal((3, 0, 0, 0), (first.Indexed, first.Skipped, first.Removed, first.Failed));

        var second = Ingest();
        Assert.Equal((0, 3, 0), (second.Indexed, second.Skipped, second.Removed));

        Write("tinh/b.txt", "Nghị quyết về phát triển lâm nghiệp bền vững.");
        File.Delete(Path.Combine(Corpus, "tinh/c.txt"));
        Write("d.txt", "Hướng dẫn thực hiện Kế hoạch số 121-KH/TU.");
        var third = Ingest();
        Assert.Equal((2, 1, 1), (third.Indexed, third.Skipped, third.Removed));

        Assert.Equal(3, Search("").Total);
        Assert.Empty(Search("nông nghiệp").Hits);
        Assert.Equal("tinh:b.txt", Search("lâm nghiệp").Hits.Single().Id);
        Assert.Empty(Search("tuyên giáo").Hits);
    }

    [Fact]
    public void A_state_document_numbered_without_a_party_code_is_indexed_under_its_number()
    {
        // A council resolution: its number is a state one ("27/2024/NQ-HĐND"), with no party number and code to index.
        Write("tinh/nq-hdnd.txt", """
            HỘI ĐỒNG NHÂN DÂN
            TỈNH KON TUM
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Số: 27/2024/NQ-HĐND
            Kon Tum, ngày 10 tháng 7 năm 2024

            NGHỊ QUYẾT
            Quy định mức hỗ trợ cán bộ không chuyên trách ở thôn, tổ dân phố

            Căn cứ Kết luận số 21-KL/TW ngày 25/10/2021 của Ban Chấp hành Trung ương;
            Hội đồng nhân dân tỉnh quyết nghị mức hỗ trợ hằng tháng bằng 1,2 lần mức lương cơ sở.
            """);
        var snapshot = Ingest();
        Assert.Equal((1, 0), (snapshot.Indexed, snapshot.Failed));
        using var index = new DocumentIndex(IndexPath, readOnly: true);
        var stored = index.Get("tinh:nq-hdnd.txt")!;
        Assert.Equal(("27/2024/NQ-HĐND", null), (stored.Citation, stored.Number));
        Assert.Contains("21-KL/TW", stored.Cites);
    }

    [Fact]
    public void A_bad_file_is_reported_and_the_others_are_indexed()
    {
        Write("good.txt", "Kế hoạch thực hiện Nghị quyết số 03-NQ/TU.");
        Write("empty.txt", "");
        File.WriteAllBytes(Path.Combine(Corpus, "broken.docx"), [0x50, 0x4B, 0x03, 0x04, 0x00, 0x01, 0x02]);
        Write("notes.md", "ignored: not a document format");

        var result = Ingest();

        Assert.Equal(1, result.Indexed);
        Assert.Equal(2, result.Failed);
        Assert.Equal(["broken.docx", "empty.txt"], result.Failures.Select(f => f.Path));
        Assert.All(result.Failures, f => Assert.False(string.IsNullOrWhiteSpace(f.Reason)));
        Assert.Equal("good.txt", Search("nghị quyết").Hits.Single().Id);
    }

    [Fact]
    public void A_missing_corpus_is_an_error_not_a_wipe()
    {
        Write("a.txt", "Chỉ thị số 05-CT/TW.");
        Ingest();
        Directory.Move(Corpus, Corpus + "-moved");

        var result = Ingest();

        Assert.Equal("corpus_missing", result.ErrorCode);
        Directory.Move(Corpus + "-moved", Corpus);
        Assert.Equal(1, Search("").Total);
    }

    public void Dispose()
    {
        try { Directory.Delete(root, recursive: true); } catch (IOException) { }
    }
}
