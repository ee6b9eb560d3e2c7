using Directives.Core.Documents;

namespace Directives.Core.Tests.Documents;

/// <summary>Headers in the layouts real files take (domain.md §8, docs/real-texts.md): one row per shape, invented numbers.</summary>
public class RealLayoutHeaderTests
{
    [Theory]
    // chrome and a stamp line above; left column flattened first, en dash with spaces in the number
    [InlineData("Trang chủ › Văn bản chỉ đạo\nĐăng lúc: 12-05-2021 09:14 - Lượt xem: 311\nTỈNH ỦY PHÚ YÊN\n*\nSố 45 – KH/TU\nĐẢNG CỘNG SẢN VIỆT NAM\nPhú Yên, ngày 03 tháng 7 năm 2020\nKẾ HOẠCH\nrà soát đảng viên năm 2020\nThực hiện Chỉ thị số 28-CT/TW …",
        "45-KH/TU", "Kế hoạch", "Tỉnh ủy Phú Yên", "2020-07-03", "rà soát đảng viên năm 2020")]
    // right column first: motto and place-date above the committee and number
    [InlineData("ĐẢNG CỘNG SẢN VIỆT NAM\nNha Trang, ngày 22 tháng 11 năm 2019\nTỈNH ỦY KHÁNH HÒA\n*\nSố 31-QĐi/TU\nQUY ĐỊNH\nvề trách nhiệm nêu gương\n- Căn cứ Quy định số 08-QĐi/TW, ngày 25/10/2018 của Ban Chấp hành Trung ương;",
        "31-QĐi/TU", "Quy định", "Tỉnh ủy Khánh Hòa", "2019-11-22", "về trách nhiệm nêu gương")]
    // every cell on its own line, "Số:" apart from the number, the place split over two lines
    [InlineData("ĐẢNG CỘNG SẢN VIỆT NAM\nHUYỆN ỦY CHÂU THÀNH\nSố:\n112-HD/HU\nChâu\nThành, ngày 14 tháng 6 năm 2021\nHƯỚNG DẪN\nthực hiện Quy định số 08-QĐi/TW\nCăn cứ …",
        "112-HD/HU", "Hướng dẫn", "Huyện ủy Châu Thành", "2021-06-14", "thực hiện Quy định số 08-QĐi/TW")]
    // the whole header, title and body run into one line
    [InlineData("TỈNH ỦY BÌNH PHƯỚC * Số 210-QĐ/TU ĐẢNG CỘNG SẢN VIỆT NAM Bình Phước, ngày 08 tháng 9 năm 2022 QUYẾT ĐỊNH ban hành Quy chế làm việc của Tỉnh ủy khóa XI - Căn cứ Điều lệ Đảng; BAN THƯỜNG VỤ TỈNH ỦY QUYẾT ĐỊNH",
        "210-QĐ/TU", "Quyết định", "Tỉnh ủy Bình Phước", "2022-09-08", "ban hành Quy chế làm việc của Tỉnh ủy khóa XI")]
    // "TƯ" in a provincial committee's own number is its TU; a type word broken by OCR falls back to the code
    [InlineData("TỈNH ỦY QUẢNG TRỊ\n*\nSố 318-KL/TƯ\nQuảng Trị, ngày 16 tháng 5 năm 2022\nK ÉT LUẬN\nHỘI NGHỊ LẦN THỨ CHÍN\n",
        "318-KL/TU", "Kết luận", "Tỉnh ủy Quảng Trị", "2022-05-16", null)]
    // a number without its hyphen, an urban district's place name with a digit
    [InlineData("THÀNH ỦY THÀNH PHỐ HỒ CHÍ MINH QUẬN ỦY QUẬN 5\n*\nSố 77 KH/QU\nĐẢNG CỘNG SẢN VIỆT NAM\nQuận 5, ngày 25 tháng 7 năm 2022\nKẾ HOẠCH\nchỉnh trang đô thị\n",
        "77-KH/QU", "Kế hoạch", null, "2022-07-25", "chỉnh trang đô thị")]
    // a youth union number with a department suffix
    [InlineData("BAN CHẤP HÀNH TỈNH ĐOÀN LÂM ĐỒNG\n***\nSố: 123 -KH/TĐTN-BTG\nĐOÀN TNCS HỒ CHÍ MINH\nLâm Đồng, ngày 10 tháng 3 năm 2022\nKẾ HOẠCH\nhọc tập chuyên đề năm 2022\n",
        "123-KH/TĐTN-BTG", "Kế hoạch", null, "2022-03-10", "học tập chuyên đề năm 2022")]
    // diacritics stripped (a forwarded e-mail): "So", "ngay … thang … nam"
    [InlineData("Fwd: quy dinh neu guong\nDANG UY SO TAI CHINH\nSo 14-QD/DU\nDANG CONG SAN VIET NAM\nNinh Binh, ngay 30 thang 5 nam 2019\nQUY DINH\nve trach nhiem neu guong\n",
        "14-QĐ/ĐU", "Quy định", null, "2019-05-30", "ve trach nhiem neu guong")]
    public void Reads_the_header_in_a_real_layout(string text, string citation, string kind, string? organization, string date, string? title)
    {
        var h = HeaderRecognizer.Recognize(text);
        Assert.NotNull(h);
        Assert.Equal((citation, kind, date, title), (h.Citation, h.Kind, h.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), h.Title));
        if (organization is not null) Assert.Equal(organization, h.Organization);
    }

    [Fact]
    public void A_state_number_in_the_header_is_the_texts_own_with_the_state_flag()
    {
        var h = HeaderRecognizer.Recognize("ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN\n-------\nSố: 1520/QĐ-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\nBắc Kạn, ngày 17 tháng 8 năm 2020\nQUYẾT ĐỊNH\nBan hành Kế hoạch thực hiện Đề án số 06-ĐA/TU\n");
        Assert.NotNull(h);
        Assert.True(h.IsState);
        Assert.Equal(("1520/QĐ-UBND", "Quyết định", new DateOnly(2020, 8, 17)), (h.Citation, h.Kind, h.Date));
        Assert.Equal("Ủy ban nhân dân tỉnh Bắc Kạn", h.Organization);
    }

    [Fact]
    public void A_draft_with_a_blank_number_cell_keeps_its_type_and_committee()
    {
        var h = HeaderRecognizer.Recognize("ĐẢNG ỦY PHƯỜNG LỘC PHÁT\n*\nSố      -BC/ĐU\nĐẢNG CỘNG SẢN VIỆT NAM\nLộc Phát, ngày     tháng 6 năm 2024\nBÁO CÁO\nsơ kết 3 năm\n");
        Assert.NotNull(h);
        Assert.Equal((null, "Báo cáo", "Đảng ủy phường Lộc Phát", (DateOnly?)null), (h.Citation, h.Kind, h.Organization, h.Date));
    }

    [Fact]
    public void A_repost_names_itself_in_brackets_under_the_title()
    {
        var h = HeaderRecognizer.Recognize("Cổng thông tin điện tử\nKẾT LUẬN CỦA BAN THƯỜNG VỤ TỈNH ỦY VỀ CÔNG TÁC CÁN BỘ\n(Kết luận số 119-KL/TU, ngày 30/6/2022 của Ban Thường vụ Tỉnh ủy)\nĐăng bởi: quản trị | 14/07/2022\nTại phiên họp …");
        Assert.NotNull(h);
        Assert.Equal(("119-KL/TU", "Kết luận", new DateOnly(2022, 6, 30)), (h.Citation, h.Kind, h.Date));
    }

    [Theory]
    // a number in a news lead is a reference, not the text's own
    [InlineData("Báo Quảng Trị › Xây dựng Đảng\nNgày 14-6-2021, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 30-KH/TU về thực hiện Nghị quyết số 21-NQ/TW.\nKế hoạch đề ra …")]
    // a site name in capitals over a heading, no number, no date
    [InlineData("ĐẢNG ỦY KHỐI CÁC TRƯỜNG ĐẠI HỌC\nTin tức › Kế hoạch\nKẾ HOẠCH\ntổ chức đại hội đảng bộ các cấp\nThực hiện Chỉ thị số 35-CT/TW …")]
    public void Returns_null_for_texts_without_their_own_header(string text) => Assert.Null(HeaderRecognizer.Recognize(text));

    // Blanks other than spaces and tabs inside a line (a carriage return, a vertical tab, an em space) end a run of capitals.
    [Theory]
    [InlineData("TỈNH ỦY\rPHÚ YÊN\nSố 45-KH/TU\nKẾ HOẠCH\vVỀ\u2003VIỆC\n")]
    [InlineData("\r\r\v A\u2003B\r")]
    public void Other_blanks_inside_a_line_end_the_scan_of_capitals(string text) =>
        Assert.True(HeaderRecognizer.Recognize(text) is null or { Citation: "45-KH/TU" });
}
