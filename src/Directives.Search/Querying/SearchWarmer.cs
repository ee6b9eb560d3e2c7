using Lucene.Net.Index;
using Lucene.Net.Search;
using F = Directives.Search.Index.IndexFields;

namespace Directives.Search.Querying;

/// <summary>
/// What the first search on a new segment would otherwise build while its caller waits, built when the searcher is
/// opened — on the background refresh during an ingest (once a second) or the commit that opened it: the facet fields'
/// value numbers (<see cref="SegmentOrdinals"/>), each clearance's bit set (<see cref="ClearanceFilter"/>) and
/// the length norms of the fields every search scores. Segments a previous searcher already warmed are found in the
/// caches (keyed by the segment), so a refresh warms only its new segments.
/// </summary>
static class SearchWarmer
{
    static readonly string[] ScoredFields = [F.TextFolded, F.TextPairs, F.Text, F.Title, F.TitleFolded];

    public static void Warm(IndexSearcher searcher)
    {
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            var reader = leaf.AtomicReader;
            foreach (var field in F.FacetFields)
                if (reader.GetSortedDocValues(F.FacetField(field)) is { } values)
                    SegmentOrdinals.For(reader, F.FacetField(field), values);
            foreach (var clearance in ClearanceFilter.All) clearance.GetDocIdSet(leaf, null);
            foreach (var field in ScoredFields) reader.GetNormValues(field);
        }
    }
}
