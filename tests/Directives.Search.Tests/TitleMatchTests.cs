using Directives.Search.Querying;

namespace Directives.Search.Tests;

/// <summary>
/// A title's words are matched as the text's (they are indexed into the folded text and its pairs) and weigh more in the
/// second pass: a title finds its document on its own, ranks it first, can exclude it, and never joins the text into a
/// phrase that neither holds.
/// </summary>
public sealed class TitleMatchTests : IDisposable
{
    readonly TestIndex t = new();

    public TitleMatchTests()
    {
        t.Add("xa:12-BC-DU.txt", "Đảng ủy xã đánh giá kết quả công tác dân vận năm 2024 và đề ra nhiệm vụ năm 2025.", citation: "12-BC/ĐU",
                kind: "Báo cáo", date: new DateOnly(2024, 12, 20), title: "sơ kết công tác dân vận năm 2024")
         .Add("xa:13-BC-DU.txt", "Đảng ủy xã: công tác dân vận, dân vận khéo, dân vận chính quyền.", citation: "13-BC/ĐU",
                kind: "Báo cáo", date: new DateOnly(2024, 12, 21), title: "tình hình kinh tế - xã hội")
         .Add("xa:07-BC-DU.txt", "Các chi bộ gửi báo cáo kết quả kèm theo", citation: "07-BC/ĐU", kind: "Báo cáo",
                date: new DateOnly(2024, 6, 1), title: "Theo dõi thi đua năm 2024")
         .Add("xa:05-QC-DU.txt", "Ban hành kèm theo Quyết định của Đảng ủy xã. Nội dung kèm theo.", citation: "05-QC/ĐU", kind: "Quy chế",
                date: new DateOnly(2024, 3, 2), title: "Quy chế chi tiêu nội bộ")
         .Commit();
    }

    IReadOnlyList<string> Ids(string q) => [.. t.Index.Search(new SearchRequest { Query = q }).Hits.Select(h => h.Id)];

    [Theory]
    [InlineData("chi tieu")]
    [InlineData("Chi tiêu nội bộ")]
    [InlineData("\"chi tiêu nội bộ\"")]
    [InlineData("\"quy che chi tieu\"")]
    public void Words_and_phrases_only_in_the_title_find_the_document(string q)
        => Assert.Equal(["xa:05-QC-DU.txt"], Ids(q));

    /// <summary>The title's weight comes from the second pass: without it the text that says "dân vận" three times wins.</summary>
    [Theory]
    [InlineData("dan van")]
    [InlineData("công tác dân vận")]
    [InlineData("\"cong tac dan van\"")]
    public void A_title_match_outweighs_more_mentions_in_the_text(string q)
        => Assert.Equal(["xa:12-BC-DU.txt", "xa:13-BC-DU.txt"], Ids(q));

    [Fact]
    public void An_excluded_word_in_the_title_excludes_the_document()
    {
        Assert.Contains("xa:05-QC-DU.txt", Ids("Đảng ủy xã"));
        Assert.DoesNotContain("xa:05-QC-DU.txt", Ids("Đảng ủy xã -tiêu"));
        Assert.Equal(["xa:12-BC-DU.txt", "xa:13-BC-DU.txt"], Ids("Đảng ủy xã -quy").Order(StringComparer.Ordinal));
        Assert.Equal(["xa:12-BC-DU.txt"], Ids("cong tac -tinh"));
    }

    /// <summary>
    /// "kèm theo" ends a text whose title begins "Theo dõi": the phrase "kèm theo dõi" is the pairs "kem theo" and "theo
    /// doi" one position apart, which the text's last pair and the title's first would be without a gap between them.
    /// </summary>
    [Theory]
    [InlineData("\"kèm theo dõi\"")]
    [InlineData("\"ket qua kem theo doi thi dua\"")]
    [InlineData("\"nội dung kèm theo quy chế\"")]
    public void A_phrase_never_runs_from_the_end_of_the_text_into_the_title(string q)
        => Assert.Empty(Ids(q));

    [Fact]
    public void The_same_phrases_within_the_text_and_within_the_title_are_found()
    {
        Assert.Equal(["xa:07-BC-DU.txt"], Ids("\"báo cáo kết quả kèm theo\""));
        Assert.Equal(["xa:07-BC-DU.txt"], Ids("\"theo doi thi dua\""));
    }

    public void Dispose() => t.Dispose();
}
