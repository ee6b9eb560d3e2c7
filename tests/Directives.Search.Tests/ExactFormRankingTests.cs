using Directives.Search.Querying;

namespace Directives.Search.Tests;

/// <summary>
/// The exact forms of a query (diacritics as typed) are scored in a second pass over the best documents the folded
/// query found (<see cref="SecondPassRescorer"/>): a text with the words as typed still comes first when many texts that
/// only match them folded would score higher, and pages stay one ordering.
/// </summary>
public sealed class ExactFormRankingTests : IDisposable
{
    readonly TestIndex t = new();
    const int FoldedOnly = 40;

    public ExactFormRankingTests()
    {
        // Short notices that write the words with other tones ("đăng", "dâng"): each matches the query folded and, being
        // short and repeating it, outscores the long report below on the folded words alone.
        for (var i = 0; i < FoldedOnly; i++)
            t.Add($"notice-{i:00}.txt", i % 2 == 0
                    ? $"Thông báo số {i + 100}: đăng viên tin, kết nạp đăng viên tin mới trên cổng thông tin."
                    : $"Lịch số {i + 100}: dâng viên hoa, kết nạp dâng viên ngọc lên lễ đài.",
                date: new DateOnly(2024, 5, 2));
        t.Add("report.txt",
                "Báo cáo tổng kết công tác xây dựng Đảng năm 2023 của Đảng bộ huyện. " + string.Join(" ",
                    Enumerable.Repeat("Các chi bộ duy trì nền nếp sinh hoạt, nâng cao chất lượng học tập nghị quyết và công tác kiểm tra, giám sát.", 12))
                + " Trong năm, toàn Đảng bộ đã kết nạp đảng viên mới vượt chỉ tiêu đề ra.",
                date: new DateOnly(2024, 5, 2), title: "Báo cáo tổng kết năm 2023")
         .Commit();
    }

    SearchResponse Search(string q, int page = 1, int size = 10, SearchSort sort = SearchSort.Relevance)
        => t.Index.Search(new SearchRequest { Query = q, Page = page, Size = size, Sort = sort });

    [Theory]
    [InlineData("đảng viên")]
    [InlineData("\"kết nạp đảng viên\"")]
    public void The_text_with_the_words_as_typed_comes_first_past_many_that_match_folded_only(string q)
    {
        var r = Search(q);
        Assert.Equal(FoldedOnly + 1, r.Total);
        Assert.Equal("report.txt", r.Hits[0].Id);
        // Folded alone, the report is not on the first page: the short notices score higher there.
        var folded = Search(Directives.Core.Text.VietnameseText.Fold(q), size: FoldedOnly + 1);
        Assert.True(folded.Hits.Select(h => h.Id).ToList().IndexOf("report.txt") >= 10, "the folded query alone ranks the report below the first page");
    }

    [Fact]
    public void Among_texts_of_the_same_date_the_one_with_the_words_as_typed_comes_first()
        => Assert.Equal("report.txt", Search("đảng viên", sort: SearchSort.Date).Hits[0].Id);

    [Theory]
    [InlineData("đảng viên", SearchSort.Relevance)]
    [InlineData("\"kết nạp đảng viên\"", SearchSort.Relevance)]
    [InlineData("đăng viên", SearchSort.Relevance)]
    [InlineData("đảng viên", SearchSort.Date)]
    public void Pages_are_slices_of_one_ordering(string q, SearchSort sort)
    {
        var all = Search(q, size: FoldedOnly + 1, sort: sort).Hits.Select(h => h.Id).ToList();
        var paged = Enumerable.Range(1, 5).SelectMany(p => Search(q, page: p, size: 10, sort: sort).Hits.Select(h => h.Id)).ToList();
        Assert.Equal(all, paged);
        Assert.Equal(FoldedOnly + 1, all.Distinct().Count());
    }

    [Fact]
    public void Words_typed_with_other_tones_rank_their_own_texts_first()
    {
        // "đăng viên" as typed is in the even notices only: all twenty before the report and the odd ones.
        var ids = Search("đăng viên", size: FoldedOnly + 1).Hits.Select(h => h.Id).ToList();
        Assert.All(ids.Take(FoldedOnly / 2), id => Assert.True(int.Parse(id[7..9]) % 2 == 0, id));
    }

    [Fact]
    public void Pages_past_the_rescored_window_continue_the_same_ordering()
    {
        // More texts than the window, texts with the words as typed and texts that match them folded only mixed in
        // length, so the second pass reorders the window and a page past it could repeat or skip a text.
        using var many = new TestIndex();
        var count = SecondPassRescorer.Window + 60;
        for (var i = 0; i < count; i++)
            many.Add($"doc-{i:000}.txt", string.Join(" ", Enumerable.Repeat("Chi bộ họp bàn công tác.", i % 7))
                + (i % 3 == 0 ? " Kết nạp đảng viên mới." : " Đăng viên tin mới."));
        many.Commit();
        List<string> Paged(int size) => Enumerable.Range(1, (count + size - 1) / size)
            .SelectMany(p => many.Index.Search(new SearchRequest { Query = "đảng viên", Page = p, Size = size }).Hits.Select(h => h.Id)).ToList();
        var by100 = Paged(100);
        Assert.Equal(count, by100.Count);
        Assert.Equal(count, by100.Distinct().Count());
        Assert.Equal(by100, Paged(40));
        // Within the window the texts with the words as typed come first: they are a prefix of it.
        var exact = by100.Take(SecondPassRescorer.Window).Select(id => int.Parse(id[4..7]) % 3 == 0).ToList();
        Assert.True(exact.Count(e => e) > 50, $"{exact.Count(e => e)} texts with the words as typed in the window");
        Assert.DoesNotContain(true, exact.SkipWhile(e => e));
    }

    public void Dispose() => t.Dispose();
}
