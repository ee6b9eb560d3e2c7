namespace Directives.Ingestion.Tests.Scans;

/// <summary>
/// A two-page district plan written for the OCR tests (numbers invented, central ones real): the two-column party
/// header, then paragraphs dense with numbered references and dates in the written variants real texts use.
/// </summary>
internal static class ScannedPlan
{
    static readonly string[] Header =
    [
        "HUYỆN ỦY CẦU NGANG", "*", "Số 47-KH/HU",
    ];

    static readonly string[] HeaderRight =
    [
        "ĐẢNG CỘNG SẢN VIỆT NAM", "", "Cầu Ngang, ngày 12 tháng 5 năm 2021",
    ];

    static readonly string[] PageOne =
    [
        "KẾ HOẠCH",
        "thực hiện Kế hoạch số 36-KH/TU của Ban Thường vụ Tỉnh ủy",
        "Căn cứ Chỉ thị số 28-CT/TW, ngày 21/01/2019 của Ban Bí thư về",
        "nâng cao chất lượng kết nạp đảng viên; Quy định số 08-QĐi/TW,",
        "ngày 25/10/2018 của Ban Chấp hành Trung ương; Kết luận số",
        "01-KL/TW, ngày 18/5/2021 của Bộ Chính trị; Hướng dẫn số",
        "15-HD/BTCTW, ngày 04/3/2020 của Ban Tổ chức Trung ương;",
        "Thực hiện Kế hoạch số 36-KH/TU, ngày 20/4/2021 của Ban Thường",
        "vụ Tỉnh ủy và Chương trình số 09-CTr/TU, ngày 02/02/2021",
        "về thực hiện Nghị quyết số 21-NQ/TW, ngày 16/6/2022;",
        "Ban Thường vụ Huyện ủy xây dựng kế hoạch như sau:",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "1. Quán triệt sâu rộng Chỉ thị số 05-CT/TW, ngày 15/5/2016",
        "và Quyết định số 99-QĐ/TW, ngày 03/10/2017 của Ban Bí thư.",
        "2. Gắn với Nghị quyết số 18-NQ/TW, ngày 25/10/2017 và Quy định",
        "số 124-QĐ/TW, ngày 02/02/2018; Đề án số 13-ĐA/TU, ngày",
        "10/9/2020 của Tỉnh ủy; Nghị quyết số 03-NQ/HU, ngày 06/8/2020",
        "của Huyện ủy về phát triển đảng viên trong doanh nghiệp.",
    ];

    static readonly string[] PageTwo =
    [
        "II. NHIỆM VỤ VÀ GIẢI PHÁP",
        "1. Các chi bộ, đảng bộ cơ sở thực hiện Thông báo số 112-TB/HU,",
        "ngày 14/7/2020 và Hướng dẫn số 05-HD/BTCHU, ngày 08/9/2020",
        "của Ban Tổ chức Huyện ủy; báo cáo theo Công văn số 231-CV/HU.",
        "2. Đảng ủy xã Mỹ Hòa xây dựng Nghị quyết số 07-NQ/ĐU, ngày",
        "19/3/2021; Đảng ủy Khối thực hiện Kế hoạch số 16-KH/ĐUK.",
        "3. Ủy ban Kiểm tra Huyện ủy thực hiện Quyết định số 45-QĐ/HU,",
        "ngày 27/11/2020 và Báo cáo số 62-BC/HU, ngày 30/12/2020.",
        "4. Sơ kết theo Kết luận số 21-KL/TW, ngày 25/10/2021 và Thông",
        "tri số 02-TT/TU, ngày 11/01/2021 của Ban Thường vụ Tỉnh ủy.",
        "III. TỔ CHỨC THỰC HIỆN",
        "Văn phòng Huyện ủy theo dõi, báo cáo Ban Thường vụ Huyện ủy",
        "trước ngày 15 tháng 12 năm 2021.",
        "T/M BAN THƯỜNG VỤ",
        "PHÓ BÍ THƯ",
    ];

    /// <summary>The text as written, in the order the readers give a header table: left column, then right.</summary>
    public static string Text => string.Join('\n', Header.Concat(HeaderRight.Where(l => l.Length > 0)).Concat(PageOne).Concat(PageTwo));

    /// <summary>Two A4 pages: the header's columns side by side, body lines from the left margin.</summary>
    public static byte[] Pdf()
    {
        var first = new List<(string, double, double)>();
        for (var i = 0; i < Header.Length; i++)
        {
            first.Add((Header[i], Header[i] == "*" ? 130 : 60, 780 - 20 * i));
            if (HeaderRight[i].Length > 0) first.Add((HeaderRight[i], 320, 780 - 20 * i));
        }
        first.AddRange(PageOne.Select((line, i) => (line, i == 0 ? 250.0 : 60.0, 700.0 - 22 * i)));
        var second = PageTwo.Select((line, i) => (line, 60.0, 780.0 - 22 * i)).ToList();
        return PdfFixture.PlacedPages([[.. first], [.. second]]);
    }
}
