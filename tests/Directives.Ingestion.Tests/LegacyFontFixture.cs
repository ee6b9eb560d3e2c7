using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using VietnameseLegacyEncoding = Directives.Ingestion.Readers.VietnameseLegacyEncoding;

namespace Directives.Ingestion.Tests;

/// <summary>
/// A district plan typed before Unicode, as Word keeps it: header in TCVN3 (".VnTimeH" capitals, ".VnTime"), a
/// paragraph whose style sets ".VnTime", a VNI paragraph, a Unicode paragraph, a TCVN3 footnote — and its Unicode twin.
/// </summary>
internal static class LegacyFontFixture
{
    public const string Committee = "huyện ủy châu thành";
    public const string Motto = "đảng cộng sản việt nam";
    public const string Number = "Số 52-KH/HU";
    public const string Place = "Châu Thành, ngày 09 tháng 3 năm 2020";
    public const string Kind = "kế hoạch";
    public const string Styled = "thực hiện Chỉ thị số 28-CT/TW, ngày 21/01/2019 của Ban Bí thư";
    public const string Vni = "Căn cứ Kết luận số 01-KL/TW, ngày 18/5/2021 của Bộ Chính trị; Hướng dẫn số 07-HD/BTCTU.";
    public const string Unicode = "Ban Thường vụ Huyện ủy yêu cầu các chi bộ thực hiện Quy định số 08-QĐi/TW.";
    public const string Note = "Hướng dẫn số 15-HD/BTCTW, ngày 04/3/2020 của Ban Tổ chức Trung ương.";

    public static byte[] Build(bool legacy)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            // The body style carries the font, as in most documents of the time: its runs name no font.
            main.AddNewPart<StyleDefinitionsPart>().Styles = new Styles(new Style(
                new StyleName { Val = "Body" },
                new StyleRunProperties(new RunFonts { Ascii = legacy ? ".VnTime" : "Times New Roman", HighAnsi = legacy ? ".VnTime" : "Times New Roman" }))
            { Type = StyleValues.Paragraph, StyleId = "Body" });
            main.AddNewPart<FootnotesPart>().Footnotes = new Footnotes(
                new Footnote(new Paragraph(new Run(new SeparatorMark()))) { Type = FootnoteEndnoteValues.Separator, Id = -1 },
                new Footnote(new Paragraph(new Run(new FootnoteReferenceMark()), Tcvn3(" " + Note, legacy))) { Id = 1 });
            main.Document = new Document(new Body(
                new Table(new TableRow(
                    new TableCell(new Paragraph(Capitals(Committee, legacy)), P("*"), new Paragraph(Tcvn3(Number, legacy))),
                    new TableCell(new Paragraph(Capitals(Motto, legacy)), new Paragraph(Tcvn3(Place, legacy))))),
                new Paragraph(Capitals(Kind, legacy)),
                new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Body" }),
                    new Run(DocxFixture.T(legacy ? VietnameseLegacyEncoding.Tcvn3.Encode(Styled) : Styled)),
                    new Run(new FootnoteReference { Id = 1 })),
                new Paragraph(Font(legacy ? VietnameseLegacyEncoding.Vni.Encode(Vni) : Vni, legacy ? "VNI-Times" : "Times New Roman")),
                new Paragraph(Font(Unicode, "Times New Roman"))));
        }
        return stream.ToArray();
    }

    static Paragraph P(string text) => DocxFixture.P(text);

    /// <summary>".VnTimeH": typed in lower case, shown in capitals.</summary>
    static Run Capitals(string lower, bool legacy) =>
        legacy ? Font(VietnameseLegacyEncoding.Tcvn3.Encode(lower), ".VnTimeH") : Font(lower.ToUpperInvariant(), "Times New Roman");

    static Run Tcvn3(string text, bool legacy) =>
        legacy ? Font(VietnameseLegacyEncoding.Tcvn3.Encode(text), ".VnTime") : Font(text, "Times New Roman");

    static Run Font(string text, string font) =>
        new(new RunProperties(new RunFonts { Ascii = font, HighAnsi = font }), DocxFixture.T(text));
}
