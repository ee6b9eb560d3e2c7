using Directives.Core.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using F = Directives.Search.Index.IndexFields;

namespace Directives.Search.Querying;

/// <summary>
/// The documents a clearance may see: those stamped at or below it, and those without a stamp (indexed before stamps
/// were read). One per clearance, cached per segment as a bit set (segments never change; a new one gets its own), so a
/// search applies it as a random-access check while scoring instead of advancing a query beside the main one.
/// </summary>
sealed class ClearanceFilter : CachingWrapperFilter
{
    // Every clearance that hides something: all below the highest, which sees every document.
    static readonly Classification[] Levels = [.. Enum.GetValues<Classification>().Where(c => c < Classification.TopSecret)];
    static readonly ClearanceFilter[] Filters = [.. Levels.Select(c => new ClearanceFilter(c))];

    /// <summary>The filter of <paramref name="clearance"/>; null when it sees every document. Every anonymous search asks: no array of the enum's values per call.</summary>
    public static Filter? For(Classification clearance) => Array.IndexOf(Levels, clearance) is var i and >= 0 ? Filters[i] : null;

    /// <summary>Every clearance's filter (what a new searcher warms, <see cref="SearchWarmer"/>).</summary>
    public static IReadOnlyList<Filter> All => Filters;

    ClearanceFilter(Classification clearance) : base(new QueryWrapperFilter(new BooleanQuery
    {
        { new MatchAllDocsQuery(), Occur.MUST },
        { NumericRangeQuery.NewInt32Range(F.Classification, (int)clearance + 1, null, true, true), Occur.MUST_NOT },
    }))
    {
    }

    /// <summary>A bit set, not the compressed set the base class keeps: it answers "may this document be seen" in one lookup.</summary>
    protected override DocIdSet CacheImpl(DocIdSetIterator iterator, AtomicReader reader)
    {
        var bits = new FixedBitSet(reader.MaxDoc);
        bits.Or(iterator);
        return bits;
    }
}
