using Directives.Core.Extraction;
using Directives.Ingestion.Pipeline;
using Directives.Ingestion.Readers;

namespace Directives.Ingestion.Tests;

/// <summary>TCVN3 and VNI fonts inside DOCX and PDF read exactly as their Unicode source.</summary>
public sealed class LegacyFontTests
{
    [Fact]
    public void A_docx_in_tcvn3_and_vni_fonts_reads_as_its_unicode_twin()
    {
        var legacy = ReadDocx(LegacyFontFixture.Build(legacy: true));
        var unicode = ReadDocx(LegacyFontFixture.Build(legacy: false));

        Assert.Contains("HUYỆN ỦY CHÂU THÀNH", unicode.Text, StringComparison.Ordinal);
        Assert.Equal(unicode.Text, legacy.Text);
        Assert.Equal(unicode.HeaderBlock, legacy.HeaderBlock);
        Assert.Equal(unicode.Footnotes, legacy.Footnotes);
        Assert.Contains(legacy.Warnings, w => w.Contains(".VnTimeH", StringComparison.Ordinal));
        Assert.Contains(legacy.Warnings, w => w.Contains("VNI-Times", StringComparison.Ordinal));
        Assert.Empty(unicode.Warnings);
        AssertSameExtraction(unicode, legacy);
    }

    [Fact]
    public void A_pdf_with_a_tcvn3_header_over_a_unicode_body_reads_whole()
    {
        var tcvn3 = VietnameseLegacyEncoding.Tcvn3;
        (string Text, double X, double Y)[] Layout(Func<string, string> header, Func<string, string> body) =>
        [
            (header("HUYỆN ỦY CHÂU THÀNH"), 60, 780), (header("ĐẢNG CỘNG SẢN VIỆT NAM"), 320, 780),
            (header("Số 52-KH/HU"), 60, 760), (header("Châu Thành, ngày 09 tháng 3 năm 2020"), 320, 760),
            (header("thực hiện Chỉ thị số 28-CT/TW, ngày 21/01/2019 của Ban Bí thư"), 60, 720),
            (body(LegacyFontFixture.Unicode), 60, 700),
            (body(LegacyFontFixture.Vni), 60, 680),
        ];
        // Capitals are kept out of the TCVN3 lines: the encoding has no toned capitals, its capital fonts draw them.
        var legacy = ReadPdf(PdfFixture.Placed(Layout(s => tcvn3.Encode(s.ToLowerInvariant()), s => s)));
        var unicode = ReadPdf(PdfFixture.Placed(Layout(s => s.ToLowerInvariant(), s => s)));

        Assert.Equal(unicode.Text, legacy.Text);
        Assert.Contains("thực hiện chỉ thị số 28-ct/tw", legacy.Text, StringComparison.Ordinal);
        Assert.Contains(legacy.Warnings, w => w.Contains("TCVN3", StringComparison.Ordinal));

        var vni = ReadPdf(PdfFixture.Placed(Layout(s => s, s => VietnameseLegacyEncoding.Vni.Encode(s))));
        Assert.Equal(ReadPdf(PdfFixture.Placed(Layout(s => s, s => s))).Text, vni.Text);
        AssertSameExtraction(unicode, legacy);
    }

    static void AssertSameExtraction(ExtractedText expected, ExtractedText actual)
    {
        var want = Extractor.Extract(FileExtraction.InputFor(expected, "unicode"));
        var got = Extractor.Extract(FileExtraction.InputFor(actual, "legacy"));
        Assert.NotEmpty(want.References);
        Assert.Equal(want.References.Select(r => (r.Citation, r.Date)), got.References.Select(r => (r.Citation, r.Date)));
        Assert.Equal(want.Document?.Citation, got.Document?.Citation);
    }

    static ExtractedText ReadDocx(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        return new DocxReader().Read(stream, "plan.docx");
    }

    static ExtractedText ReadPdf(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        return new PdfReader().Read(stream, "plan.pdf");
    }
}
