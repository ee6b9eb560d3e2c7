using System.Text;
using Directives.Ingestion.Readers;

namespace Directives.Ingestion.Tests;

public sealed class PdfReaderTests
{
    static readonly string[][] Pages =
    [
        ["KẾ HOẠCH", "Thực hiện Chỉ thị số 28-CT/TW, ngày 21/01/2019 của Ban Bí thư", "về nâng cao chất lượng kết nạp đảng viên"],
        ["Các cấp ủy, tổ chức đảng quán triệt sâu sắc", "Nghị quyết số 18-NQ/TW và Kết luận số 12-KL/TW."],
        ["Ban Thường vụ Tỉnh ủy yêu cầu thực hiện nghiêm túc.", "Nơi nhận: Ban Bí thư (b/c), các huyện ủy."],
    ];

    static ExtractedText Read(byte[] bytes) => new PdfReader().Read(new MemoryStream(bytes), "a.pdf");

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Vietnamese_lines_come_back_nfc_in_order_without_page_furniture(bool decomposed)
    {
        var result = Read(PdfFixture.TextPages(Pages, decomposed));
        Assert.Equal(string.Join('\n', Pages.SelectMany(p => p)), result.Text);
        Assert.True(result.Text.IsNormalized(NormalizationForm.FormC));
        Assert.Contains("Chỉ thị số 28-CT/TW, ngày 21/01/2019 của Ban Bí thư", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(PdfFixture.RunningHeader, result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(PdfFixture.RunningFooter, result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Trang", result.Text, StringComparison.Ordinal);
        Assert.Equal(3, result.PageCount);
        Assert.Equal("pdf", result.Format);
    }

    [Theory]
    [InlineData("phát tri-", "ển kinh tế", "phát triển kinh tế")]
    [InlineData("Chỉ thị số 28-", "CT/TW của Ban Bí thư", "Chỉ thị số 28-\nCT/TW của Ban Bí thư")]
    [InlineData("chủ nghĩa Mác-", "Lênin", "chủ nghĩa Mác-\nLênin")]
    [InlineData("Kết luận 12-", "kết luận", "Kết luận 12-\nkết luận")]
    public void Dehyphenates_only_words(string first, string second, string expected)
    {
        var result = Read(PdfFixture.TextPages([[first, second]], furniture: false));
        Assert.Equal(expected, result.Text);
    }

    [Fact]
    public void Two_column_header_on_one_baseline_becomes_separate_lines()
    {
        var result = Read(PdfFixture.Placed(
            ("ĐẢNG BỘ TỈNH TRÀ VINH", 50, 800), ("ĐẢNG CỘNG SẢN VIỆT NAM", 330, 800),
            ("Số 121-KH/TU", 80, 780), ("Trà Vinh, ngày 08 tháng 4 năm 2019", 330, 780),
            ("KẾ HOẠCH", 250, 740)));
        Assert.Equal("ĐẢNG BỘ TỈNH TRÀ VINH\nĐẢNG CỘNG SẢN VIỆT NAM\nSố 121-KH/TU\nTrà Vinh, ngày 08 tháng 4 năm 2019\nKẾ HOẠCH", result.Text);
    }

    [Fact]
    public void Encrypted_pdf_is_refused()
    {
        var ex = Assert.Throws<DocumentReadException>(() => Read(PdfFixture.Encrypted()));
        Assert.Equal("pdf_encrypted", ex.Code);
    }

    [Fact]
    public void A_pdf_of_drawings_only_has_nothing_to_read()
    {
        var ex = Assert.Throws<DocumentReadException>(() => Read(PdfFixture.RectangleOnly()));
        Assert.Equal("pdf_no_text_layer", ex.Code);
    }

    [Fact]
    public void Not_a_pdf_is_corrupt()
    {
        var ex = Assert.Throws<DocumentReadException>(() => Read(Encoding.ASCII.GetBytes("hello, not a pdf")));
        Assert.Equal("pdf_corrupt", ex.Code);
    }

    [Fact]
    public void A_pdf_locked_only_by_an_owner_password_is_read_with_a_warning()
    {
        var plain = PdfFixture.TextPages([["Chỉ thị số 28-CT/TW, ngày 21/01/2019 của Ban Bí thư"]], furniture: false);
        var locked = Directives.SampleCorpus.PdfEncryptor.Encrypt(plain, userPassword: "", ownerPassword: "chu-so-huu");

        var result = Read(locked);

        Assert.Contains("Chỉ thị số 28-CT/TW, ngày 21/01/2019 của Ban Bí thư", result.Text);
        Assert.Contains(result.Warnings, w => w.Contains("owner password", StringComparison.Ordinal));
    }

    [Fact]
    public void A_pdf_with_a_user_password_is_refused_as_encrypted()
    {
        var plain = PdfFixture.TextPages([["Chỉ thị số 28-CT/TW"]], furniture: false);
        var locked = Directives.SampleCorpus.PdfEncryptor.Encrypt(plain, userPassword: "mat-khau", ownerPassword: "chu-so-huu");

        var ex = Assert.Throws<DocumentReadException>(() => Read(locked));
        Assert.Equal("pdf_encrypted", ex.Code);
    }
}
