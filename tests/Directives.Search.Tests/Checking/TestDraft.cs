using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Directives.Search.Tests.Checking;

/// <summary>
/// A draft report of Tỉnh ủy Trà Vinh with one real-looking mistake of every kind the checker knows, correct references
/// beside them, and formatting (bold, italic) across the references, built as a DOCX.
/// </summary>
static class TestDraft
{
    public const string Organization = "Tỉnh ủy Trà Vinh";
    public const string Date = "2023-06-01";

    /// <summary>Each paragraph as runs: (text, bold, italic).</summary>
    public static readonly (string Text, bool Bold, bool Italic)[][] Paragraphs =
    [
        [("BÁO CÁO sơ kết công tác xây dựng Đảng 6 tháng đầu năm 2023", true, false)],
        [("Thực hiện Chỉ thị số 28-CT/TW, ngày 21/01/20219 của Ban Bí thư về nâng cao chất lượng kết nạp đảng viên và rà soát, sàng lọc, đưa những đảng viên không còn đủ tư cách ra khỏi Đảng, các cấp ủy đã ban hành kế hoạch thực hiện.", false, false)],
        [("Căn cứ ", false, false), ("Nghị quyết số 39-NQ/TW", true, false), (", ngày 17/4/2015 của Ban Chấp hành Trung ương", false, true),
         (" về tinh giản biên chế và cơ cấu lại đội ngũ cán bộ, công chức, viên chức.", false, false)],
        [("Căn cứ Chỉ thị số 05-CT/TW, ngày 15/5/2017 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.", false, false)],
        [("Thực hiện Nghị quyết số 08-QĐi/TW, ngày 25/10/2018 của Ban Chấp hành Trung ương về trách nhiệm nêu gương của cán bộ, đảng viên.", false, false)],
        [("Thực hiện Quy định số 124-QĐ/TW, ngày 02/02/2018 của Ban Bí thư về công tác dân vận trong tình hình mới ở cơ sở.", false, false)],
        [("Các chi bộ tiếp tục thực hiện Quy định số 07-QĐi/TU của Ban Thường vụ Tỉnh ủy về trách nhiệm nêu gương của cán bộ, đảng viên.", false, false)],
        [("Theo mục 3 Kết luận số 01-KL/TW, ngày 18/5/2021 của Bộ Chính trị, các cấp ủy tiếp tục học tập và làm theo Bác; thực hiện Nghị quyết Trung ương 4 khóa XII.", false, false)],
        [("Kế hoạch số 121-KH/TU được triển khai đến 100% chi bộ; sau đó Kế hoạch số 121-KH/TU, ngày 08/4/2019 của Ban Thường vụ Tỉnh ủy được sơ kết.", false, false)],
        [("Quán triệt Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương đến cán bộ chủ chốt.", false, false)],
        [("Thực hiện Chỉ thị số 99-CT/TW, ngày 01/3/2020 của Ban Bí thư về công tác thi đua.", false, false)],
        [("Kết quả: tỷ lệ chi bộ đạt trong sạch, vững mạnh là 1.200/1.500 = 85%.", false, false)],
        [("Việc kết nạp đảng viên theo Chỉ thị số 28 -CT/TW của Ban Bí thư đạt kết quả tốt.", false, false)],
    ];

    /// <summary>The findings the draft deserves: code and the words each is about.</summary>
    public static readonly (string Code, string About)[] Expected =
    [
        ("impossible_date", "21/01/20219"),
        ("body_mismatch", "39-NQ/TW"),
        ("date_mismatch", "05-CT/TW"),
        ("kind_mismatch", "08-QĐi/TW"),
        ("title_mismatch", "công tác dân vận"),
        ("replaced", "07-QĐi/TU"),
        ("missing_full_form", "121-KH/TU"),
        ("ambiguous_reference", "18-NQ/TW"),
        ("unknown_document", "99-CT/TW"),
        ("arithmetic", "85"),
        ("inconsistent_form", "28 -CT/TW"),
    ];

    public static byte[] Build()
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            main.Document = new Document(new Body(
                Paragraphs.Select(p => new Paragraph(p.Select(Run))).Cast<OpenXmlElement>()
                    .Append(new SectionProperties(new PageSize { Width = 11906, Height = 16838 }))));
            main.Document.Save();
        }
        return stream.ToArray();
    }

    static Run Run((string Text, bool Bold, bool Italic) r)
    {
        var props = new RunProperties();
        if (r.Bold) props.Append(new Bold());
        if (r.Italic) props.Append(new Italic());
        return new Run(props, new Text(r.Text) { Space = SpaceProcessingModeValues.Preserve });
    }
}
