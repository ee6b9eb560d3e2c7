using Directives.Search.Querying;

namespace Directives.Search.Tests;

/// <summary>The query behaviour promised to users, on a small index of realistic texts.</summary>
public sealed class SearchBehaviourTests : IDisposable
{
    readonly TestIndex t = new();

    public SearchBehaviourTests()
    {
        t.Add("tw:28-CT-TW.txt", "CHỈ THỊ về nâng cao chất lượng kết nạp đảng viên và rà soát, sàng lọc đưa những đảng viên không còn đủ tư cách ra khỏi Đảng.",
                citation: "28-CT/TW", kind: "Chỉ thị", organization: "Ban Bí thư", date: new DateOnly(2019, 1, 21),
                title: "về nâng cao chất lượng kết nạp đảng viên")
         .Add("tv:121-KH-TU.txt", "Kế hoạch thực hiện Chỉ thị số 28-CT/TW, ngày 21/01/2019 của Ban Bí thư. Thực hiện Chỉ thị 28 -CT/TW, các cấp ủy rà soát. Chỉ thị  số 28-CT/TW yêu cầu kết nạp đảng viên.",
                citation: "121-KH/TU", kind: "Kế hoạch", organization: "Tỉnh ủy Trà Vinh", date: new DateOnly(2019, 4, 8),
                title: "thực hiện Chỉ thị số 28-CT/TW")
         .Add("kt:03-NQ-TU.txt", "Nghị quyết về nâng cao chất lượng hoạt động của tổ chức cơ sở đảng, phát triển doanh nghiệp.",
                citation: "03-NQ/TU", kind: "Nghị quyết", organization: "Tỉnh ủy Kon Tum", date: new DateOnly(2016, 9, 12))
         .Add("hb:03-NQ-TU.txt", "Nghị quyết về phát triển nông nghiệp hàng hóa tỉnh Hoà Bình giai đoạn 2016 - 2020.",
                citation: "03-NQ/TU", kind: "Nghị quyết", organization: "Tỉnh ủy Hòa Bình", date: new DateOnly(2016, 5, 4))
         .Add("news:dang-tai.txt", "Cổng thông tin đăng tải thông báo tuyển dụng năm 2018 và lịch đăng ký dự tuyển.", date: new DateOnly(2018, 3, 1),
                title: "Thông báo đăng tải")
         .Add("news:ket-qua-19.txt", "Sau 19 năm thực hiện, Đảng bộ huyện đã kết nạp mới 312 đảng viên.", date: new DateOnly(2020, 6, 2),
                title: "Kết quả công tác kết nạp đảng viên")
         .Commit();
    }

    SearchResponse Search(string q, SearchSort sort = SearchSort.Relevance, string? kind = null, string? organization = null)
        => t.Index.Search(new SearchRequest { Query = q, Sort = sort, Kinds = kind is null ? [] : [kind], Organizations = organization is null ? [] : [organization] });

    static IEnumerable<string> Ids(SearchResponse r) => r.Hits.Select(h => h.Id);

    [Theory]
    [InlineData("chi thi 28")]
    [InlineData("Chỉ thị 28")]
    [InlineData("CHI THI")]
    public void Words_without_diacritics_find_words_with_them(string q)
        => Assert.Contains("tv:121-KH-TU.txt", Ids(Search(q)));

    [Fact]
    public void Dang_vien_finds_Dang_vien()
    {
        var ids = Ids(Search("dang vien")).ToList();
        Assert.Contains("tw:28-CT-TW.txt", ids);
        Assert.Contains("news:ket-qua-19.txt", ids);
    }

    [Fact]
    public void Exact_diacritics_rank_above_folded_matches()
    {
        var hits = Search("đăng").Hits;
        Assert.Equal("news:dang-tai.txt", hits[0].Id); // "đăng tải" before every "Đảng"
        Assert.True(hits.Count > 1, "the folded form 'dang' also finds texts with 'Đảng'");
        Assert.Equal("news:ket-qua-19.txt", Search("Đảng bộ").Hits[0].Id);
    }

    [Fact]
    public void Tone_placement_variants_find_each_other()
    {
        Assert.Contains("hb:03-NQ-TU.txt", Ids(Search("Hòa Bình")));
        Assert.Contains("hb:03-NQ-TU.txt", Ids(Search("hàng hoá")));
    }

    [Theory]
    [InlineData("28-CT/TW")]
    [InlineData("28 CT/TW")]
    [InlineData("28 -CT/TW")]
    [InlineData("ct 28")]
    [InlineData("CT28")]
    [InlineData("chỉ thị 28")]
    [InlineData("chi thi 28")]
    [InlineData("Chỉ thị số 28-CT/TW")]
    public void A_citation_in_any_written_form_puts_that_document_first(string q)
    {
        var hits = Search(q).Hits;
        Assert.Equal("tw:28-CT-TW.txt", hits[0].Id);
        Assert.Contains("tv:121-KH-TU.txt", hits.Select(h => h.Id)); // texts that cite it follow
    }

    [Fact]
    public void A_local_number_finds_every_province_that_has_it()
    {
        var ids = Ids(Search("03-NQ/TU")).Take(2).ToHashSet();
        Assert.Equal(new HashSet<string> { "kt:03-NQ-TU.txt", "hb:03-NQ-TU.txt" }, ids);
    }

    [Fact]
    public void Quoted_phrases_match_adjacent_words_only()
    {
        Assert.Contains("tw:28-CT-TW.txt", Ids(Search("\"kết nạp đảng viên\"")));
        Assert.DoesNotContain("tw:28-CT-TW.txt", Ids(Search("\"đảng viên kết nạp\"")));
        Assert.Contains("tw:28-CT-TW.txt", Ids(Search("\"ket nap dang vien\"")));
    }

    [Theory]
    [InlineData("nghiepp", "hb:03-NQ-TU.txt")]      // nông nghiệp, one letter too many
    [InlineData("doanh nghiepj", "kt:03-NQ-TU.txt")]
    [InlineData("tuyển dunng", "news:dang-tai.txt")]
    public void A_misspelled_long_word_still_finds(string q, string expected)
        => Assert.Contains(expected, Ids(Search(q)));

    [Theory]
    [InlineData("18")]
    [InlineData("ct 27")]
    [InlineData("tw 18")]
    public void Numbers_and_codes_are_never_typo_tolerant(string q)
    {
        var ids = Ids(Search(q)).ToList();
        Assert.DoesNotContain("news:ket-qua-19.txt", ids);
        Assert.DoesNotContain("tw:28-CT-TW.txt", ids);
    }

    [Fact]
    public void Facets_count_the_whole_result_set_not_the_page()
    {
        var r = t.Index.Search(new SearchRequest { Query = "", Size = 1 });
        Assert.Equal(6, r.Total);
        Assert.Single(r.Hits);
        Assert.Equal(2, r.Facets["kind"]["Nghị quyết"]);
        Assert.Equal(2, r.Facets["kind"]["Tin bài"]);
        Assert.Equal(2, r.Facets["issuer"]["TU"] - 1);
        Assert.Equal(1, r.Facets["organization"]["Tỉnh ủy Hòa Bình"]);
        Assert.Equal(2, r.Facets["year"]["2016"]);
    }

    [Fact]
    public void Filters_and_date_sort_combine()
    {
        var r = Search("nghị quyết", SearchSort.Date, kind: "Nghị quyết");
        Assert.Equal(["kt:03-NQ-TU.txt", "hb:03-NQ-TU.txt"], Ids(r));
        Assert.Equal(["hb:03-NQ-TU.txt"], Ids(Search("", organization: "Tỉnh ủy Hòa Bình")));
        var dated = t.Index.Search(new SearchRequest { From = new DateOnly(2019, 1, 1), To = new DateOnly(2019, 12, 31) });
        Assert.Equal(["tv:121-KH-TU.txt", "tw:28-CT-TW.txt"], Ids(dated));
    }

    [Fact]
    public void Snippets_mark_folded_matches_and_escape_the_rest()
    {
        var hit = Search("dang vien").Hits.First(h => h.Id == "news:ket-qua-19.txt");
        Assert.Contains("<mark>Đảng</mark>", hit.Snippet);
        Assert.Contains("<mark>đảng</mark> <mark>viên</mark>", hit.Snippet);
    }

    [Fact]
    public void Excluded_words_remove_documents()
        => Assert.DoesNotContain("hb:03-NQ-TU.txt", Ids(Search("nghị quyết -nông")));

    public void Dispose() => t.Dispose();
}
