using Directives.Core.Documents;

namespace Directives.Core.Tests.Documents;

public class HeaderRecognizerTests
{
    const string ProvincialPlan = """
        ĐẢNG BỘ TỈNH LONG AN                        ĐẢNG CỘNG SẢN VIỆT NAM
        TỈNH ỦY
                *
        Số 214-KH/TU                           Long An, ngày 02 tháng 7 năm 2018

                              KẾ HOẠCH
        triển khai thực hiện Chỉ thị số 35-CT/TW, ngày 15/3/2018
        của Bộ Chính trị về công tác đảng viên

        -----
        Căn cứ Chỉ thị số 35-CT/TW ...
        """;

    const string CentralDirective = """
        BAN CHẤP HÀNH TRUNG ƯƠNG
        *
        Số 09-CT/TW
        ĐẢNG CỘNG SẢN VIỆT NAM
        Hà Nội, ngày 17 tháng 02 năm 2020
        CHỈ THỊ
        CỦA BỘ CHÍNH TRỊ
        về tăng cường sự lãnh đạo của Đảng đối với công tác dân vận
        -----
        I- TÌNH HÌNH
        """;

    const string DistrictGuidance = """
        ĐẢNG CỘNG SẢN VIỆT NAM
        HUYỆN ỦY CHÂU THÀNH
        *
        Số 07 - HD/HU
        Châu Thành, ngày 5 tháng 9 năm 2022

        HƯỚNG DẪN
        Tổ chức đại hội chi bộ trực thuộc
        nhiệm kỳ 2022 - 2025

        Thực hiện Chỉ thị số 35-CT/TW của Bộ Chính trị, Ban Thường vụ Huyện ủy hướng dẫn tổ chức đại hội như sau:
        """;

    const string GrassrootsResolution = """
        ĐẢNG BỘ HUYỆN CHÂU THÀNH
        ĐẢNG ỦY XÃ TÂN PHÚ
        *
        Số: 03-NQ/ĐU
        Tân Phú, ngày 10 tháng 01 năm 2023

        NGHỊ QUYẾT
        về phát triển kinh tế nông nghiệp năm 2023
        I. ĐÁNH GIÁ
        """;

    const string UpperNumber = """
        TỈNH UỶ THANH HOÁ
        *
        SỐ 130-QĐ/TU
        Thanh Hoá, ngày 20 tháng 6 năm 2019
        QUY ĐỊNH
        về trách nhiệm nêu gương của cán bộ, đảng viên
        """;

    const string NewsArticle = """
        Tỉnh ủy Long An tổng kết 5 năm thực hiện Chỉ thị số 35-CT/TW
        Thứ hai - 14/09/2020 09:15
        Ngày 12/9, Ban Thường vụ Tỉnh ủy tổ chức hội nghị tổng kết 5 năm thực hiện Chỉ thị số 35-CT/TW của Bộ Chính trị.
        Số 214-KH/TU được nhắc lại trong hội nghị.
        """;

    [Fact]
    public void Reads_a_provincial_plan()
    {
        var h = HeaderRecognizer.Recognize(ProvincialPlan);
        Assert.NotNull(h);
        Assert.Equal("214-KH/TU", h.Citation);
        Assert.Equal("Kế hoạch", h.Kind);
        Assert.Equal(214, h.Number);
        Assert.Equal("KH", h.Code);
        Assert.Equal("TU", h.Issuer);
        Assert.Equal("Tỉnh ủy Long An", h.Organization);
        Assert.Equal("Long An", h.Place);
        Assert.Equal(new DateOnly(2018, 7, 2), h.Date);
        Assert.Equal("triển khai thực hiện Chỉ thị số 35-CT/TW, ngày 15/3/2018 của Bộ Chính trị về công tác đảng viên", h.Title);
    }

    [Fact]
    public void Reads_a_central_directive()
    {
        var h = HeaderRecognizer.Recognize(CentralDirective);
        Assert.NotNull(h);
        Assert.Equal("09-CT/TW", h.Citation);
        Assert.Equal("Chỉ thị", h.Kind);
        Assert.Equal("Bộ Chính trị", h.Organization);     // the line under the type word names the body
        Assert.Equal("Hà Nội", h.Place);
        Assert.Equal(new DateOnly(2020, 2, 17), h.Date);
        Assert.Equal("về tăng cường sự lãnh đạo của Đảng đối với công tác dân vận", h.Title);
    }

    [Fact]
    public void Central_committee_without_a_body_line_stays_the_committee()
    {
        var h = HeaderRecognizer.Recognize("BAN CHẤP HÀNH TRUNG ƯƠNG\n*\nSố 27-NQ/TW\nHà Nội, ngày 9 tháng 11 năm 2022\nNGHỊ QUYẾT\nHỘI NGHỊ LẦN THỨ SÁU\nvề tiếp tục xây dựng Nhà nước pháp quyền\n-----");
        Assert.NotNull(h);
        Assert.Equal("Ban Chấp hành Trung ương", h.Organization);
        Assert.Equal("Nghị quyết", h.Kind);
    }

    [Fact]
    public void Reads_a_district_guidance()
    {
        var h = HeaderRecognizer.Recognize(DistrictGuidance);
        Assert.NotNull(h);
        Assert.Equal("07-HD/HU", h.Citation);
        Assert.Equal("Hướng dẫn", h.Kind);
        Assert.Equal("Huyện ủy Châu Thành", h.Organization);
        Assert.Equal(new DateOnly(2022, 9, 5), h.Date);
        Assert.Equal("Tổ chức đại hội chi bộ trực thuộc nhiệm kỳ 2022 - 2025", h.Title);
    }

    [Fact]
    public void Reads_a_grassroots_resolution()
    {
        var h = HeaderRecognizer.Recognize(GrassrootsResolution);
        Assert.NotNull(h);
        Assert.Equal("03-NQ/ĐU", h.Citation);
        Assert.Equal("Nghị quyết", h.Kind);
        Assert.Equal("Đảng ủy xã Tân Phú", h.Organization);
        Assert.Equal("Tân Phú", h.Place);
        Assert.Equal(new DateOnly(2023, 1, 10), h.Date);
        Assert.Equal("về phát triển kinh tế nông nghiệp năm 2023", h.Title);
    }

    [Fact]
    public void Reads_an_upper_case_number_and_the_type_word_over_the_code()
    {
        var h = HeaderRecognizer.Recognize(UpperNumber);
        Assert.NotNull(h);
        Assert.Equal("130-QĐ/TU", h.Citation);
        Assert.Equal("Quy định", h.Kind);
        Assert.Equal("Tỉnh ủy Thanh Hóa", h.Organization);
        Assert.Equal("Thanh Hóa", h.Place);
        Assert.Equal(new DateOnly(2019, 6, 20), h.Date);
    }

    [Fact]
    public void Reads_header_lines_a_reader_found_apart()
    {
        string[] block = ["ĐẢNG BỘ TỈNH BẾN TRE\nTỈNH ỦY\n*\nSố 58-BC/TU", "ĐẢNG CỘNG SẢN VIỆT NAM\nBến Tre, ngày 30 tháng 11 năm 2021"];
        const string body = "BÁO CÁO\nkết quả công tác xây dựng Đảng năm 2021\n\nNăm 2021, trong bối cảnh dịch bệnh...";
        var h = HeaderRecognizer.Recognize(body, block);
        Assert.NotNull(h);
        Assert.Equal("58-BC/TU", h.Citation);
        Assert.Equal("Báo cáo", h.Kind);
        Assert.Equal("Tỉnh ủy Bến Tre", h.Organization);
        Assert.Equal("Bến Tre", h.Place);
        Assert.Equal(new DateOnly(2021, 11, 30), h.Date);
        Assert.Equal("kết quả công tác xây dựng Đảng năm 2021", h.Title);
    }

    [Fact]
    public void Reads_columns_glued_by_pdf_extraction()
    {
        const string text = "TỈNH ỦY BẾN TRE ĐẢNG CỘNG SẢN VIỆT NAM\n*\nSố 58-BC/TU Bến Tre, ngày 30 tháng 11 năm 2021\nBÁO CÁO\nkết quả công tác năm 2021\n";
        var h = HeaderRecognizer.Recognize(text);
        Assert.NotNull(h);
        Assert.Equal("58-BC/TU", h.Citation);
        Assert.Equal("Tỉnh ủy Bến Tre", h.Organization);
        Assert.Equal("Bến Tre", h.Place);
        Assert.Equal(new DateOnly(2021, 11, 30), h.Date);
        Assert.Equal("kết quả công tác năm 2021", h.Title);
    }

    [Fact]
    public void Kind_falls_back_to_the_code()
    {
        var h = HeaderRecognizer.Recognize("TỈNH ỦY LONG AN\nSố 215-CTr/TU\nLong An, ngày 3 tháng 8 năm 2018\n\nThực hiện Nghị quyết Đại hội, Ban Thường vụ Tỉnh ủy xây dựng chương trình hành động như sau.");
        Assert.NotNull(h);
        Assert.Equal("Chương trình", h.Kind);
        Assert.Null(h.Title);
    }

    [Theory]
    [InlineData(NewsArticle)]
    [InlineData("")]
    [InlineData("Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 12\n\nSáng 3/8, Tỉnh ủy tổ chức hội nghị.")]
    [InlineData("KẾ HOẠCH\nphát triển du lịch năm 2022")]   // a type word alone is not a header
    public void Returns_null_without_a_header(string text) => Assert.Null(HeaderRecognizer.Recognize(text));
}
