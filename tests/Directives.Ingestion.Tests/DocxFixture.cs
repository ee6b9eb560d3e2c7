using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Directives.Ingestion.Tests;

/// <summary>A party plan built as Word would save it: header table, footnote, tracked changes, fields.</summary>
internal static class DocxFixture
{
    public const string ExpectedText = """
        ĐẢNG BỘ TỈNH TRÀ VINH
        TỈNH ỦY
        *
        Số 121-KH/TU
        ĐẢNG CỘNG SẢN VIỆT NAM
        Trà Vinh, ngày 08 tháng 4 năm 2019
        KẾ HOẠCH
        thực hiện Chỉ thị số 28-CT/TW, ngày 21/01/2019 của Ban Bí thư
        Căn cứ Chỉ thị số 28-CT/TW[1], Ban Thường vụ Tỉnh ủy xây dựng kế hoạch như sau:
        Thời gian thực hiện từ năm 2019 đến năm 2025.
        STT
        Nội dung
        1
        Quán triệt Chỉ thị
        Xem trang 3 và Cổng thông tin.
        Số 52-QĐ/TW
        dòng mới
        Hết.
        """;

    public const string FootnoteText = "Chỉ thị về nâng cao chất lượng kết nạp đảng viên và rà soát, sàng lọc đảng viên.";

    public static byte[] Build()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            document.PackageProperties.Title = "Kế hoạch thực hiện Chỉ thị 28-CT/TW";
            var main = document.AddMainDocumentPart();
            main.AddNewPart<FootnotesPart>().Footnotes = new Footnotes(
                new DocumentFormat.OpenXml.Wordprocessing.Footnote(new Paragraph(new Run(new SeparatorMark()))) { Type = FootnoteEndnoteValues.Separator, Id = -1 },
                new DocumentFormat.OpenXml.Wordprocessing.Footnote(new Paragraph(new Run(new ContinuationSeparatorMark()))) { Type = FootnoteEndnoteValues.ContinuationSeparator, Id = 0 },
                new DocumentFormat.OpenXml.Wordprocessing.Footnote(new Paragraph(new Run(new FootnoteReferenceMark()), new Run(T(" " + FootnoteText)))) { Id = 1 });
            main.Document = new Document(new Body(
                HeaderTable(),
                P("KẾ HOẠCH"),
                P("thực hiện Chỉ thị số 28-CT/TW, ngày 21/01/2019 của Ban Bí thư"),
                new Paragraph(
                    new Run(T("Căn cứ Chỉ thị số 28-CT/TW")),
                    new Run(new FootnoteReference { Id = 1 }),
                    new Run(T(", Ban Thường vụ Tỉnh ủy xây dựng kế hoạch như sau:"))),
                new Paragraph(
                    new Run(T("Thời gian thực hiện ")),
                    new InsertedRun(new Run(T("từ năm 2019 "))) { Id = "1", Author = "Văn phòng" },
                    new DeletedRun(new Run(new DeletedText("đến năm 2018 ") { Space = SpaceProcessingModeValues.Preserve })) { Id = "2", Author = "Văn phòng" },
                    new MoveFromRun(new Run(T("chuyển đi "))) { Id = "3", Author = "Văn phòng" },
                    new Run(T("đến năm 2025."))),
                new Table(Row("STT", "Nội dung"), Row("1", "Quán triệt Chỉ thị")),
                new Paragraph(
                [
                    new Run(T("Xem trang ")),
                    .. FieldParts(" PAGE ", "3"),
                    new Run(T(" và ")),
                    Field(" HYPERLINK \"https://tinhuy.travinh.gov.vn\" ", "Cổng thông tin"),
                    new Run(T(".")),
                ]),
                new Paragraph(new Run(T("Số"), new TabChar(), T("52"), new NoBreakHyphen(), T("QĐ/TW"), new Break(), T("dòng mới"))),
                P("Hết.")));
        }
        return stream.ToArray();
    }

    /// <summary>A document with just these body blocks and one endnote (id 1).</summary>
    public static byte[] WithEndnote(string endnote, params OpenXmlElement[] blocks)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<EndnotesPart>().Endnotes = new Endnotes(
                new Endnote(new Paragraph(new Run(new SeparatorMark()))) { Type = FootnoteEndnoteValues.Separator, Id = -1 },
                new Endnote(new Paragraph(new Run(new EndnoteReferenceMark()), new Run(T(" " + endnote)))) { Id = 1 });
            main.Document = new Document(new Body(blocks));
        }
        return stream.ToArray();
    }

    public static Table DataTable(params string[][] rows) => new(rows.Select(r => Row(r)));

    public static Paragraph Runs(params OpenXmlElement[] children) => new(new Run(children));

    static Table HeaderTable() => new(new TableRow(
        new TableCell(P("ĐẢNG BỘ TỈNH TRÀ VINH"), P("TỈNH ỦY"), P("*"), P("Số 121-KH/TU")),
        new TableCell(P("ĐẢNG CỘNG SẢN VIỆT NAM"), P(""), P("Trà Vinh, ngày 08 tháng 4 năm 2019"))));

    static TableRow Row(params string[] cells) => new(cells.Select(c => new TableCell(P(c))));

    public static Paragraph P(string text) => new(new Run(T(text)));

    public static Text T(string text) => new(text) { Space = SpaceProcessingModeValues.Preserve };

    static OpenXmlElement[] FieldParts(string instruction, string result) =>
    [
        new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
        new Run(new FieldCode(instruction) { Space = SpaceProcessingModeValues.Preserve }),
        new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
        new Run(T(result)),
        new Run(new FieldChar { FieldCharType = FieldCharValues.End }),
    ];

    static SdtRun Field(string instruction, string result) => new(new SdtContentRun(FieldParts(instruction, result)));
}
