using System.Runtime.CompilerServices;
using Directives.Core.Documents;
using Directives.Ingestion.Pipeline;
using Directives.Search.Analysis;
using Directives.Search.Querying;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using F = Directives.Search.Index.IndexFields;

namespace Directives.Search.Index;

/// <summary>
/// The Lucene index: one <see cref="IndexWriter"/> for the life of the process, near-real-time
/// searchers from a <see cref="SearcherManager"/>, documents keyed by their stable id.
/// Commits are atomic, so a crash keeps the previous commit and the next ingest finishes the job.
/// </summary>
public sealed class DocumentIndex : IDocumentStore, IDisposable
{
    /// <summary>Bump when reading, analysis or the stored format changes, so unchanged files are re-indexed once (7: the text's folded pairs indexed for phrases; 8: the title's folded words and pairs in the text's).</summary>
    public const int PipelineVersion = 8;

    readonly FSDirectory directory;
    readonly IndexWriter? writer;
    readonly SearcherManager searchers;
    readonly LuceneQueryBuilder queries;

    public string Path { get; }

    /// <summary>Where OCR results of scanned PDFs are kept by content hash, so a rebuilt index never recognises a page twice.</summary>
    public string OcrCachePath => System.IO.Path.Combine(Path, "ocr-cache");

    /// <param name="readOnly">Open for searching only, without the write lock, so it can run beside a live server.</param>
    /// <param name="sliceFrom">From how many documents a search runs over groups of segments side by side (<see cref="SlicedSearcher"/>).</param>
    public DocumentIndex(string path, bool readOnly = false, int sliceFrom = SlicedSearcher.SliceFrom)
    {
        Path = System.IO.Path.GetFullPath(path);
        System.IO.Directory.CreateDirectory(Path);
        directory = FSDirectory.Open(Path);
        var exact = new VietnameseAnalyzer(fold: false);
        var folded = new VietnameseAnalyzer(fold: true);
        // The text and the title are indexed exact and folded, the text in folded pairs too, from one tokenisation
        // (SharedTextAnalyzer); the other analysed fields are exact.
        var shared = new SharedTextAnalyzer(field => field switch
        {
            F.TextFolded or F.TitleFolded => TokenForm.Folded,
            F.TextPairs => TokenForm.FoldedPairs,
            _ => TokenForm.Exact,
        });
        var perField = new PerFieldAnalyzerWrapper(exact, new Dictionary<string, Analyzer>
        {
            [F.Text] = shared,
            [F.TextFolded] = shared,
            [F.TextPairs] = shared,
            [F.Title] = shared,
            [F.TitleFolded] = shared,
        });
        var config = new IndexWriterConfig(VietnameseAnalyzer.Version, perField)
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
            RAMBufferSizeMB = 128, // fewer, larger flushes while ingesting; within the 1 GB working-set budget
            MergeScheduler = new BackgroundMergeScheduler(),
        };
        queries = new LuceneQueryBuilder(exact, folded);
        if (readOnly)
        {
            if (!DirectoryReader.IndexExists(directory))
            {
                directory.Dispose();
                throw new IndexNotFoundException($"No index at {Path}; ingest a corpus first.");
            }
            searchers = new SearcherManager(directory, new SlicedSearcherFactory(sliceFrom));
            return;
        }
        try
        {
            writer = new IndexWriter(directory, config);
        }
        catch (LockObtainFailedException e)
        {
            directory.Dispose();
            throw new IndexInUseException(Path, e);
        }
        searchers = new SearcherManager(writer, applyAllDeletes: true, new SlicedSearcherFactory(sliceFrom));
    }

    /// <summary>Creates an empty index at <paramref name="path"/> unless there is one, so a reader can open it before the first ingest.</summary>
    public static void EnsureExists(string path)
    {
        System.IO.Directory.CreateDirectory(path);
        using (var directory = FSDirectory.Open(path))
            if (DirectoryReader.IndexExists(directory)) return;
        using var index = new DocumentIndex(path);
        index.Commit();
    }

    public IReadOnlyDictionary<string, StoredVersion> Versions()
    {
        var versions = new Dictionary<string, StoredVersion>(StringComparer.Ordinal);
        WithSearcher(s =>
        {
            var fieldsToLoad = new HashSet<string> { F.Id, F.Hash, F.Pipeline, F.Size, F.Modified };
            var value = new Lucene.Net.Util.BytesRef();
            foreach (var leaf in s.IndexReader.Leaves)
            {
                var reader = leaf.AtomicReader;
                var live = reader.LiveDocs;
                // Segments written before pipeline 8 have no version doc value: their stored fields are read instead.
                var values = reader.GetBinaryDocValues(F.VersionValue);
                for (var i = 0; i < reader.MaxDoc; i++)
                {
                    if (live is not null && !live.Get(i)) continue;
                    if (values is not null)
                    {
                        values.Get(i, value);
                        var (id, version) = DocumentMapper.ParseVersionValue(value.Utf8ToString());
                        versions[id] = version;
                        continue;
                    }
                    var doc = reader.Document(i, fieldsToLoad);
                    // Written as a DateTimeOffset in UTC, to the tick ("O").
                    var modified = DateTimeOffset.TryParse(doc.Get(F.Modified), System.Globalization.CultureInfo.InvariantCulture,
                        System.Globalization.DateTimeStyles.None, out var m) ? m.UtcDateTime : (DateTime?)null;
                    versions[doc.Get(F.Id)] = new StoredVersion(doc.Get(F.Hash), doc.GetField(F.Pipeline)?.GetInt32Value() ?? 0,
                        doc.GetField(F.Size)?.GetInt64Value(), modified);
                }
            }
        });
        return versions;
    }

    /// <summary>The searcher's index version: it changes whenever a commit or refresh makes changes visible.</summary>
    public long Generation => WithSearcher(s => ((DirectoryReader)s.IndexReader).Version);

    /// <summary>
    /// One stored field of every live document, parsed, with the index version it was read at. Segments are
    /// immutable, so each segment is read and parsed once and kept in <paramref name="cache"/> (keyed by the
    /// segment core, dropped with it); after a change only new segments are read, deletions come from live docs.
    /// </summary>
    public (long Version, IReadOnlyList<T> Items) ReadStored<T>(string field, Utf8Parser<T> parse, ConditionalWeakTable<object, T?[]> cache)
        where T : class => WithSearcher(s =>
    {
        var items = new List<T>(s.IndexReader.NumDocs);
        var fieldsToLoad = new HashSet<string> { field };
        foreach (var leaf in s.IndexReader.Leaves)
        {
            var reader = leaf.AtomicReader;
            var parsed = cache.GetValue(reader.CoreCacheKey, _ =>
            {
                var all = new T?[reader.MaxDoc];
                for (var i = 0; i < reader.MaxDoc; i++)
                    all[i] = StoredUtf8.Parse(reader.Document(i, fieldsToLoad), field, parse);
                return all;
            });
            var live = reader.LiveDocs;
            for (var i = 0; i < parsed.Length; i++)
                if (parsed[i] is { } item && (live is null || live.Get(i))) items.Add(item);
        }
        return (((DirectoryReader)s.IndexReader).Version, (IReadOnlyList<T>)items);
    });

    /// <summary>
    /// One stored field of every live document, parsed and handed to <paramref name="each"/> one at a time and not
    /// kept: for a build that keeps less than the documents it reads. Returns the index version it read.
    /// </summary>
    public long ForEachStored<T>(string field, Utf8Parser<T> parse, Action<T> each)
        where T : class => WithSearcher(s =>
    {
        ArgumentNullException.ThrowIfNull(each);
        var fieldsToLoad = new HashSet<string> { field };
        foreach (var leaf in s.IndexReader.Leaves)
        {
            var reader = leaf.AtomicReader;
            var live = reader.LiveDocs;
            for (var i = 0; i < reader.MaxDoc; i++)
                if ((live is null || live.Get(i)) && StoredUtf8.Parse(reader.Document(i, fieldsToLoad), field, parse) is { } item) each(item);
        }
        return ((DirectoryReader)s.IndexReader).Version;
    });

    /// <summary>
    /// One stored field of one document, parsed; null when the document or the field is not there. The id's postings
    /// are read segment by segment (no query, no scoring, no slices): reading a whole register's texts calls this
    /// once for every document.
    /// </summary>
    public T? ReadStored<T>(string id, string field, Utf8Parser<T> parse)
        where T : class => WithSearcher(s => StoredById(s, id, new HashSet<string> { field }) is { } doc ? StoredUtf8.Parse(doc, field, parse) : null);

    /// <summary>The stored fields (all, or <paramref name="fields"/>) of the live document with this id, found by its postings.</summary>
    static Lucene.Net.Documents.Document? StoredById(IndexSearcher s, string id, ISet<string>? fields)
    {
        var term = new Term(F.Id, id);
        foreach (var leaf in s.IndexReader.Leaves)
        {
            var reader = leaf.AtomicReader;
            var docs = reader.GetTermDocsEnum(term); // live documents only
            if (docs is null) continue;
            var doc = docs.NextDoc();
            if (doc != DocIdSetIterator.NO_MORE_DOCS) return fields is null ? reader.Document(doc) : reader.Document(doc, fields);
        }
        return null;
    }

    IndexWriter Writer => writer ?? throw new InvalidOperationException("The index was opened read-only.");

    public void Upsert(ProcessedDocument document)
        => Writer.UpdateDocument(new Term(F.Id, document.Id), DocumentMapper.ToLucene(document, PipelineVersion, IndexedFieldPool.ForNextDocument()));

    public void Delete(string id) => Writer.DeleteDocuments(new Term(F.Id, id));

    /// <summary>Failures to be written with the next commit; null when unchanged since the last one.</summary>
    IReadOnlyDictionary<string, RememberedFailure>? pendingFailures;

    public IReadOnlyDictionary<string, RememberedFailure> Failures()
    {
        if (pendingFailures is { } pending) return pending;
        var data = writer is not null ? writer.CommitData : WithSearcher(s => ((DirectoryReader)s.IndexReader).IndexCommit.UserData);
        return data is not null && data.TryGetValue(FailuresKey, out var json)
            ? System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, RememberedFailure>>(json, StoredJson.Options) ?? []
            : new Dictionary<string, RememberedFailure>();
    }

    /// <summary>Kept in the commit's user data, so they are durable exactly when the documents beside them are.</summary>
    public void RememberFailures(IReadOnlyDictionary<string, RememberedFailure> failures)
        => pendingFailures = new Dictionary<string, RememberedFailure>(failures, StringComparer.Ordinal);

    const string FailuresKey = "failures";

    public void Commit()
    {
        if (pendingFailures is { } failures)
            Writer.SetCommitData(new Dictionary<string, string> { [FailuresKey] = System.Text.Json.JsonSerializer.Serialize(failures, StoredJson.Options) });
        Writer.Commit();
        pendingFailures = null;
        // The committing thread waits for the new searcher, so what it committed is searchable when this returns;
        // searches meanwhile go on with the searcher they have (Acquire never waits on a refresh or a commit).
        RefreshNow();
    }

    /// <summary>Makes uncommitted changes searchable without committing them, before returning.</summary>
    public void Refresh() => RefreshNow();

    void RefreshNow()
    {
        searchers.MaybeRefreshBlocking();
        Interlocked.Exchange(ref nextRefresh, Environment.TickCount64 + RefreshIntervalMs);
    }

    /// <summary>Searches look for changes at most this often; an ingest's changes show up within about this long.</summary>
    public const int RefreshIntervalMs = 1000;

    long nextRefresh = Environment.TickCount64 + RefreshIntervalMs;
    /// <summary>1 while a background refresh runs, and for good once disposed.</summary>
    int refreshing;
    int disposed;

    /// <summary>
    /// At most once per <see cref="RefreshIntervalMs"/>, one search starts a refresh on a background thread and goes on
    /// with the current searcher: reopening (which flushes the writer's buffered documents during an ingest, and
    /// waits on the writer while it commits) is never paid for by a search. Later searches see the new searcher.
    /// </summary>
    void RefreshSoon()
    {
        var due = Interlocked.Read(ref nextRefresh);
        var now = Environment.TickCount64;
        if (now < due || Interlocked.CompareExchange(ref nextRefresh, now + RefreshIntervalMs, due) != due) return;
        if (Interlocked.CompareExchange(ref refreshing, 1, 0) != 0) return;
        // A thread of its own at background priority (at most one a second): the reopen flushes what the ingest has
        // buffered, which at normal priority took the core searches were using.
        new Thread(() =>
        {
            BackgroundThreads.LowerCurrentThread();
            try { searchers.MaybeRefresh(); }
            // An exception here would end the process; a failed reopen is retried by a later search, and a commit or
            // Refresh() reopens on its own thread, where errors surface.
            catch (Exception) { }
            finally { Volatile.Write(ref refreshing, 0); }
        }) { IsBackground = true, Name = "index refresh" }.Start();
    }

    public int Count => WithSearcher(s => s.IndexReader.NumDocs);

    /// <summary>How many groups of documents a search runs over side by side now, a segment split between two where needed (see <see cref="SlicedSearcher"/>).</summary>
    public int SearchSlices => WithSearcher(s => ((SlicedSearcher)s).Slices(splitSegments: true).Count);

    /// <summary>How many documents a caller cleared for <paramref name="clearance"/> may know of.</summary>
    public int CountVisible(Classification clearance) => clearance >= Classification.TopSecret
        ? Count
        : WithSearcher(s => s.Search(queries.Build(ParsedQuery.Parse(""), new SearchRequest { Clearance = clearance }), 1).TotalHits);

    public StoredDocument? Get(string id) => WithSearcher(s => StoredById(s, id, fields: null) is { } doc ? DocumentMapper.ToStored(doc) : null);

    /// <summary>
    /// Below this many hits for the words as written (exact or folded), the search runs again with typo-tolerant
    /// words, so a typo still finds its documents while a query that matches normally is not ranked with near-spellings.
    /// </summary>
    public const int FuzzyBelowHits = 10;

    /// <summary>Searches running on this index; an ingest into it leaves them a core (<see cref="SearchPriority"/>).</summary>
    public SearchPriority Searches { get; } = new();

    public SearchResponse Search(SearchRequest request)
    {
        using var running = Searches.Search();
        var parsed = ParsedQuery.Parse(request.Query);
        var page = Math.Max(1, request.Page);
        var size = Math.Clamp(request.Size, 1, SearchRequest.MaxSize);
        var wanted = page * size;
        var secondPass = queries.SecondPass(parsed);
        var byDate = request.Sort == SearchSort.Date || (parsed.IsEmpty && parsed.Excluded.Count == 0);

        return WithSearcher(s =>
        {
            var (top, total, facets) = Run((SlicedSearcher)s, queries.Build(parsed, request));
            var fuzzy = total < FuzzyBelowHits && queries.HasFuzzy(parsed);
            if (fuzzy) (top, total, facets) = Run((SlicedSearcher)s, queries.Build(parsed, request, fuzzy: true));
            var hits = top.Skip((page - 1) * size).Take(size).Select(sd =>
            {
                var d = DocumentMapper.ToStored(s.Doc(sd.Doc, HitFields));
                return new SearchHit(d.Id, d.Citation, d.Kind, d.Title, d.Organization, d.Date,
                    SnippetBuilder.Build(d.Text, parsed, typos: fuzzy), float.IsNaN(sd.Score) ? 0 : sd.Score, d.Classification);
            }).ToList();
            return new SearchResponse(total, page, size, hits, facets.Result());
        });

        // The index's segments in groups searched side by side (SlicedSearcher), each with its own top documents and
        // facet counts, merged in the order one collector over every segment gives.
        (IReadOnlyList<ScoreDoc> Top, int Total, FacetCollector Facets) Run(SlicedSearcher s, Query query)
        {
            // With title words or exact forms to score, the best documents of the folded query are scored again (SecondPassRescorer).
            var window = secondPass is null ? wanted : Math.Max(wanted, SecondPassRescorer.Window);
            var slices = s.SearchSlices(query, () => new SliceCollector(byDate
                ? TopFieldCollector.Create(new Sort(new SortField(F.DateSort, SortFieldType.INT64, true), SortField.FIELD_SCORE),
                    window, fillFields: true, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: false)
                : TopScoreDocCollector.Create(window, docsScoredInOrder: false), new FacetCollector(F.FacetFields, F.FacetField)),
                finish: c => c.Facets.Flush());
            var order = byDate ? SliceCollector.ByDate : SliceCollector.ByScore;
            IReadOnlyList<ScoreDoc> top = slices.Count == 1
                ? slices[0].Top.GetTopDocs().ScoreDocs
                : [.. slices.SelectMany(c => c.Top.GetTopDocs().ScoreDocs).Order(order).Take(window)];
            // Only the first window is ordered again, whatever the page: beyond it the folded order stands, so every
            // page is a slice of one ordering.
            if (secondPass is not null)
                top = [.. SecondPassRescorer.Rescore(s, [.. top.Take(SecondPassRescorer.Window)], secondPass, order).Concat(top.Skip(SecondPassRescorer.Window)).Take(wanted)];
            var facets = slices[0].Facets;
            foreach (var other in slices.Skip(1)) facets.Add(other.Facets);
            return (top, slices.Sum(c => c.Top.TotalHits), facets);
        }
    }

    /// <summary>
    /// For a search that found nothing: the query with its unknown words corrected (<see cref="QuerySuggester"/>),
    /// when that query, with the same filters, finds something; else null.
    /// </summary>
    public string? DidYouMean(SearchRequest request)
    {
        using var running = Searches.Search();
        return WithSearcher(s =>
            QuerySuggester.Suggest(s, request.Query) is { } suggestion
            && s.Search(queries.Build(ParsedQuery.Parse(suggestion), request with { Query = suggestion }, fuzzy: true), 1).TotalHits > 0 ? suggestion : null);
    }

    /// <summary>The stored fields a hit shows; the rest (graph, obligations, paths) is not read for a result page.</summary>
    static readonly ISet<string> HitFields = new HashSet<string> { F.Id, F.Citation, F.Kind, F.Title, F.Organization, F.Date, F.Text, F.Classification };

    T WithSearcher<T>(Func<IndexSearcher, T> use)
    {
        RefreshSoon();
        var searcher = searchers.Acquire();
        try { return use(searcher); }
        finally { searchers.Release(searcher); }
    }

    void WithSearcher(Action<IndexSearcher> use) => WithSearcher(s => { use(s); return 0; });

    /// <summary>The current searcher, for tests of what it holds.</summary>
    internal T ReadSearcher<T>(Func<IndexSearcher, T> use) => WithSearcher(use);

    public void Dispose()
    {
        // A second call returns: the refresh flag the first one took stays taken, and waiting for it would never end.
        if (Interlocked.Exchange(ref disposed, 1) != 0) return;
        // Wait for a background refresh to finish and keep others from starting.
        var spin = new SpinWait();
        while (Interlocked.CompareExchange(ref refreshing, 1, 0) != 0) spin.SpinOnce();
        searchers.Dispose();
        writer?.Dispose(); // commits pending changes on a clean shutdown
        directory.Dispose();
    }
}
