using Directives.Core.Documents;
using Directives.Core.Extraction;

namespace Directives.Core.Tests.Documents;

/// <summary>Texts cut to their body still speak for themselves; news leads do not.</summary>
public class BodyOpeningTests
{
    [Theory]
    [InlineData("Căn cứ Điều lệ Đảng;\nCăn cứ Quy định số 105-QĐ/TW ngày 19/12/2017 của Bộ Chính trị;", 0)]
    [InlineData("Văn bản | Tin tức\n- Căn cứ Quy định số 105-QĐ/TW;", 18)]
    [InlineData("ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH QUẢNG NGÃI\nThực hiện Kế hoạch số 36-KH/TU, ngày 02/7/2021 của Ban Thường vụ Tỉnh ủy, Đảng ủy Khối xây dựng Kế hoạch như sau:\nI. MỤC ĐÍCH", 41)]
    public void Finds_the_opening(string text, int offset) => Assert.Equal(offset, BodyOpening.Find(text));

    [Theory]
    [InlineData("Sáng 21-12, Ban Thường vụ Tỉnh ủy tổ chức hội nghị tổng kết. Hội nghị đánh giá cao kết quả.\nCăn cứ kết quả đó, …")]
    [InlineData("Thực hiện Chỉ thị số 28-CT/TW, năm 2020 huyện đã kết nạp 126 đảng viên, đạt 105% kế hoạch.")]
    public void A_news_lead_is_no_opening(string text) => Assert.Null(BodyOpening.Find(text));

    [Fact]
    public void Every_item_of_a_basis_list_is_the_texts_own_edge()
    {
        var result = Extractor.Extract(new ExtractionInput
        {
            Source = "t.txt",
            Text = "Căn cứ Quy định số 105-QĐ/TW, ngày 19/12/2017 của Bộ Chính trị; Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ; Công văn số 512-CV/VPTW ngày 02/4/2020 của Văn phòng Trung ương Đảng, Ban Thường vụ Huyện ủy ban hành quy chế như sau:\nĐiều 1.",
        });
        Assert.Null(result.Document);
        Assert.Equal(["105-QĐ/TW", "30/2020/NĐ-CP", "512-CV/VPTW"],
            result.Relations.Where(r => r is { From: "self", Type: "based_on" }).Select(r => r.To));
    }
}
