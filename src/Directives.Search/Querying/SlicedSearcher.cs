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

    /// <summary>The segments in groups of about equal size (by documents), at most one per core; one group when small.</summary>
    public IReadOnlyList<IList<AtomicReaderContext>> Slices()
    {
        var leaves = IndexReader.Leaves;
        var count = Math.Min(Math.Min(Environment.ProcessorCount, 4), leaves.Count);
        if (count < 2 || IndexReader.MaxDoc < sliceFrom) return [leaves];
        var slices = Enumerable.Range(0, count).Select(_ => new List<AtomicReaderContext>()).ToArray();
        var sizes = new long[count];
        // Largest segment first, each to the group with the fewest documents so far.
        foreach (var leaf in leaves.OrderByDescending(l => l.AtomicReader.MaxDoc))
        {
            var smallest = Array.IndexOf(sizes, sizes.Min());
            slices[smallest].Add(leaf);
            sizes[smallest] += leaf.AtomicReader.MaxDoc;
        }
        return slices.Where(s => s.Count > 0).Select(s => (IList<AtomicReaderContext>)s.OrderBy(l => l.DocBase).ToList()).ToList();
    }

    /// <summary>
    /// Runs <paramref name="query"/> over every slice with collectors made by <paramref name="collectorsFor"/>; the
    /// collectors of each slice, in slice order. The calling thread searches the first slice, then every slice no pool
    /// thread has started yet: a search never waits for work still queued behind an ingest that holds the pool, only for
    /// slices another thread is running.
    /// <paramref name="finish"/> runs on the thread that searched each slice, right after it: a segment's doc values
    /// belong to the thread that read them (Lucene keeps one reader of them per thread), so whatever still needs them,
    /// such as turning facet value numbers into names, must happen there.
    /// </summary>
    public IReadOnlyList<T> SearchSlices<T>(Query query, Func<T> collectorsFor, Action<T> finish) where T : ICollector
    {
        var weight = CreateNormalizedWeight(query);
        var slices = Slices();
        var collectors = slices.Select(_ => collectorsFor()).ToArray();
        if (slices.Count == 1)
        {
            Search(slices[0], weight, collectors[0]);
            finish(collectors[0]);
            return collectors;
        }
        var claimed = new int[slices.Count];
        var errors = new Exception?[slices.Count];
        var done = slices.Select(_ => new ManualResetEventSlim()).ToArray();
        try
        {
            void RunIfFree(int i)
            {
                if (Interlocked.Exchange(ref claimed[i], 1) != 0) return;
                try
                {
                    Search(slices[i], weight, collectors[i]);
                    finish(collectors[i]);
                }
                catch (Exception e) { errors[i] = e; }
                finally { done[i].Set(); }
            }
            for (var i = 1; i < slices.Count; i++)
            {
                var slice = i;
                ThreadPool.UnsafeQueueUserWorkItem(_ => RunIfFree(slice), null);
            }
            for (var i = 0; i < slices.Count; i++) RunIfFree(i);
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
