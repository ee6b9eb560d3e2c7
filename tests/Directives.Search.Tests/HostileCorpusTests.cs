using System.Diagnostics;
using System.Text;
using Directives.Ingestion.Pipeline;
using Directives.Ingestion.Readers;
using Directives.Search.Index;
using Directives.Search.Querying;
using Directives.Testing.Hostile;
using Xunit.Abstractions;

namespace Directives.Search.Tests;

/// <summary>Nothing else runs while these measure the memory an ingest allocates.</summary>
[CollectionDefinition(nameof(MemoryMeasured), DisableParallelization = true)]
public sealed class MemoryMeasured;

/// <summary>
/// The hostile catalogue ingested beside good documents: each bad file fails alone with its code, each good one is
/// indexed, nothing is read whole that should not be, failures are not read again, and the corpus boundary holds.
/// </summary>
[Collection(nameof(MemoryMeasured))]
public sealed class HostileCorpusTests(ITestOutputHelper output) : IDisposable
{
    readonly string root = Path.Combine(Path.GetTempPath(), "directives-hostile-" + Guid.NewGuid().ToString("N"));
    string Corpus => Path.Combine(root, "corpus");
    string IndexPath => Path.Combine(root, "index");

    sealed class CountingReader(IDocumentReader inner) : IDocumentReader
    {
        public static int Reads;
        public IReadOnlyCollection<string> Extensions => inner.Extensions;

        public ExtractedText Read(Stream stream, string fileName, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref Reads);
            return inner.Read(stream, fileName, cancellationToken);
        }
    }

    static readonly DocumentReaderRegistry Readers = DocumentReaderRegistry.WithLimits(HostileCatalogue.Limits);

    IngestSnapshot Ingest(DocumentReaderRegistry? readers = null, CorpusWalker? walker = null)
    {
        using var index = new DocumentIndex(IndexPath);
        return new CorpusIngestor(index, DocumentIndex.PipelineVersion, readers: readers ?? Readers, walker: walker).Run(Corpus);
    }

    SearchResponse Search(string q)
    {
        using var index = new DocumentIndex(IndexPath, readOnly: true);
        return index.Search(new SearchRequest { Query = q, Size = 100 });
    }

    [Fact]
    public void Every_bad_file_fails_alone_with_its_code_and_every_good_file_is_indexed_in_bounded_memory()
    {
        HostileCorpus.Write(Corpus);
        Assert.True(HostileCorpus.Expected.Count + HostileCorpus.GoodIds.Count >= 50);

        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var result = Ingest();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;

        output.WriteLine($"{result.FilesSeen} files: allocated {allocated / 1024 / 1024} MB, peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024} MB");
        var failures = result.Failures.ToDictionary(f => f.Path, f => f.Code);
        Assert.Equal(HostileCorpus.Expected.OrderBy(e => e.Key, StringComparer.Ordinal), failures.OrderBy(e => e.Key, StringComparer.Ordinal));
        Assert.All(result.Failures, f => Assert.DoesNotContain(root, f.Reason, StringComparison.Ordinal));
        Assert.Null(result.Error);
        Assert.Equal(HostileCorpus.GoodIds.Count, result.Indexed);
        foreach (var good in HostileCatalogue.Good)
            Assert.Contains("good:" + good.Name, Search(good.Citation).Hits.Select(h => h.Id));
        Assert.Equal(HostileCorpus.GoodIds.Order(StringComparer.Ordinal), Search("").Hits.Select(h => h.Id).Order(StringComparer.Ordinal));
        Assert.Empty(Search("root").Hits);

        // Three bombs inflate to 256 MB each; reading any one whole would allocate more than all of this ingest did.
        Assert.True(allocated < HostileCatalogue.BombBytes, $"ingest allocated {allocated / 1024 / 1024} MB");
        Assert.True(Process.GetCurrentProcess().PeakWorkingSet64 < 1L << 30, "peak working set past 1 GB");
    }

    [Fact]
    public void Failed_files_are_not_read_again_until_they_change()
    {
        HostileCorpus.Write(Corpus);
        var counting = new DocumentReaderRegistry(
            new IDocumentReader[] { new TextFileReader(HostileCatalogue.Limits), new HtmlReader(HostileCatalogue.Limits), new DocxReader(HostileCatalogue.Limits), new PdfReader(HostileCatalogue.Limits) }
                .Select(r => new CountingReader(r)), HostileCatalogue.Limits);
        var first = Ingest(counting);

        CountingReader.Reads = 0;
        var second = Ingest(counting);
        Assert.Equal(0, CountingReader.Reads);
        Assert.Equal(first.Failures, second.Failures);
        Assert.Equal(HostileCorpus.GoodIds.Count, second.Skipped);

        File.WriteAllText(Path.Combine(Corpus, "hostile", "r13-random.txt"), "Quyết định số 913-QĐ/TU về khen thưởng.", Encoding.UTF8);
        var third = Ingest(counting);
        Assert.Equal(1, CountingReader.Reads);
        Assert.Equal(1, third.Indexed);
        Assert.DoesNotContain(third.Failures, f => f.Path == "hostile:r13-random.txt");
    }

    [Fact]
    public void A_file_that_becomes_empty_leaves_no_stale_document()
    {
        Directory.CreateDirectory(Corpus);
        var path = Path.Combine(Corpus, "bao-cao.txt");
        File.WriteAllText(path, "Báo cáo số 914-BC/TU về công tác phòng chống tham nhũng.", Encoding.UTF8);
        Ingest();
        Assert.Single(Search("914-BC/TU").Hits);

        File.WriteAllBytes(path, []);
        var result = Ingest();

        Assert.Equal("file_empty", Assert.Single(result.Failures).Code);
        Assert.Empty(Search("914-BC/TU").Hits);
        Assert.Equal(0, Search("").Total);
    }

    [Fact]
    public void An_empty_corpus_or_an_unreadable_folder_deletes_nothing()
    {
        Directory.CreateDirectory(Path.Combine(Corpus, "share"));
        File.WriteAllText(Path.Combine(Corpus, "share", "nq.txt"), "Nghị quyết số 915-NQ/TU về phát triển đô thị.", Encoding.UTF8);
        File.WriteAllText(Path.Combine(Corpus, "kh.txt"), "Kế hoạch số 916-KH/TU về phát triển đô thị.", Encoding.UTF8);
        Ingest();

        // An unmounted share: the folder is there but cannot be listed.
        var unmounted = new CorpusWalker(d => d.Name == "share" ? throw new UnauthorizedAccessException("denied") : d.EnumerateFileSystemInfos());
        File.WriteAllText(Path.Combine(Corpus, "kh.txt"), "Kế hoạch số 916-KH/TU về phát triển giao thông.", Encoding.UTF8);
        var partial = Ingest(walker: unmounted);
        Assert.Equal(("share", "folder_unreadable"), (Assert.Single(partial.Failures).Path, partial.Failures[0].Code));
        Assert.Equal((1, 0), (partial.Indexed, partial.Removed));
        Assert.Single(Search("915-NQ/TU").Hits);

        foreach (var file in Directory.EnumerateFiles(Corpus, "*", SearchOption.AllDirectories)) File.Delete(file);
        var empty = Ingest();
        Assert.Equal("corpus_empty", empty.ErrorCode);
        Assert.Equal(2, Search("").Total);
    }

    [Fact]
    public void A_corpus_that_empties_between_its_count_and_its_walk_deletes_nothing()
    {
        File.WriteAllText(Path.Combine(Directory.CreateDirectory(Corpus).FullName, "nq.txt"), "Nghị quyết số 917-NQ/TU về phát triển đô thị.", Encoding.UTF8);
        Ingest();

        // The ingest lists the root twice (a count, then the walk); the share drops out after the first listing.
        var listings = 0;
        var dropping = new CorpusWalker(d => d.FullName == Corpus && ++listings > 1 ? [] : d.EnumerateFileSystemInfos());
        var result = Ingest(walker: dropping);
        Assert.Equal(2, listings);
        Assert.Equal(("corpus_empty", 0), (result.ErrorCode, result.Removed));
        Assert.Equal(1, Search("917-NQ/TU").Total);
    }

    [Fact]
    public void The_walk_hands_out_files_before_it_has_listed_the_whole_corpus()
    {
        for (var f = 0; f < 3; f++)
            for (var d = 0; d < 2; d++)
                File.WriteAllText(Path.Combine(Directory.CreateDirectory(Path.Combine(Corpus, $"f{f}")).FullName, $"d{d}.txt"), $"Kế hoạch số {f}{d}-KH/TU.", Encoding.UTF8);
        var listed = new List<string>();
        var walker = new CorpusWalker(d => { listed.Add(d.Name); return d.EnumerateFileSystemInfos(); });

        using var files = walker.Walk(Corpus).Files.GetEnumerator();
        Assert.True(files.MoveNext());
        Assert.Equal("f0:d0.txt", files.Current.Id);
        Assert.Equal(["corpus", "f0"], listed); // f1 and f2 not listed yet: nothing is held per file ahead of its use

        var all = new List<string> { files.Current.Id };
        while (files.MoveNext()) all.Add(files.Current.Id);
        Assert.Equal(walker.Scan(Corpus).Files.Select(f => f.Id), all); // the same files as the sorted scan
    }

    public void Dispose()
    {
        try { Directory.Delete(root, recursive: true); } catch (IOException) { }
    }
}
