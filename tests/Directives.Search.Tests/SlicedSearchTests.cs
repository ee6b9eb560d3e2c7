using System.Text.Json;
using Directives.Core.Documents;
using Directives.Ingestion.Pipeline;
using Directives.Ingestion.Readers;
using Directives.Search.Index;
using Directives.Search.Querying;

namespace Directives.Search.Tests;

/// <summary>
/// A search over groups of segments side by side answers exactly what a search over every segment on one thread
/// answers: the same hits in the same order (ties included), scores, totals, facet counts and pages; on an index of
/// many segments and on one merged into a single segment, which two threads search in two ranges of documents.
/// </summary>
public sealed class SlicedSearchTests(SlicedSearchTests.Corpus corpus) : IClassFixture<SlicedSearchTests.Corpus>
{
    readonly string path = corpus.Path;

    /// <summary>One index for the class, built once.</summary>
    public sealed class Corpus : IDisposable
    {
        public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "directives-sliced-" + Guid.NewGuid().ToString("N"));

        /// <summary>The same index merged into one segment.</summary>
        public string MergedPath { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "directives-sliced-merged-" + Guid.NewGuid().ToString("N"));

        public Corpus()
        {
            // The seeds and the sample corpus three times over (copies tie on score), committed in small batches: many segments.
            var processor = new DocumentProcessor(DocumentReaderRegistry.Default);
            var files = new CorpusWalker().Scan(RepositoryPaths.SampleCorpus).Files
                .Concat(new CorpusWalker().Scan(RepositoryPaths.Seeds).Files).ToList();
            var documents = files.Select(f => { try { return processor.Process(f.Path, f.Id, "h"); } catch (DocumentReadException) { return null; } })
                .OfType<ProcessedDocument>().ToList();
            var index = new DocumentIndex(Path);
            var added = 0;
            for (var copy = 0; copy < 3; copy++)
                foreach (var d in documents)
                {
                    index.Upsert(d with { Id = $"{d.Id}#{copy}" });
                    if (++added % 7 == 0) index.Commit();
                }
            index.Commit();
            index.Dispose();
            Directory.CreateDirectory(MergedPath);
            foreach (var file in Directory.GetFiles(Path)) File.Copy(file, System.IO.Path.Combine(MergedPath, System.IO.Path.GetFileName(file)));
            using var directory = Lucene.Net.Store.FSDirectory.Open(MergedPath);
            using var writer = new Lucene.Net.Index.IndexWriter(directory, new Lucene.Net.Index.IndexWriterConfig(
                Directives.Search.Analysis.VietnameseAnalyzer.Version, new Directives.Search.Analysis.VietnameseAnalyzer(fold: false)));
            writer.ForceMerge(1);
        }

        public void Dispose()
        {
            foreach (var dir in new[] { Path, MergedPath })
                try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
        }
    }

    public static TheoryData<string, SearchSort, int, string?> Requests() => new()
    {
        { "chỉ thị", SearchSort.Relevance, 1, null },
        { "dang vien", SearchSort.Relevance, 1, null },
        { "đảng viên", SearchSort.Relevance, 2, null },
        { "\"kết nạp đảng viên\"", SearchSort.Relevance, 1, null },
        { "28-CT/TW", SearchSort.Relevance, 1, null },
        { "nghị quyết", SearchSort.Date, 1, null },
        { "nghi quyet", SearchSort.Date, 3, null },
        { "", SearchSort.Relevance, 1, null },
        { "kế hoạch", SearchSort.Relevance, 1, "Kế hoạch" },
        { "chinh tri", SearchSort.Relevance, 1, null }, // a word with a typo-tolerant fallback when rare
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public void Sliced_and_single_thread_searches_answer_the_same(string query, SearchSort sort, int page, string? kind)
    {
        foreach (var index in new[] { path, corpus.MergedPath })
            foreach (var clearance in new[] { Classification.Public, Classification.TopSecret })
            {
                using var sliced = new DocumentIndex(index, readOnly: true, sliceFrom: 0);
                using var single = new DocumentIndex(index, readOnly: true, sliceFrom: int.MaxValue);
                Assert.True(sliced.SearchSlices >= 2, $"{sliced.SearchSlices} slices");
                Assert.Equal(1, single.SearchSlices);
                var request = new SearchRequest { Query = query, Sort = sort, Page = page, Size = 10, Kinds = kind is null ? [] : [kind], Clearance = clearance };
                var expected = single.Search(request);
                Assert.NotEmpty(expected.Hits);
                Assert.Equal(JsonSerializer.Serialize(expected), JsonSerializer.Serialize(sliced.Search(request)));
            }
    }

    [Fact]
    public void A_single_segment_is_searched_in_ranges_by_two_threads_and_each_document_once()
    {
        using var merged = new DocumentIndex(corpus.MergedPath, readOnly: true, sliceFrom: 0);
        var slices = merged.ReadSearcher(s => ((SlicedSearcher)s).Slices(splitSegments: true));
        var ranges = slices.SelectMany(r => r).ToList();
        Assert.Single(ranges.Select(r => r.Leaf).Distinct());
        Assert.Equal(2 * Math.Min(Environment.ProcessorCount, 4), slices.Count); // two runs a thread
        // The ranges cover the segment's documents once, in order, in runs of equal length (within one document).
        Assert.Equal(0, ranges[0].From);
        for (var i = 1; i < ranges.Count; i++) Assert.Equal(ranges[i - 1].To, ranges[i].From);
        Assert.Equal(ranges[0].Leaf.AtomicReader.MaxDoc, ranges[^1].To);
        Assert.True(ranges.Max(r => r.To - r.From) - ranges.Min(r => r.To - r.From) <= 1);
        // Whole segments alone give one group; a disjunction keeps them whole (its sums depend on how it was advanced).
        Assert.Single(merged.ReadSearcher(s => ((SlicedSearcher)s).Slices(splitSegments: false)));
        var term = new Lucene.Net.Search.TermQuery(new Lucene.Net.Index.Term("f", "a"));
        Assert.True(SlicedSearcher.SplitsExactly(new Lucene.Net.Search.BooleanQuery { { term, Lucene.Net.Search.Occur.MUST } }));
        Assert.False(SlicedSearcher.SplitsExactly(new Lucene.Net.Search.BooleanQuery { { term, Lucene.Net.Search.Occur.SHOULD } }));
        Assert.False(SlicedSearcher.SplitsExactly(new Lucene.Net.Search.BooleanQuery
        {
            { term, Lucene.Net.Search.Occur.MUST },
            { new Lucene.Net.Search.BooleanQuery { { term, Lucene.Net.Search.Occur.SHOULD } }, Lucene.Net.Search.Occur.MUST },
        }));
    }

    [Fact]
    public void Term_places_kept_by_the_searcher_score_as_a_fresh_lookup_does()
    {
        var builder = new LuceneQueryBuilder(new Directives.Search.Analysis.VietnameseAnalyzer(fold: false), new Directives.Search.Analysis.VietnameseAnalyzer(fold: true));
        using var index = new DocumentIndex(path, readOnly: true, sliceFrom: 0);
        foreach (var (query, _, _, kind) in Requests().Select(r => ((string)r[0], r[1], r[2], (string?)r[3])))
        {
            var parsed = ParsedQuery.Parse(query);
            var request = new SearchRequest { Query = query, Kinds = kind is null ? [] : [kind] };
            foreach (var q in new[] { builder.Build(parsed, request), builder.SecondPass(parsed) }.OfType<Lucene.Net.Search.Query>())
                index.ReadSearcher(s =>
                {
                    var fresh = s.Search(q, 50).ScoreDocs.Select(d => (d.Doc, d.Score)).ToList();
                    // Twice: the first lookup keeps the terms' places, the second reads them.
                    for (var pass = 0; pass < 2; pass++)
                        Assert.Equal(fresh, s.Search(((SlicedSearcher)s).WithKnownTerms(q), 50).ScoreDocs.Select(d => (d.Doc, d.Score)).ToList());
                    Assert.NotEmpty(fresh);
                    return 0;
                });
        }
        // Past its limit the memo starts again, and what it then keeps still scores as a fresh lookup.
        index.ReadSearcher(s =>
        {
            var sliced = (SlicedSearcher)s;
            for (var i = 0; i < 9000; i++) sliced.WithKnownTerms(new Lucene.Net.Search.TermQuery(new Lucene.Net.Index.Term("text_folded", $"khong{i}")));
            var q = builder.Build(ParsedQuery.Parse("dang vien"), new SearchRequest());
            Assert.Equal(s.Search(q, 50).ScoreDocs.Select(d => (d.Doc, d.Score)), s.Search(sliced.WithKnownTerms(q), 50).ScoreDocs.Select(d => (d.Doc, d.Score)));
            return 0;
        });
    }

    [Fact]
    public async Task Concurrent_sliced_searches_answer_as_one_thread_does()
    {
        // Slices run on pool threads that other searches' slices use too; a segment's doc values belong to the thread
        // that read them (facet names were once looked up on the caller's thread and failed under load).
        using var sliced = new DocumentIndex(path, readOnly: true, sliceFrom: 0);
        using var single = new DocumentIndex(path, readOnly: true, sliceFrom: int.MaxValue);
        var requests = Requests().Select(r => new SearchRequest
        {
            Query = (string)r[0], Sort = (SearchSort)r[1], Page = (int)r[2], Size = 10, Kinds = r[3] is string k ? [k] : [],
        }).ToList();
        var expected = requests.Select(r => JsonSerializer.Serialize(single.Search(r))).ToList();
        var workers = Enumerable.Range(0, 8).Select(w => Task.Run(() =>
        {
            for (var n = 0; n < 60; n++)
            {
                var i = (n + w) % requests.Count;
                Assert.Equal(expected[i], JsonSerializer.Serialize(sliced.Search(requests[i])));
            }
        }));
        await Task.WhenAll(workers);
    }
}
