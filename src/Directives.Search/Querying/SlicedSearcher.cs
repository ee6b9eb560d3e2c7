using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Directives.Search.Querying;

/// <summary>
/// An <see cref="IndexSearcher"/> that can run one query over groups of segments on several threads: each group is
/// collected by its own collectors (top documents, facet counts) with the one weight of the whole index, so scores are
/// the same as in a search on one thread, and the groups' results are merged. A search then takes about the time of its
/// largest group instead of the sum, while the machine has a core to spare; under load the pool has none, and the
/// groups run one after the other, as before.
/// </summary>
/// <param name="sliceFrom">Indexes of fewer documents are searched on one thread (<see cref="SliceFrom"/> unless said).</param>
public sealed class SlicedSearcher : IndexSearcher
{
    readonly int sliceFrom;

    public SlicedSearcher(IndexReader reader, int sliceFrom = SliceFrom) : base(reader)
    {
        this.sliceFrom = sliceFrom;
        // Scores in one scale for the folded query and the second pass scored after it (SecondPassRescorer).
        Similarity = new UnnormalizedSimilarity();
    }

    /// <summary>Below this many documents a search takes a few milliseconds: not worth a second thread.</summary>
    public const int SliceFrom = 20_000;

    /// <summary>Threads that search one query: one per core, at most four.</summary>
    static int Threads => Math.Min(Environment.ProcessorCount, 4);

    /// <summary>
    /// Runs of documents per thread when segments are split: each thread takes the next run nobody has taken, so a
    /// thread that starts late or runs on a core shared with other work leaves its runs to the others.
    /// </summary>
    const int RunsPerThread = 2;

    /// <summary>
    /// The segments in groups of about equal size (by documents), one per thread; one group when small. A merged index
    /// is mostly one large segment (seven tenths of the documents at 1,000,000), and whole segments then cannot share the
    /// work evenly: when <paramref name="splitSegments"/> and the largest group of whole segments would hold a tenth
    /// more than its share, the documents are cut instead into runs of equal length in index order
    /// (<see cref="RunsPerThread"/> a thread), a segment that spans a cut searched in ranges by two threads.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<LeafRange>> Slices(bool splitSegments = false)
    {
        var leaves = IndexReader.Leaves;
        long total = IndexReader.MaxDoc;
        if (Threads < 2 || total < sliceFrom || total < Threads * RunsPerThread) return [[.. leaves.Select(LeafRange.Whole)]];
        var groups = Enumerable.Range(0, Math.Min(Threads, leaves.Count)).Select(_ => new List<AtomicReaderContext>()).ToArray();
        var sizes = new long[groups.Length];
        // Largest segment first, each to the group with the fewest documents so far.
        foreach (var leaf in leaves.OrderByDescending(l => l.AtomicReader.MaxDoc))
        {
            var smallest = Array.IndexOf(sizes, sizes.Min());
            groups[smallest].Add(leaf);
            sizes[smallest] += leaf.AtomicReader.MaxDoc;
        }
        if (!splitSegments || sizes.Max() * Threads <= total * 11 / 10)
            return groups.Where(g => g.Count > 0).Select(g => (IReadOnlyList<LeafRange>)[.. g.OrderBy(l => l.DocBase).Select(LeafRange.Whole)]).ToList();

        var count = Threads * RunsPerThread;
        var runs = Enumerable.Range(0, count).Select(_ => new List<LeafRange>()).ToArray();
        foreach (var leaf in leaves)
        {
            var maxDoc = leaf.AtomicReader.MaxDoc;
            for (var from = 0; from < maxDoc;)
            {
                // The run that holds the document at this place in index order, and where that run ends.
                var run = (int)((leaf.DocBase + from) * count / total);
                var runEnd = (int)Math.Min(maxDoc, ((run + 1) * total + count - 1) / count - leaf.DocBase);
                runs[run].Add(new LeafRange(leaf, from, runEnd));
                from = runEnd;
            }
        }
        return runs;
    }

    /// <summary>Terms whose place in every segment this searcher keeps, at most 8,192 (~2 KB a term at 30 segments).</summary>
    readonly BoundedMemo<Term, TermContext> terms = new(8192);

    /// <summary>
    /// <paramref name="query"/> with each of its term queries (inside boolean and filtered queries) given the term's
    /// place in every segment and its document frequency, looked up once per searcher: a query looked each term up in
    /// every segment's term dictionary again (a twentieth of a search's time at 1,000,000 documents, and half of its
    /// garbage), though the common words of a language come back in most searches. Scores are the same: the same
    /// statistics, read once.
    /// </summary>
    public Query WithKnownTerms(Query query)
    {
        switch (query)
        {
            case TermQuery t:
                return new TermQuery(t.Term, terms.GetOrAdd(t.Term, term => TermContext.Build(IndexReader.Context, term))) { Boost = t.Boost };
            case BooleanQuery b:
                var copy = new BooleanQuery(b.CoordDisabled) { MinimumNumberShouldMatch = b.MinimumNumberShouldMatch, Boost = b.Boost };
                foreach (var clause in b.Clauses) copy.Add(WithKnownTerms(clause.Query), clause.Occur);
                return copy;
            case FilteredQuery f:
                return new FilteredQuery(WithKnownTerms(f.Query), f.Filter, f.Strategy) { Boost = f.Boost };
            default:
                return query;
        }
    }

    /// <summary>
    /// True when a segment searched in ranges gives every document of <paramref name="query"/> the score, to the last
    /// bit, a whole-segment search gives it: conjunctions (their clauses summed in one fixed order), terms, phrases,
    /// filters and exclusions. Not a disjunction: it sums the clauses on a document in the order of a heap whose shape
    /// depends on how its scorer was advanced, and a boolean query of optional clauses alone is scored out of order by
    /// a bulk scorer of its own; those keep whole segments.
    /// </summary>
    public static bool SplitsExactly(Query query) => query switch
    {
        FilteredQuery f => SplitsExactly(f.Query),
        BooleanQuery b => b.Clauses.Any(c => c.IsRequired)
            && b.Clauses.All(c => c.Occur == Occur.MUST_NOT || (c.IsRequired && SplitsExactly(c.Query))),
        TermQuery or PhraseQuery or MatchAllDocsQuery or ConstantScoreQuery or NumericRangeQuery<int> or NumericRangeQuery<long> => true,
        _ => false,
    };

    /// <summary>Searches the ranges of segments with one collector: whole segments as <see cref="IndexSearcher"/> does, a
    /// part of one by advancing its scorer to the range's first document and stopping before its end.</summary>
    void Search(IReadOnlyList<LeafRange> ranges, Weight weight, ICollector collector)
    {
        foreach (var range in ranges)
        {
            if (range.IsWhole)
            {
                Search([range.Leaf], weight, collector);
                continue;
            }
            try { collector.SetNextReader(range.Leaf); }
            catch (CollectionTerminatedException) { continue; }
            if (weight.GetScorer(range.Leaf, range.Leaf.AtomicReader.LiveDocs) is not { } scorer) continue;
            collector.SetScorer(scorer);
            try
            {
                for (var doc = range.From == 0 ? scorer.NextDoc() : scorer.Advance(range.From); doc < range.To; doc = scorer.NextDoc())
                    collector.Collect(doc);
            }
            catch (CollectionTerminatedException) { }
        }
    }

    /// <summary>
    /// Runs <paramref name="query"/> over every slice with collectors made by <paramref name="collectorsFor"/>; the
    /// collectors of each slice, in slice order. The calling thread and one pool thread per other core each take the
    /// next slice nobody has taken: a search never waits for work still queued behind an ingest that holds the pool,
    /// only for slices another thread is running.
    /// <paramref name="finish"/> runs on the thread that searched each slice, right after it: a segment's doc values
    /// belong to the thread that read them (Lucene keeps one reader of them per thread), so whatever still needs them,
    /// such as turning facet value numbers into names, must happen there.
    /// </summary>
    public IReadOnlyList<T> SearchSlices<T>(Query query, Func<T> collectorsFor, Action<T> finish) where T : ICollector
    {
        var weight = CreateNormalizedWeight(WithKnownTerms(query));
        var slices = Slices(splitSegments: SplitsExactly(query));
        var collectors = slices.Select(_ => collectorsFor()).ToArray();
        if (slices.Count == 1)
        {
            Search(slices[0], weight, collectors[0]);
            finish(collectors[0]);
            return collectors;
        }
        var next = -1;
        var errors = new Exception?[slices.Count];
        var done = slices.Select(_ => new ManualResetEventSlim()).ToArray();
        try
        {
            // Each thread takes the next slice nobody has taken until none is left; a worker that starts after the
            // search ended takes none and touches nothing.
            void TakeFree()
            {
                for (int i; (i = Interlocked.Increment(ref next)) < slices.Count;)
                {
                    try
                    {
                        Search(slices[i], weight, collectors[i]);
                        finish(collectors[i]);
                    }
                    catch (Exception e) { errors[i] = e; }
                    finally { done[i].Set(); }
                }
            }
            for (var w = 1; w < Math.Min(Threads, slices.Count); w++)
                ThreadPool.UnsafeQueueUserWorkItem(_ => TakeFree(), null);
            TakeFree();
            foreach (var e in done) e.Wait();
        }
        finally
        {
            // A queued item that runs after the search claims nothing and touches no event.
            foreach (var e in done) e.Dispose();
        }
        if (errors.FirstOrDefault(e => e is not null) is { } error)
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(error);
        return collectors;
    }
}

/// <summary>
/// Makes the searchers of a <see cref="SearcherManager"/> <see cref="SlicedSearcher"/>s, warmed before any search sees
/// them (<see cref="SearchWarmer"/>).
/// </summary>
public sealed class SlicedSearcherFactory(int sliceFrom = SlicedSearcher.SliceFrom) : SearcherFactory
{
    public override IndexSearcher NewSearcher(IndexReader reader)
    {
        var searcher = new SlicedSearcher(reader, sliceFrom);
        SearchWarmer.Warm(searcher);
        return searcher;
    }
}

/// <summary>Documents <see cref="From"/> (inclusive) to <see cref="To"/> (exclusive) of one segment, numbered within it.</summary>
public readonly record struct LeafRange(AtomicReaderContext Leaf, int From, int To)
{
    public static LeafRange Whole(AtomicReaderContext leaf) => new(leaf, 0, leaf.AtomicReader.MaxDoc);

    public bool IsWhole => From == 0 && To == Leaf.AtomicReader.MaxDoc;
}
