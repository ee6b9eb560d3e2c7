using Directives.Core.Citations;
using Directives.Core.Extraction;

namespace Directives.Core.Tests.Citations;

/// <summary>What Tesseract makes of party numbers on Vietnamese scans, one row per confusion (domain.md §1, §7).</summary>
public class OcrNumberReadingTests
{
    // OCR text, the number it stands for, and whether the reading must carry a warning (letters read as digits).
    [Theory]
    [InlineData("Quyết định số A5- QĐ/HU, ngày 27/11/2020", "45-QĐ/HU", true)]    // 4 → A
    [InlineData("Nghị quyết số O3-NQ/TU về", "03-NQ/TU", true)]                   // 0 → O
    [InlineData("Kế hoạch số l2-KH/TU", "12-KH/TU", true)]                        // 1 → l
    [InlineData("Chỉ thị số 1I-CT/TW", "11-CT/TW", true)]                         // 1 → I
    [InlineData("Thông báo số 2O8-TB/TW", "208-TB/TW", true)]                     // 0 → O inside
    [InlineData("Hướng dẫn số S1-HD/BTCTW", "51-HD/BTCTW", true)]                 // 5 → S
    [InlineData("Kết luận số B4-KL/TW", "84-KL/TW", true)]                        // 8 → B
    [InlineData("Quyết định số 99- -QĐ/TW của Ban Bí thư", "99-QĐ/TW", false)]    // hyphen doubled
    [InlineData("Quy định số 124- -QĐ/TW, ngày 02/02/2018", "124-QĐ/TW", false)]
    [InlineData("Kế hoạch số 36- KH/TU", "36-KH/TU", false)]                      // space after the hyphen
    [InlineData("Thông báo số 112 -TB/HU", "112-TB/HU", false)]
    [InlineData("Hướng dẫn số 83 – HD/BTCTW", "83-HD/BTCTW", false)]              // en dash with spaces
    [InlineData("Đề án số 13/DA/TU", "13-ĐA/TU", false)]                          // đ → d in the code
    [InlineData("Quyết định số 45-QD/HU", "45-QĐ/HU", false)]
    [InlineData("Nghị quyết số 07-NQ/DU", "07-NQ/ĐU", false)]                     // đ → d in the issuer
    [InlineData("theo Quy định số52-QĐ/TW của", "52-QĐ/TW", false)]               // glued to "số"
    [InlineData("Thông báo số 14-TB/TWngày 9/6/2021", "14-TB/TW", false)]         // glued to the next word
    public void A_misread_number_is_read_as_the_grammar_requires(string text, string expected, bool warned)
    {
        var match = Assert.Single(CitationScanner.Scan(text));
        Assert.Equal(expected, match.Number.Canonical);
        var reference = Assert.Single(Extractor.Extract(new ExtractionInput { Source = "t", Text = text }).References, r => r.Citation == expected);
        if (warned) Assert.Contains(reference.Warnings, w => w.Contains(" read as " + expected, StringComparison.Ordinal));
        else Assert.DoesNotContain(reference.Warnings, w => w.Contains(" read as ", StringComparison.Ordinal));
    }

    // Words and codes that look like misread numbers but are not: no digit, more letters than digits, part of a word.
    [Theory]
    [InlineData("ban hành SO-KH/TU")]
    [InlineData("mã BIS5-KH/TU")]
    [InlineData("Số OI-NQ/TU")]
    [InlineData("TỔ 12-KH/TU")]
    public void Letters_alone_are_never_read_as_a_number(string text) =>
        Assert.All(CitationScanner.Scan(text), m => Assert.Null(m.Repair));
}
