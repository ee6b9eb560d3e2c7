using System.Text.RegularExpressions;
using Directives.Core.Text;
using Directives.Search.Querying;

namespace Directives.Search.Tests.Querying;

/// <summary>Snippets for quoted phrases, and the single-pass builder giving the same snippets as before for everything else.</summary>
public sealed class SnippetBuilderTests
{
    // The phrase's words occur alone in the first sentences; the phrase itself only well past the first 240 characters.
    const string Directive =
        "Các cấp ủy cần nâng cao ý thức chấp hành của cán bộ, đảng viên trong toàn Đảng bộ tỉnh. " +
        "Việc kiểm tra, giám sát phải được tiến hành nghiêm túc, khách quan, đúng quy định của Điều lệ Đảng. " +
        "Ban Thường vụ Tỉnh ủy yêu cầu các đồng chí ủy viên chấp hành kỷ luật phát ngôn và chế độ báo cáo định kỳ. " +
        "Công tác tuyên truyền được triển khai rộng khắp tới các chi bộ và tổ chức cơ sở đảng trong toàn tỉnh. " +
        "Sau khi sơ kết, Tỉnh ủy yêu cầu các địa phương chấp hành nghiêm Chỉ thị số 05-CT/TU và báo cáo kết quả trước ngày 30/6/2024.";

    const string Market =
        "Ủy ban nhân dân tỉnh chỉ đạo các sở, ngành theo dõi sát diễn biến thị trường, giá cả hàng hóa thiết yếu dịp cuối năm. " +
        "Các huyện, thị xã, thành phố chủ động chỉ đạo bảo đảm cung ứng hàng hóa, không để xảy ra tình trạng khan hiếm, tăng giá đột biến. " +
        "Sở Công Thương tăng cường kiểm tra, kiểm soát thị trường, xử lý nghiêm các hành vi đầu cơ, găm hàng. " +
        "Thực hiện Chỉ thị số 12-CT/TU của Ban Thường vụ Tỉnh ủy, các cơ quan đơn vị tổ chức đón Tết tiết kiệm, an toàn.";

    static string Snippet(string text, string query) => SnippetBuilder.Build(VietnameseText.Normalize(text), ParsedQuery.Parse(query));

    /// <summary>A mark around a single word of the phrase, standing alone.</summary>
    static void NoLoneMark(string snippet, params string[] words)
    {
        foreach (Match m in Regex.Matches(snippet, "<mark>([^<]*)</mark>"))
            Assert.False(words.Contains(m.Groups[1].Value, StringComparer.OrdinalIgnoreCase), $"lone word marked: {m.Value} in {snippet}");
    }

    [Theory]
    [InlineData("\"chấp hành nghiêm\"")]
    [InlineData("\"chap hanh nghiem\"")]
    [InlineData("\"CHẤP HÀNH NGHIÊM\"")]
    public void A_phrase_is_shown_where_it_occurs_and_marked_as_a_whole(string query)
    {
        Assert.True(Directive.IndexOf("chấp hành nghiêm", StringComparison.Ordinal) > 300, "the phrase must lie past the first window");
        var snippet = Snippet(Directive, query);
        Assert.Contains("<mark>chấp hành nghiêm</mark>", snippet);
        NoLoneMark(snippet, "chấp", "hành", "nghiêm");
    }

    [Fact]
    public void A_phrase_without_diacritics_matches_the_folded_words()
    {
        var snippet = Snippet(Market, "\"chi thi\"");
        Assert.Contains("<mark>Chỉ thị</mark> số 12-CT/TU", snippet);
        NoLoneMark(snippet, "chỉ", "thị");
        Assert.DoesNotContain("<mark>chỉ</mark>", snippet);
        Assert.DoesNotContain("<mark>thị</mark>", snippet);
    }

    [Fact]
    public void Other_query_words_are_still_marked_beside_the_phrase()
    {
        var snippet = Snippet(Market, "\"chi thi\" tỉnh ủy");
        Assert.Contains("<mark>Chỉ thị</mark>", snippet);
        Assert.Contains("<mark>Tỉnh</mark> <mark>ủy</mark>", snippet);
        NoLoneMark(snippet, "chỉ", "thị");
    }

    [Fact]
    public void A_phrase_the_text_does_not_have_falls_back_to_marking_its_words()
    {
        // Found by the title, say: the text has the words, never together.
        var snippet = Snippet(Market, "\"thị trường chỉ đạo\"");
        Assert.Equal(LegacySnippetBuilder.Build(VietnameseText.Normalize(Market), ParsedQuery.Parse("\"thị trường chỉ đạo\"")), snippet);
        Assert.Contains("<mark>thị</mark> <mark>trường</mark>", snippet);
    }

    [Fact]
    public void A_phrase_across_punctuation_counts_as_the_index_counts_it()
    {
        var snippet = Snippet("Về công tác cán bộ. Cán bộ, đảng viên phải gương mẫu.", "\"cán bộ đảng viên\"");
        Assert.Contains("<mark>Cán bộ, đảng viên</mark>", snippet);
        NoLoneMark(snippet, "cán", "bộ", "đảng", "viên");
    }

    [Fact]
    public void Overlapping_phrase_occurrences_make_one_mark()
    {
        var snippet = Snippet("Đảng bộ xã kết nạp đảng viên mới trong năm.", "\"kết nạp đảng\" \"đảng viên\"");
        Assert.Contains("<mark>kết nạp đảng viên</mark>", snippet);
    }

    [Fact]
    public void A_phrase_is_escaped_inside_its_mark()
    {
        var snippet = Snippet(new string('x', 400) + " Quy chế <nội bộ> & phối hợp \"công tác\" dân vận.", "\"nội bộ phối hợp\"");
        Assert.Contains("<mark>nội bộ&gt; &amp; phối hợp</mark>", snippet);
    }

    [Fact]
    public void Search_hits_show_the_phrase_and_fall_back_when_only_the_title_has_it()
    {
        using var t = new TestIndex();
        t.Add("tu:05-CT-TU.txt", Directive, citation: "05-CT/TU", kind: "Chỉ thị", organization: "Tỉnh ủy", date: new DateOnly(2024, 3, 1),
                title: "về tăng cường kỷ luật")
         .Add("news:chap-hanh.txt", "Các chi bộ nghiêm túc chấp hành quy định.", date: new DateOnly(2024, 4, 1), title: "Chấp hành nghiêm kỷ luật")
         .Commit();
        var hits = t.Index.Search(new SearchRequest { Query = "\"chap hanh nghiem\"" }).Hits;
        Assert.Contains("<mark>chấp hành nghiêm</mark>", hits.Single(h => h.Id == "tu:05-CT-TU.txt").Snippet);
        Assert.Equal("Các chi bộ <mark>nghiêm</mark> túc <mark>chấp</mark> <mark>hành</mark> quy định.", hits.Single(h => h.Id == "news:chap-hanh.txt").Snippet);
    }

    [Theory]
    [InlineData("dang vien")]
    [InlineData("Đảng bộ")]
    [InlineData("chi thi 28")]
    [InlineData("kiem tra giam sat")]
    [InlineData("nghị quyết -nông")]
    [InlineData("28-CT/TW")]
    [InlineData("tuyen truyen")]
    [InlineData("tuyen truyeen")] // a typo: marked by edit distance
    [InlineData("kiểm soat thi truong")]
    [InlineData("bao cao 030")]
    [InlineData("khongcotrongvanban")]
    [InlineData("")]
    public void Ordinary_snippets_are_the_same_as_before(string query)
    {
        var parsed = ParsedQuery.Parse(query);
        foreach (var text in Texts())
            Assert.Equal(LegacySnippetBuilder.Build(text, parsed), SnippetBuilder.Build(text, parsed));
    }

    /// <summary>Real-shaped texts of every length, from the constants above and generated ones shuffled from their words.</summary>
    static IEnumerable<string> Texts()
    {
        yield return VietnameseText.Normalize(Directive);
        yield return VietnameseText.Normalize(Market);
        yield return "Kế hoạch thực hiện Chỉ thị số 28-CT/TW, ngày 21/01/2019 của Ban Bí thư. Thực hiện Chỉ thị 28 -CT/TW, các cấp ủy rà soát.\nBáo cáo 030 & <kết quả>.";
        var words = VietnameseText.Normalize(Directive + " " + Market).Split(' ');
        var random = new Random(14);
        for (var n = 0; n < 40; n++)
            yield return string.Join(' ', Enumerable.Range(0, random.Next(1, 400)).Select(_ => words[random.Next(words.Length)]));
    }
}
