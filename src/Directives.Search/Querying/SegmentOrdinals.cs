using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace Directives.Search.Querying;

/// <summary>
/// The value number (ordinal) of one sorted doc-values field for every document of a segment, in an array: two bytes a
/// document when the segment has fewer than 65,535 values (the facet fields always do: kinds, issuers, organisations,
/// years), four otherwise. Built once per segment and field on first use and dropped with the segment (segments never
/// change; deletions do not renumber them).
/// </summary>
sealed class SegmentOrdinals
{
    static readonly ConditionalWeakTable<object, ConcurrentDictionary<string, SegmentOrdinals>> Cache = new();

    readonly ushort[]? small; // ordinal + 1; 0 for no value
    readonly int[]? large;

    SegmentOrdinals(SortedDocValues values, int maxDoc)
    {
        if (values.ValueCount < ushort.MaxValue)
        {
            small = new ushort[maxDoc];
            for (var d = 0; d < maxDoc; d++) small[d] = (ushort)(values.GetOrd(d) + 1);
        }
        else
        {
            large = new int[maxDoc];
            for (var d = 0; d < maxDoc; d++) large[d] = values.GetOrd(d);
        }
    }

    public static SegmentOrdinals For(AtomicReader reader, string field, SortedDocValues values) =>
        Cache.GetOrCreateValue(reader.CoreCacheKey).GetOrAdd(field, _ => new SegmentOrdinals(values, reader.MaxDoc));

    /// <summary>Whether the ordinals of <paramref name="field"/> in this segment are built (for tests of warming).</summary>
    internal static bool IsBuilt(AtomicReader reader, string field)
        => Cache.TryGetValue(reader.CoreCacheKey, out var fields) && fields.ContainsKey(field);

    /// <summary>The document's ordinal, -1 when it has no value.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Get(int doc) => small is not null ? small[doc] - 1 : large![doc];
}
