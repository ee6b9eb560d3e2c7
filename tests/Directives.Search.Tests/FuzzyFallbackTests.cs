using Directives.Search.Index;
using Directives.Search.Querying;

namespace Directives.Search.Tests;

/// <summary>Typo tolerance only when the words as written find few documents.</summary>
public sealed class FuzzyFallbackTests : IDisposable
{
    readonly TestIndex t = new();

    public FuzzyFallbackTests()
    {
        // "tuyết" is one letter from "tuyên": a near-spelling, not what a search for "tuyên truyền" wants.
        for (var i = 0; i < DocumentIndex.FuzzyBelowHits; i++)
            t.Add($"news:tuyen-truyen-{i}.txt", $"Huyện ủy tổ chức hội nghị tuyên truyền Nghị quyết số {i + 1} tới cán bộ, đảng viên.", date: new DateOnly(2023, 1, i + 1));
        t.Add("news:mua-tuyet.txt", "Mưa tuyết trên đỉnh Mẫu Sơn, các xã vùng cao tổ chức phòng chống rét cho gia súc.", date: new DateOnly(2023, 2, 1))
         .Add("news:thanh-nien.txt", "Đoàn thanh niên phát động phong trào tình nguyện mùa hè.", date: new DateOnly(2023, 3, 1))
         .Commit();
    }

    SearchResponse Search(string q) => t.Index.Search(new SearchRequest { Query = q, Size = 50 });

    [Fact]
    public void A_query_that_matches_normally_gets_no_near_spellings()
    {
        var r = Search("tuyên");
        Assert.Equal(DocumentIndex.FuzzyBelowHits, r.Total);
        Assert.DoesNotContain(r.Hits, h => h.Id == "news:mua-tuyet.txt");
        Assert.All(r.Hits, h => Assert.DoesNotContain("<mark>tuyết</mark>", h.Snippet));
    }

    [Fact]
    public void A_typo_still_finds_its_documents()
    {
        var r = Search("tinh nguyeen");
        Assert.Contains(r.Hits, h => h.Id == "news:thanh-nien.txt");
        Assert.Contains("<mark>tình</mark> <mark>nguyện</mark>", r.Hits.First(h => h.Id == "news:thanh-nien.txt").Snippet);
    }

    [Fact]
    public void Few_exact_hits_are_joined_by_near_spellings_and_rank_first()
    {
        t.Add("news:tuyet-voi.txt", "Một mùa hè tuyệt vời.", date: new DateOnly(2023, 4, 1)).Commit();
        var r = Search("tuyệt vời");
        Assert.Equal("news:tuyet-voi.txt", r.Hits[0].Id);
    }

    [Fact]
    public void Facets_count_every_segment()
    {
        // Each commit above and here makes a segment; counts are summed over them by value.
        t.Add("news:tuyen-truyen-x.txt", "Tuyên truyền về chuyển đổi số.", date: new DateOnly(2024, 1, 1)).Commit();
        var r = Search("tuyen truyen");
        Assert.Equal(DocumentIndex.FuzzyBelowHits + 1, r.Total);
        Assert.Equal(DocumentIndex.FuzzyBelowHits + 1, r.Facets["kind"]["Tin bài"]);
        Assert.Equal(DocumentIndex.FuzzyBelowHits, r.Facets["year"]["2023"]);
        Assert.Equal(1, r.Facets["year"]["2024"]);
    }

    [Fact]
    public void Facets_follow_a_document_moved_to_another_year_after_its_segment_was_counted()
    {
        var before = Search("tuyen truyen"); // keeps each segment's ordinals
        Assert.Equal(DocumentIndex.FuzzyBelowHits, before.Facets["year"]["2023"]);
        t.Add("news:tuyen-truyen-0.txt", "Huyện ủy tổ chức hội nghị tuyên truyền Nghị quyết số 1 tới cán bộ, đảng viên.", date: new DateOnly(2025, 5, 1)).Commit();
        var after = Search("tuyen truyen");
        Assert.Equal(DocumentIndex.FuzzyBelowHits, after.Total);
        Assert.Equal(DocumentIndex.FuzzyBelowHits - 1, after.Facets["year"]["2023"]);
        Assert.Equal(1, after.Facets["year"]["2025"]);
    }

    [Fact]
    public void A_document_stamped_after_its_segment_was_filtered_is_hidden_from_lower_clearances()
    {
        SearchResponse AsPublic() => t.Index.Search(new SearchRequest { Query = "phong trao tinh nguyen", Clearance = Directives.Core.Documents.Classification.Public });
        Assert.Equal(1, AsPublic().Total); // keeps the segment's bit set of what the public may see
        t.Add("news:thanh-nien.txt", "Đoàn thanh niên phát động phong trào tình nguyện mùa hè.", date: new DateOnly(2023, 3, 1),
            classification: Directives.Core.Documents.Classification.Confidential).Commit();
        Assert.Equal(0, AsPublic().Total);
        Assert.Equal(1, t.Index.Search(new SearchRequest { Query = "phong trao tinh nguyen", Clearance = Directives.Core.Documents.Classification.Confidential }).Total);
    }

    public void Dispose() => t.Dispose();
}
