using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Directives.Api.Tests;

/// <summary>
/// A small corpus with stamped documents beside public ones (all texts invented here): a "MẬT" plan stamped in a
/// header column, a "TUYỆT MẬT" resolution stamped only in its DOCX page header, an internal guide, and public
/// documents that cite the same directive and speak of "bí mật" in prose.
/// </summary>
public static class ClassifiedCorpus
{
    /// <summary>What no uncleared answer may contain: ids, numbers (both spellings), title words of the stamped documents.</summary>
    public static readonly string[] Secrets =
    [
        "mat:917-KH-TU-phuong-an.txt", "917-KH/TU", "917-KH-TU", "Lũng Pô Thượng",
        "tuyet-mat:05-NQ-TU-nhiem-vu.docx", "05-NQ/TU", "05-NQ-TU", "Lũng Cú Hạ",
        "noi-bo:12-HD-TU-huong-dan.txt", "12-HD/TU", "12-HD-TU", "Phìn Ngan Thượng",
    ];

    public static readonly string[] ClassifiedIds = ["mat:917-KH-TU-phuong-an.txt", "tuyet-mat:05-NQ-TU-nhiem-vu.docx", "noi-bo:12-HD-TU-huong-dan.txt"];

    public const string PublicId = "cong-khai:78-KH-TU-bao-ve-bi-mat.txt";

    const string SecretPlan = """
        ĐẢNG BỘ TỈNH KON TUM                        ĐẢNG CỘNG SẢN VIỆT NAM
        TỈNH ỦY                                                  MẬT
                *
        Số 917-KH/TU                           Kon Tum, ngày 14 tháng 4 năm 2022

                              KẾ HOẠCH
        về phương án bảo vệ khu vực Lũng Pô Thượng
        -----
        Thực hiện Chỉ thị số 28-CT/TW, ngày 21/01/2019 của Ban Bí thư về nâng cao chất lượng kết nạp đảng viên, Ban Thường vụ Tỉnh ủy ban hành kế hoạch bảo vệ khu vực Lũng Pô Thượng.
        Phấn đấu đến năm 2025, kết nạp 350 đảng viên mới tại khu vực Lũng Pô Thượng.
        Giao Ban Tổ chức Tỉnh ủy chủ trì, theo dõi việc thực hiện kế hoạch ở Lũng Pô Thượng.
        """;

    const string InternalGuide = """
        LƯU HÀNH NỘI BỘ
        ĐẢNG BỘ TỈNH KON TUM
        TỈNH ỦY
        Số 12-HD/TU                           Kon Tum, ngày 20 tháng 5 năm 2022
                              HƯỚNG DẪN
        về công tác cán bộ vùng Phìn Ngan Thượng
        -----
        Căn cứ Kế hoạch số 78-KH/TU, ngày 02/3/2022 của Tỉnh ủy, hướng dẫn công tác cán bộ vùng Phìn Ngan Thượng.
        """;

    const string PublicPlan = """
        ĐẢNG BỘ TỈNH KON TUM                        ĐẢNG CỘNG SẢN VIỆT NAM
        TỈNH ỦY
                *
        Số 78-KH/TU                           Kon Tum, ngày 02 tháng 3 năm 2022

                              KẾ HOẠCH
        về tăng cường công tác bảo vệ bí mật nhà nước
        -----
        Thực hiện Chỉ thị số 28-CT/TW, ngày 21/01/2019 của Ban Bí thư, Ban Thường vụ Tỉnh ủy ban hành kế hoạch.
        Các cơ quan phải giữ bí mật, không để lộ tài liệu mật.
        Phấn đấu đến năm 2024, 100% cơ quan được tập huấn công tác bảo mật.
        """;

    static readonly string[] SecretResolution =
    [
        "ĐẢNG BỘ TỈNH HÀ GIANG", "TỈNH ỦY", "Số 05-NQ/TU", "Hà Giang, ngày 09 tháng 6 năm 2022", "NGHỊ QUYẾT",
        "về nhiệm vụ đặc biệt vùng Lũng Cú Hạ", "-----",
        "Thực hiện Chỉ thị số 28-CT/TW, ngày 21/01/2019 của Ban Bí thư, Ban Chấp hành Đảng bộ tỉnh quyết nghị về vùng Lũng Cú Hạ.",
        "Phấn đấu đến năm 2026, 100% chi bộ vùng Lũng Cú Hạ có đảng viên.",
    ];

    public static void Fill(string corpus)
    {
        Write(corpus, "mat/917-KH-TU-phuong-an.txt", SecretPlan);
        Write(corpus, "noi-bo/12-HD-TU-huong-dan.txt", InternalGuide);
        Write(corpus, "cong-khai/78-KH-TU-bao-ve-bi-mat.txt", PublicPlan);
        Directory.CreateDirectory(Path.Combine(corpus, "tuyet-mat"));
        File.WriteAllBytes(Path.Combine(corpus, "tuyet-mat", "05-NQ-TU-nhiem-vu.docx"), DocxWithHeader(SecretResolution, "TUYỆT MẬT"));
    }

    static void Write(string corpus, string relative, string text)
    {
        var path = Path.Combine(corpus, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    /// <summary>A DOCX whose stamp stands only in the page header part, as Word users put it.</summary>
    static byte[] DocxWithHeader(IEnumerable<string> body, string header)
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            var headerPart = main.AddNewPart<HeaderPart>();
            headerPart.Header = new Header(new Paragraph(new Run(new Text(header))));
            headerPart.Header.Save();
            var section = new SectionProperties(new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(headerPart) });
            main.Document = new Document(new Body(body.Select(line =>
                (OpenXmlElement)new Paragraph(new Run(new Text(line) { Space = SpaceProcessingModeValues.Preserve }))).Append(section)));
            main.Document.Save();
        }
        return stream.ToArray();
    }
}
