using Directives.Core.Text;

namespace Directives.Core.Tests.Text;

public class VietnameseTextTests
{
    [Theory]
    [InlineData("Đảng", "dang")]
    [InlineData("Chỉ thị", "chi thi")]
    [InlineData("hoà", "hoa")]
    [InlineData("hòa", "hoa")]
    [InlineData("Ủy ban", "uy ban")]
    [InlineData("thuỷ", "thuy")]
    [InlineData("NGHỊ QUYẾT", "nghi quyet")]
    [InlineData("28-CT/TW", "28-ct/tw")]
    [InlineData("Quy định 08-QĐi/TW", "quy dinh 08-qdi/tw")]
    public void Fold_removes_every_diacritic_and_d_bar(string input, string expected)
        => Assert.Equal(expected, VietnameseText.Fold(VietnameseText.Normalize(input)));

    [Fact]
    public void Fold_keeps_length_so_offsets_map_back()
    {
        var text = VietnameseText.Normalize("Thực hiện Chỉ thị số 28-CT/TW của Ban Bí thư");
        Assert.Equal(text.Length, VietnameseText.Fold(text).Length);
    }

    [Theory]
    [InlineData("Chi\u0309 thi\u0323", "Chỉ thị")]            // decomposed marks from PDF extraction
    [InlineData("số\u00A028-CT/TW", "số 28-CT/TW")]          // non-breaking space inside a number
    [InlineData("a\r\nb\rc", "a\nb\nc")]
    [InlineData("Đả\u200Bng", "Đảng")]
    public void Normalize_gives_nfc_with_plain_spaces(string input, string expected)
        => Assert.Equal(expected, VietnameseText.Normalize(input));
}
