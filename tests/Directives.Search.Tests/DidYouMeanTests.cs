using Directives.Search.Querying;

namespace Directives.Search.Tests;

/// <summary>A search that finds nothing suggests the query with its unknown words corrected, when that finds something.</summary>
public sealed class DidYouMeanTests : IDisposable
{
    readonly TestIndex t = new();

    public DidYouMeanTests()
    {
        t.Add("tw:28-CT-TW.txt", "CHỈ THỊ về nâng cao chất lượng kết nạp đảng viên. Chỉ thị yêu cầu các cấp ủy rà soát đảng viên.",
                citation: "28-CT/TW", kind: "Chỉ thị", organization: "Ban Bí thư", date: new DateOnly(2019, 1, 21),
                title: "về nâng cao chất lượng kết nạp đảng viên")
         .Add("hb:21-NQ.txt", "Nghị quyết số 21-NQ/TW về tăng cường củng cố tổ chức cơ sở đảng. Chi bộ thôn, xã.",
                citation: "21-NQ/TW", kind: "Nghị quyết", organization: "Ban Chấp hành Trung ương", date: new DateOnly(2022, 6, 16))
         .Add("news:dak-ha.txt", "Huyện Đăk Hà kết nạp 126 đảng viên mới; chi bộ thôn làm tốt.", date: new DateOnly(2020, 2, 3))
         .Commit();
    }

    public void Dispose() => t.Dispose();

    SearchResponse Search(string q) => t.Index.Search(new SearchRequest { Query = q });

    [Theory]
    [InlineData("ket nap dang vein", "ket nap dang vien")]          // one transposition in a four-letter word
    [InlineData("ket nap dnag vien", "ket nap dang vien")]
    [InlineData("chj thi 28", "chi thi 28")]                         // the number stays as typed
    [InlineData("nghj quyet 21", "nghi quyet 21")]
    [InlineData("Kết nạp đảng viê", "Kết nạp đảng viên")]             // a word cut short; an accented query gets the corpus's spelling
    [InlineData("cung co to chuk", "cung co to chuc")]
    public void A_query_that_finds_nothing_gets_a_correction_that_finds_something(string query, string expected)
    {
        Assert.Equal(0, Search(query).Total);
        var suggestion = t.Index.DidYouMean(new SearchRequest { Query = query });
        Assert.Equal(expected, suggestion);
        Assert.True(Search(suggestion!).Total > 0);
    }

    [Theory]
    [InlineData("ket nap dang vien")]     // finds something already: every word is known
    [InlineData("chi thi 99")]            // numbers are never corrected
    [InlineData("xyzzyq")]                // nothing near
    [InlineData("")]
    public void No_suggestion_without_a_word_to_correct(string query)
        => Assert.Null(t.Index.DidYouMean(new SearchRequest { Query = query }));

    [Fact]
    public void A_correction_that_finds_nothing_under_the_filters_is_not_suggested()
    {
        Assert.Equal("ket nap dang vien", t.Index.DidYouMean(new SearchRequest { Query = "ket nap dang vein" }));
        Assert.Null(t.Index.DidYouMean(new SearchRequest { Query = "ket nap dang vein", Kinds = ["Kế hoạch"] }));
    }
}
