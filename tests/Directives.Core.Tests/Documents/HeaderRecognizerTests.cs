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

    static DocumentHeader Header(string citation, string kind, string code, string issuer, string organization,
        string? place, DateOnly date, string? title) => new()
    {
        Citation = citation, Kind = kind, Number = int.Parse(citation.Split('-')[0], System.Globalization.CultureInfo.InvariantCulture),
        Code = code, Issuer = issuer, Organization = organization, Place = place, Date = date, Title = title,
    };

    [Fact]
    public void Reads_a_provincial_plan() => Assert.Equal(
        Header("214-KH/TU", "Kế hoạch", "KH", "TU", "Tỉnh ủy Long An", "Long An", new DateOnly(2018, 7, 2),
            "triển khai thực hiện Chỉ thị số 35-CT/TW, ngày 15/3/2018 của Bộ Chính trị về công tác đảng viên"),
        HeaderRecognizer.Recognize(ProvincialPlan));

    [Fact]
    public void Reads_a_central_directive_and_the_body_under_the_type_word() => Assert.Equal(
        Header("09-CT/TW", "Chỉ thị", "CT", "TW", "Bộ Chính trị", "Hà Nội", new DateOnly(2020, 2, 17),
            "về tăng cường sự lãnh đạo của Đảng đối với công tác dân vận"),
        HeaderRecognizer.Recognize(CentralDirective));

    [Fact]
    public void A_scan_without_the_rule_and_with_a_tone_mark_lost_on_the_type_word_still_ends_the_title()
    {
        // OCR drops the drawn rule under the title and now and then a tone mark ("KÊ" for "KẾ").
        var h = HeaderRecognizer.Recognize("HUYỆN ỦY CẦU KÈ\n*\nSố 58-KH/HU\nĐẢNG CỘNG SẢN VIỆT NAM\nCầu Kè, ngày 03 tháng 6 năm 2021\n" +
            "KÊ HOẠCH\nthực hiện Chỉ thị số 28-CT/TW, ngày 21/01/2019\ncủa Ban Bí thư\nThực hiện Kế hoạch số 36-KH/TU, Ban Thường vụ Huyện ủy đề ra kế hoạch như sau:");
        Assert.NotNull(h);
        Assert.Equal("Kế hoạch", h.Kind);
        Assert.Equal("thực hiện Chỉ thị số 28-CT/TW, ngày 21/01/2019 của Ban Bí thư", h.Title);
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
    public void Reads_a_district_guidance() => Assert.Equal(
        Header("07-HD/HU", "Hướng dẫn", "HD", "HU", "Huyện ủy Châu Thành", "Châu Thành", new DateOnly(2022, 9, 5),
            "Tổ chức đại hội chi bộ trực thuộc nhiệm kỳ 2022 - 2025"),
        HeaderRecognizer.Recognize(DistrictGuidance));

    [Fact]
    public void Reads_a_grassroots_resolution() => Assert.Equal(
        Header("03-NQ/ĐU", "Nghị quyết", "NQ", "ĐU", "Đảng ủy xã Tân Phú", "Tân Phú", new DateOnly(2023, 1, 10),
            "về phát triển kinh tế nông nghiệp năm 2023"),
        HeaderRecognizer.Recognize(GrassrootsResolution));

    [Fact]
    public void Reads_an_upper_case_number_and_the_type_word_over_the_code() => Assert.Equal(
        Header("130-QĐ/TU", "Quy định", "QĐ", "TU", "Tỉnh ủy Thanh Hóa", "Thanh Hóa", new DateOnly(2019, 6, 20),
            "về trách nhiệm nêu gương của cán bộ, đảng viên"),
        HeaderRecognizer.Recognize(UpperNumber));

    [Fact]
    public void Reads_header_lines_a_reader_found_apart()
    {
        string[] block = ["ĐẢNG BỘ TỈNH BẾN TRE\nTỈNH ỦY\n*\nSố 58-BC/TU", "ĐẢNG CỘNG SẢN VIỆT NAM\nBến Tre, ngày 30 tháng 11 năm 2021"];
        const string body = "BÁO CÁO\nkết quả công tác xây dựng Đảng năm 2021\n\nNăm 2021, trong bối cảnh dịch bệnh...";
        Assert.Equal(
            Header("58-BC/TU", "Báo cáo", "BC", "TU", "Tỉnh ủy Bến Tre", "Bến Tre", new DateOnly(2021, 11, 30),
                "kết quả công tác xây dựng Đảng năm 2021"),
            HeaderRecognizer.Recognize(body, block));
    }

    [Fact]
    public void Reads_columns_glued_by_pdf_extraction()
    {
        const string text = "TỈNH ỦY BẾN TRE ĐẢNG CỘNG SẢN VIỆT NAM\n*\nSố 58-BC/TU Bến Tre, ngày 30 tháng 11 năm 2021\nBÁO CÁO\nkết quả công tác năm 2021\n";
        Assert.Equal(
            Header("58-BC/TU", "Báo cáo", "BC", "TU", "Tỉnh ủy Bến Tre", "Bến Tre", new DateOnly(2021, 11, 30), "kết quả công tác năm 2021"),
            HeaderRecognizer.Recognize(text));
    }

    [Fact]
    public void Passes_over_site_chrome_above_the_header()
    {
        var h = HeaderRecognizer.Recognize("Trang chủ | Văn bản\nTỈNH ỦY LONG AN\nSố 216-KH/TU\nLong An, ngày 5 tháng 8 năm 2018\nKẾ HOẠCH\nvề chuyển đổi số\n");
        Assert.NotNull(h);
        Assert.Equal("216-KH/TU", h.Citation);
        Assert.Equal("Tỉnh ủy Long An", h.Organization);
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

    // The body begins at the first rule, "Căn cứ", "I-" or "1." line after the number line; a wrapped title does not end it.
    [Theory]
    [InlineData("TỈNH ỦY\nSố 121-KH/TU\nKẾ HOẠCH\ntriển khai thực hiện Chỉ thị số 28-CT/TW, ngày 21/01/2019\ncủa Ban Bí thư về kết nạp\nđảng viên\n-----\nCăn cứ Chỉ thị số 28-CT/TW.", 6)]
    [InlineData("TỈNH ỦY\n  SỐ 121-KH/TU        Kon Tum, ngày 14 tháng 3 năm 2019\nKẾ HOẠCH\nthực hiện Chỉ thị số 28-CT/TW\nCăn cứ Chỉ thị số 28-CT/TW.", 4)]
    [InlineData("TỈNH ỦY\nSố 05-BC/TU\nBÁO CÁO\nvề công tác cán bộ\nI- TÌNH HÌNH\nNội dung.", 4)]
    [InlineData("Tin từ cơ sở\n-----\nCăn cứ Chỉ thị số 28-CT/TW.", null)]
    public void Body_starts_after_the_header_and_title(string text, int? line)
    {
        var lines = text.Split('\n');
        int? expected = line is { } n ? lines.Take(n).Sum(l => l.Length + 1) : null;
        Assert.Equal(expected, HeaderRecognizer.BodyStart(text));
    }
}
