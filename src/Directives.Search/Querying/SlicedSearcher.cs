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
public sealed class SlicedSearcher(IndexReader reader, int sliceFrom = SlicedSearcher.SliceFrom) : IndexSearcher(reader)
{
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
    /// Runs <paramref name="query"/> over every slice with collectors made by <paramref name="collectorsFor"/>, the
    /// first slice on the calling thread; the collectors of each slice, in slice order.
    /// </summary>
    public IReadOnlyList<T> SearchSlices<T>(Query query, Func<T> collectorsFor) where T : ICollector
    {
        var weight = CreateNormalizedWeight(query);
        var slices = Slices();
        var collectors = slices.Select(_ => collectorsFor()).ToArray();
        if (slices.Count == 1)
        {
            Search(slices[0], weight, collectors[0]);
            return collectors;
        }
        var others = Enumerable.Range(1, slices.Count - 1)
            .Select(i => Task.Run(() => Search(slices[i], weight, collectors[i]))).ToArray();
        Search(slices[0], weight, collectors[0]);
        try { Task.WaitAll(others); }
        catch (AggregateException e) when (e.InnerExceptions.Count == 1)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerExceptions[0]);
        }
        return collectors;
    }
}

/// <summary>Makes the searchers of a <see cref="SearcherManager"/> <see cref="SlicedSearcher"/>s.</summary>
public sealed class SlicedSearcherFactory(int sliceFrom = SlicedSearcher.SliceFrom) : SearcherFactory
{
    public override IndexSearcher NewSearcher(IndexReader reader) => new SlicedSearcher(reader, sliceFrom);
}
