using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Directives.Search.Querying;

/// <summary>
/// Counts, for every matching document, the value of each single-valued facet field
/// (sorted doc values), so counts are exact over the whole result set, not the page. Each document's value numbers
/// (ordinals) are read from <see cref="SegmentOrdinals"/>, arrays kept per segment, not decoded from the doc values
/// file on every hit (that decoding was a sixth of a search's time on a large result set).
/// </summary>
sealed class FacetCollector(IReadOnlyList<string> fields, Func<string, string> docValuesField) : ICollector
{
    readonly Dictionary<string, Dictionary<string, int>> counts = fields.ToDictionary(f => f, _ => new Dictionary<string, int>());
    SortedDocValues?[] segment = new SortedDocValues?[fields.Count];
    SegmentOrdinals?[] ordinals = new SegmentOrdinals?[fields.Count];
    int[][] segmentCounts = [];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) { }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        segment = fields.Select(f => context.AtomicReader.GetSortedDocValues(docValuesField(f))).ToArray();
        ordinals = fields.Select((f, i) => segment[i] is { } values ? SegmentOrdinals.For(context.AtomicReader, docValuesField(f), values) : null).ToArray();
        segmentCounts = segment.Select(s => new int[s?.ValueCount ?? 0]).ToArray();
    }

    public void Collect(int doc)
    {
        for (var i = 0; i < ordinals.Length; i++)
        {
            var ord = ordinals[i]?.Get(doc) ?? -1;
            if (ord >= 0) segmentCounts[i][ord]++;
        }
    }

    /// <summary>
    /// Turns the current segment's counts into names. Call it on the thread that collected: the segment's doc values
    /// are that thread's (see <see cref="SlicedSearcher.SearchSlices{T}"/>).
    /// </summary>
    public void Flush()
    {
        var term = new BytesRef();
        for (var i = 0; i < segment.Length; i++)
        {
            if (segment[i] is not { } values) continue;
            var target = counts[fields[i]];
            for (var ord = 0; ord < segmentCounts[i].Length; ord++)
            {
                if (segmentCounts[i][ord] == 0) continue;
                values.LookupOrd(ord, term);
                var key = term.Utf8ToString();
                target[key] = target.GetValueOrDefault(key) + segmentCounts[i][ord];
            }
        }
        segment = new SortedDocValues?[fields.Count];
    }

    /// <summary>Adds the counts of a collector that saw other segments of the same search, flushed on its own thread.</summary>
    public void Add(FacetCollector other)
    {
        if (other.segment.Any(s => s is not null)) throw new InvalidOperationException("Flush the other collector on the thread that collected first.");
        foreach (var (field, values) in other.counts)
        {
            var target = counts[field];
            foreach (var (value, count) in values) target[value] = target.GetValueOrDefault(value) + count;
        }
    }

    /// <summary>Counts per field, most frequent first.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Result()
    {
        Flush();
        return counts.ToDictionary(
            kv => kv.Key,
            kv => (IReadOnlyDictionary<string, int>)kv.Value
                .OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)
                .ToDictionary(p => p.Key, p => p.Value));
    }
}
