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

    public void Dispose() => t.Dispose();
}
