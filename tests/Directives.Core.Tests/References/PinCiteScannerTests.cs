using Directives.Core.Extraction;
using Directives.Core.References;
using Directives.Core.Text;

namespace Directives.Core.Tests.References;

public sealed class PinCiteScannerTests
{
    static IReadOnlyList<Reference> Extract(string text) => Extractor.Extract(new ExtractionInput { Source = "t", Text = VietnameseText.Normalize(text) }).References;

    [Theory]
    [InlineData("Thực hiện Điều 3 Quy định số 08-QĐi/TW, ngày 25/10/2018 của Ban Chấp hành Trung ương.", "08-QĐi/TW", 3, null, null, null, null, null, "Điều 3")]
    [InlineData("Theo khoản 2 Điều 8 Quy định số 08-QĐi/TW thì đảng viên phải nêu gương.", "08-QĐi/TW", 8, 2, null, null, null, null, "khoản 2 Điều 8")]
    [InlineData("Căn cứ điểm c khoản 2 Điều 8 của Quy định số 102-QĐ/TW, xử lý kỷ luật.", "102-QĐ/TW", 8, 2, "c", null, null, null, "điểm c khoản 2 Điều 8")]
    [InlineData("Như mục II Chỉ thị số 28-CT/TW đã nêu.", "28-CT/TW", null, null, null, "II", null, null, "mục II")]
    [InlineData("Nội dung tại phần thứ hai của Nghị quyết số 21-NQ/TW, ngày 16/6/2022.", "21-NQ/TW", null, null, null, null, "2", null, "phần thứ hai")]
    [InlineData("Quy định số 08-QĐi/TW, tại Chương II quy định về nêu gương.", "08-QĐi/TW", null, null, null, null, null, "II", "Chương II")]
    [InlineData("Chỉ thị số 28-CT/TW (mục 3) yêu cầu rà soát.", "28-CT/TW", null, null, null, "3", null, null, "mục 3")]
    public void A_pin_written_next_to_a_citation_is_attached_to_it(string text, string citation, int? article, int? clause, string? point,
        string? section, string? part, string? chapter, string surface)
    {
        var pin = Assert.Single(Extract(text).Single(r => r.Citation == citation).Pins);
        Assert.Equal((article, clause, point, section, part, chapter, surface),
            (pin.Article, pin.Clause, pin.Point, pin.Section, pin.Part, pin.Chapter, pin.Surface));
    }

    [Theory]
    [InlineData("Thực hiện Chỉ thị số 28-CT/TW. Điều 3 của quy chế nêu rõ trách nhiệm.")]
    [InlineData("Mục tiêu của Chỉ thị số 28-CT/TW là nâng cao chất lượng.")]
    [InlineData("Chỉ thị số 28-CT/TW đề ra các điều kiện kết nạp; phần lớn chi bộ đã thực hiện.")]
    public void Parts_that_stand_apart_or_words_that_only_look_like_parts_are_not_pins(string text)
        => Assert.Empty(Extract(text).Single(r => r.Citation == "28-CT/TW").Pins);

    [Fact]
    public void Pins_are_in_the_extract_json()
        => Assert.Contains("\"pins\":[{\"article\":3,", ExtractionJson.Line(Extractor.Extract(new ExtractionInput
        {
            Source = "t", Text = VietnameseText.Normalize("Theo Điều 3 Quy định số 08-QĐi/TW, ngày 25/10/2018."),
        })), StringComparison.Ordinal);
}
