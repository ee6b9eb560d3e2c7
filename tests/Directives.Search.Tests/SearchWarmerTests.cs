using Directives.Search.Querying;
using F = Directives.Search.Index.IndexFields;

namespace Directives.Search.Tests;

/// <summary>A searcher is warmed before any search sees it: every segment's facet value numbers are built already.</summary>
public sealed class SearchWarmerTests : IDisposable
{
    readonly TestIndex t = new();

    [Fact]
    public void Every_segment_of_a_new_searcher_has_its_facet_ordinals_before_the_first_search()
    {
        t.Add("a.txt", "Kế hoạch thực hiện Chỉ thị số 28-CT/TW.", citation: "121-KH/TU", kind: "Kế hoạch", organization: "Tỉnh ủy Trà Vinh",
            date: new DateOnly(2019, 4, 8)).Commit();
        t.Add("b.txt", "Báo cáo kết quả kết nạp đảng viên.", citation: "15-BC/HU", kind: "Báo cáo", organization: "Huyện ủy Càng Long",
            date: new DateOnly(2020, 1, 2)).Commit();
        var leaves = t.Index.ReadSearcher(s => s.IndexReader.Leaves.Select(l => l.AtomicReader).ToList());
        Assert.Equal(2, leaves.Count);
        Assert.All(leaves, reader => Assert.All(F.FacetFields, field =>
            Assert.True(SegmentOrdinals.IsBuilt(reader, F.FacetField(field)), $"{field} of {reader}")));
    }

    public void Dispose() => t.Dispose();
}
