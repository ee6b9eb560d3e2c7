using Directives.Core.Extraction;
using Directives.Ingestion.Ocr;
using Directives.Ingestion.Pipeline;
using Directives.Ingestion.Readers;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Writer;
using Xunit.Abstractions;

namespace Directives.Ingestion.Tests.Scans;

/// <summary>Scans built from texts the tests write, read back through pdftoppm and Tesseract (real tools, installed by test.sh).</summary>
public sealed class ScannedPdfTests(ITestOutputHelper output)
{
    [Fact]
    public void A_noisy_slightly_turned_scan_gives_the_numbered_references_of_its_source()
    {
        using var temp = new TempDirectory();
        var scan = ScanFixture.Scan(ScannedPlan.Pdf(), angleDegrees: 0.6, seed: 16);
        var extracted = Read(scan, new OcrOptions { CacheDirectory = Path.Combine(temp.Path, "ocr") });
        var result = Extractor.Extract(FileExtraction.InputFor(extracted, "scan.pdf"));
        var source = FileExtraction.FromText(ScannedPlan.Text, "source.txt");

        var expected = Citations(source);
        var found = Citations(result);
        var hits = found.Intersect(expected).Count();
        double precision = hits / (double)found.Count, recall = hits / (double)expected.Count;
        var f1 = 2 * precision * recall / (precision + recall);
        output.WriteLine($"F1 {f1:F3} (P {precision:F3}, R {recall:F3}); missed: {string.Join(", ", expected.Except(found))}; extra: {string.Join(", ", found.Except(expected))}");
        output.WriteLine(extracted.Text);
        Assert.True(expected.Count >= 20, $"the source text has only {expected.Count} numbered references");
        Assert.True(f1 >= 0.95, $"numbered-reference F1 {f1:F3} < 0.95");

        Assert.Equal("47-KH/HU", result.Document?.Citation);
        Assert.Equal("2021-05-12", result.Document?.Date);
        Assert.Equal([1, 2], extracted.Ocr?.Pages);
        Assert.InRange(extracted.Ocr!.MeanConfidence, 60, 100);
        Assert.Contains(extracted.Warnings, w => w.Contains("OCR", StringComparison.Ordinal));

        // The header's left column (committee, number) before its right column (motto, place and date), never one line.
        var lines = extracted.Text.Split('\n').ToList();
        var committee = lines.FindIndex(l => l.Contains("NGANG", StringComparison.Ordinal));
        var number = lines.FindIndex(l => l.Contains("47-KH/HU", StringComparison.Ordinal));
        var motto = lines.FindIndex(l => l.Contains("SẢN VIỆT", StringComparison.Ordinal));
        Assert.True(committee >= 0 && number > committee && motto > number, string.Join('\n', lines.Take(8)));
    }

    [Fact]
    public void A_mixed_pdf_keeps_its_text_layer_and_recognises_only_the_scanned_page()
    {
        var scannedPage = ScanFixture.Pages(PdfFixture.Placed(("Thực hiện Chỉ thị số 35-CT/TW, ngày 30/5/2019 của Bộ Chính trị.", 60, 760)), 0.3, 7)[0];
        var builder = new PdfDocumentBuilder();
        var font = builder.AddTrueTypeFont(RepositoryPaths.VietnameseFont());
        builder.AddPage(PageSize.A4).AddText("Căn cứ Kết luận số 21-KL/TW của Ban Chấp hành Trung ương.", 12, new PdfPoint(60, 760), font);
        ScanFixture.AddImagePage(builder, scannedPage);

        var extracted = Read(builder.Build(), new OcrOptions());
        Assert.Equal([2], extracted.Ocr?.Pages);
        Assert.Contains("21-KL/TW", extracted.Text, StringComparison.Ordinal);
        Assert.Contains("35-CT/TW", extracted.Text, StringComparison.Ordinal);
        Assert.True(extracted.Text.IndexOf("21-KL/TW", StringComparison.Ordinal) < extracted.Text.IndexOf("35-CT/TW", StringComparison.Ordinal));
    }

    [Fact]
    public void A_second_read_of_the_same_scan_comes_from_the_cache_not_from_tesseract()
    {
        using var temp = new TempDirectory();
        var options = new OcrOptions { CacheDirectory = Path.Combine(temp.Path, "ocr") };
        var scan = ScanFixture.Scan(PdfFixture.Placed(("Số 61-KH/TU", 60, 760), ("Thực hiện Chỉ thị số 28-CT/TW.", 60, 730)), 0.2, 5);
        Assert.Contains("61-KH/TU", Read(scan, options).Text, StringComparison.Ordinal);

        // Change the cached entry: a second read that shows the change did not run Tesseract again.
        var entry = Assert.Single(Directory.GetFiles(options.CacheDirectory!, "*.json"));
        File.WriteAllText(entry, File.ReadAllText(entry).Replace("61-KH/TU", "62-KH/TU", StringComparison.Ordinal));
        Assert.Contains("62-KH/TU", Read(scan, options).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_tesseract_a_scan_fails_with_a_vietnamese_message_naming_the_packages()
    {
        using var temp = new TempDirectory();
        var scan = ScanFixture.Scan(PdfFixture.Placed(("Số 61-KH/TU", 60, 760)), 0, 1);
        var ex = Assert.Throws<DocumentReadException>(() => Read(scan, new OcrOptions { ToolSearchPath = temp.Path }));
        Assert.Contains("bản quét", ex.Message, StringComparison.Ordinal);
        Assert.Contains("tesseract-ocr-vie", ex.Message, StringComparison.Ordinal);
    }

    static ExtractedText Read(byte[] pdf, OcrOptions options)
    {
        using var stream = new MemoryStream(pdf);
        return new PdfReader(ocr: new PdfOcr(options)).Read(stream, "scan.pdf");
    }

    static HashSet<string> Citations(ExtractionResult result) =>
        [.. result.References.Where(r => r.Category == ReferenceCategories.Party && r.Citation is not null).Select(r => r.Citation!)];
}
