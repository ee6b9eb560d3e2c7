using System.Diagnostics;
using System.Text;
using Directives.Core.Extraction;
using Directives.Core.Relations;
using static Directives.Core.Tests.Relations.RelationTestText;

namespace Directives.Core.Tests.Relations;

public class RelationPrecisionTests
{
    // Mentions that state no edge: a news body carrying out a document, objects of an earlier verb, words between.
    [Theory]
    [InlineData(NewsLead + "Các cấp ủy tiếp tục thực hiện tốt Chỉ thị số 35-CT/TW của Ban Bí thư.")]
    [InlineData("Thực hiện Nghị quyết số 07-NQ/TU: Du lịch khởi sắc\n08:30, 12/4/2021\nNội dung bài.")]
    [InlineData(NewsLead + "Hội nghị đã tổ chức tổng kết 20 năm thực hiện Nghị quyết số 03-NQ/TW về chiến lược cán bộ.")]
    [InlineData(NewsLead + "Huyện ủy thực hiện Chỉ thị số 35-CT/TW, triển khai Nghị quyết số 07-NQ/TU đến chi bộ.")]
    [InlineData(NewsLead + "Theo Nghị quyết số 39-NQ/TW về tinh giản biên chế và thực hiện Chỉ thị số 05-CT/TW đã đạt kết quả.")]
    [InlineData(NewsLead + "Trên cơ sở đó, phấn đấu đến năm 2025 có 90% chi bộ trong sạch.")]
    [InlineData(NewsLead + "Kiểm tra việc thực hiện Chỉ thị số 35- CT/TW của Ban Bí thư, các quy định, hướng dẫn thi hành Quy định số 24-QĐ/TW.")]
    [InlineData(NewsLead + "Kế hoạch số 121-KH/TU đã được ban hành. Thực hiện Chỉ thị số 35-CT/TW, các chi bộ tổ chức sinh hoạt.")]
    [InlineData(NewsLead + "Trên cơ sở quy định của Trung ương, Ban Thường vụ ban hành Quy định số 04-QĐ/TU về đánh giá cán bộ.")]
    [InlineData(NewsLead + "Kế hoạch số 121-KH/TU được các chi bộ nghiêm túc quán triệt trong nhiều buổi sinh hoạt chuyên đề rồi thực hiện Chỉ thị số 35-CT/TW.")]
    [InlineData(NewsLead + "Quy định này thay thế Quy định số 07-QĐi/TU.")]
    public void News_sentences_without_a_stated_edge(string text) =>
        Assert.Equal("", Describe(Find(text, news: true)));

    [Theory]
    [InlineData("Các chi bộ căn cứ Quy định số 130-QĐ/TW để xếp loại đảng viên.")]
    [InlineData("Các chi bộ thực hiện nghiêm Chỉ thị số 35-CT/TW.")]
    public void Party_document_body_sentences_without_a_stated_edge(string sentence)
    {
        var text = "TỈNH ỦY\nSố 214-KH/TU\nKẾ HOẠCH\nthực hiện Chỉ thị số 35-CT/TW\n" + string.Concat(Enumerable.Repeat("Nội dung kế hoạch được triển khai rộng rãi.\n", 40)) + sentence;
        var relations = Find(text, news: false, "214-KH/TU");
        Assert.Equal("implements self 35-CT/TW", Describe(relations));
        Assert.True(relations[0].Start < 100, "only the title states the edge");
    }

    [Fact]
    public void A_full_stop_inside_a_number_does_not_end_the_sentence()
    {
        var relations = Find(NewsLead + "Năm 2021 có 4.922 đảng viên, Kế hoạch số 121-KH/TU thực hiện Chỉ thị số 35-CT/TW.", news: true);
        Assert.Equal("implements 121-KH/TU 35-CT/TW", Describe(relations));
    }

    [Fact]
    public void Evidence_is_the_sentence_at_its_offsets()
    {
        const string sentence = "Kế hoạch số 121-KH/TU thực hiện Chỉ thị số 35-CT/TW.";
        var text = NewsLead + "Mở đầu bài viết; " + sentence + " Câu sau.";
        var relation = Assert.Single(Find(text, news: true));
        Assert.Equal(sentence.TrimEnd('.'), relation.Evidence);
        Assert.Equal(relation.Evidence, text[relation.Start..relation.End]);
    }

    [Fact]
    public void Repeated_edges_keep_the_first_evidence()
    {
        var text = NewsLead + "Kế hoạch số 121-KH/TU thực hiện Chỉ thị số 35-CT/TW. Nhắc lại, Kế hoạch số 121-KH/TU thực hiện Chỉ thị số 35-CT/TW.";
        var relation = Assert.Single(Find(text, news: true));
        Assert.StartsWith("Kế hoạch", relation.Evidence);
    }

    [Fact]
    public void Named_and_short_references_use_what_they_resolve_to()
    {
        const string text = "Kế hoạch số 214-KH/TU thực hiện Nghị quyết Trung ương 4 khóa XII về xây dựng Đảng.";
        var start = text.IndexOf("Nghị quyết Trung ương", StringComparison.Ordinal);
        var named = new Reference
        {
            Kind = "Nghị quyết", Name = "Trung ương 4 khóa XII", Resolved = "04-NQ/TW", Surface = "Nghị quyết Trung ương 4 khóa XII",
            Start = start, End = start + "Nghị quyết Trung ương 4 khóa XII".Length, Category = ReferenceCategories.Named,
        };
        Assert.Equal("implements 214-KH/TU 04-NQ/TW", Describe(Find(NewsLead + text, news: true, extra: [Shift(named, NewsLead.Length)])));
    }

    static Reference Shift(Reference r, int by) => r with { Start = r.Start + by, End = r.End + by };

    [Fact]
    public void References_without_an_endpoint_are_skipped()
    {
        var empty = new Reference { Surface = "văn bản", Start = 0, End = 7, Category = ReferenceCategories.Named };
        var text = "văn bản thực hiện Chỉ thị số 35-CT/TW";
        Assert.Empty(RelationRecognizer.Find(text, [empty], new RelationContext { IsNews = true }));
    }

    [Theory]
    [InlineData("thực hiện thực hiện Chỉ thị số 35-CT/TW của Ban Bí thư, ")]
    [InlineData("Kế hoạch số 121-KH/TU ngày 08/4/2019 của Ban Thường vụ Tỉnh ủy ")]
    [InlineData("hướng dẫn([4]) sơ kết 5 năm ")]
    [InlineData("Qua 3 năm Qua 3 năm ([1 [[ ((")]
    public void A_megabyte_of_repetition_gives_only_well_formed_relations(string unit)
    {
        var sb = new StringBuilder();
        while (sb.Length < 1_000_000) sb.Append(unit);
        sb.Append("\n([4]) Hướng dẫn số 03-HD/BTCTU.");
        var text = sb.ToString();
        Assert.All(Find(text, news: true), r => Assert.Equal(r.Evidence, text[r.Start..r.End]));
    }
}
