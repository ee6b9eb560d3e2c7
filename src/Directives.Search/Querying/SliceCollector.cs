using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Directives.Search.Querying;

/// <summary>What a search collects over one group of segments: the top documents and the facet counts.</summary>
sealed class SliceCollector(ITopDocsCollector top, FacetCollector facets) : ICollector
{
    readonly ICollector both = MultiCollector.Wrap(top, facets);

    public ITopDocsCollector Top => top;
    public FacetCollector Facets => facets;

    public bool AcceptsDocsOutOfOrder => both.AcceptsDocsOutOfOrder;
    public void SetScorer(Scorer scorer) => both.SetScorer(scorer);
    public void SetNextReader(AtomicReaderContext context) => both.SetNextReader(context);
    public void Collect(int doc) => both.Collect(doc);

    /// <summary>The order of one top-score collector over every segment: higher score first, then the lower document number.</summary>
    public static readonly IComparer<ScoreDoc> ByScore = Comparer<ScoreDoc>.Create((a, b) =>
        b.Score.CompareTo(a.Score) is var byScore && byScore != 0 ? byScore : a.Doc.CompareTo(b.Doc));

    /// <summary>The order of the date sort (newest first, then score, then document number).</summary>
    public static readonly IComparer<ScoreDoc> ByDate = Comparer<ScoreDoc>.Create((a, b) =>
    {
        var byDate = ((IComparable)((FieldDoc)b).Fields[0]).CompareTo(((FieldDoc)a).Fields[0]);
        return byDate != 0 ? byDate : ByScore.Compare(a, b);
    });
}
