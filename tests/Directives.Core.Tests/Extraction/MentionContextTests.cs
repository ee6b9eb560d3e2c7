using Directives.Core.Citations;
using Directives.Core.Extraction;
using Directives.Core.Text;

namespace Directives.Core.Tests.Extraction;

public class MentionContextTests
{
    static MentionContext After(string text)
    {
        text = VietnameseText.Normalize(text);
        var m = CitationScanner.Scan(text)[0];
        return MentionContextReader.Read(text, m.Start + m.Length);
    }

    [Theory]
    [InlineData("Chỉ thị số 28-CT/TW, ngày 21/01/2019 của Ban Bí thư về nâng cao", "2019-01-21", "Ban Bí thư", null)]
    [InlineData("Quy định số 04-QĐ/TU ngày 5-12-2017 về bộ tiêu chí", "2017-12-05", null, null)]
    [InlineData("Kế hoạch số 152-KH/TU,\nngày 10/7/2015 của Ban Thường vụ Tỉnh ủy về thực hiện", "2015-07-10", "Ban Thường vụ Tỉnh ủy", null)]
    [InlineData("Quy định số 31-QĐi/TU ngày 14/12/2018 của Ban Thường vụ Tỉnh ủy về tiêu chí", "2018-12-14", "Ban Thường vụ Tỉnh ủy", null)]
    [InlineData("Kết luận số 21-KL/TW, ngày 25/10/2021 của Ban Chấp hành Trung ương Đảng về xây dựng", "2021-10-25", "Ban Chấp hành Trung ương Đảng", null)]
    [InlineData("Nghị quyết số 21-NQ/TW, ngày 16/6/2022 của Ban Chấp hành Trung ương Đảng khóa XIII. Trên", "2022-06-16", "Ban Chấp hành Trung ương Đảng", "XIII")]
    [InlineData("Chỉ thị 05-CT/TW của Bộ Chính trị về đẩy mạnh", null, "Bộ Chính trị", null)]
    [InlineData("Hướng dẫn số 02-HD/BTCTW của Ban Tổ chức Trung ương, Kế hoạch", null, "Ban Tổ chức Trung ương", null)]
    [InlineData("Kế hoạch số 121-KH/TU của Ban Thường vụ Tỉnh uỷ Trà Vinh về", null, "Ban Thường vụ Tỉnh uỷ Trà Vinh", null)]
    [InlineData("Nghị quyết số 03-NQ/TU ngày 21 tháng 7 năm 2016 của Tỉnh ủy Kon Tum", "2016-07-21", "Tỉnh ủy Kon Tum", null)]
    [InlineData("Chỉ thị 28-CT/TW và Kế hoạch 121-KH/TU ngày 08/4/2019", null, null, null)]
    [InlineData("Nghị quyết số 18-NQ/TW (khóa XII) về tinh gọn", null, null, "XII")]
    public void Reads_the_date_body_and_term_written_right_after_a_number(string text, string? date, string? body, string? term)
    {
        var c = After(text);
        Assert.Equal(date, c.Date?.Date.ToString("yyyy-MM-dd"));
        Assert.Equal(body, c.Body);
        Assert.Equal(term, c.Term);
    }

    [Fact]
    public void A_mistyped_year_is_repaired_with_a_warning()
    {
        var c = After("thực hiện chỉ thị 28-CT/TW, ngày 21/01/20219 của Ban Bí thư");
        Assert.Equal(new DateOnly(2019, 1, 21), c.Date!.Date);
        Assert.Contains("20219", c.Date.Warning);
        Assert.Equal("Ban Bí thư", c.Body);
    }
}
