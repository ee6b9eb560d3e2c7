using Directives.Core.StateLaw;
using Directives.Core.Text;

namespace Directives.Core.Tests.StateLaw;

public class StateReferenceScannerTests
{
    [Theory]
    [InlineData("theo Luật số 22/2023/QH15 về đất đai", "22/2023/QH15", "Luật", "Luật số 22/2023/QH15")]
    [InlineData("Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ", "30/2020/NĐ-CP", "Nghị định", "Nghị định số 30/2020/NĐ-CP")]
    [InlineData("Quyết định số 1234/QĐ-TTg của Thủ tướng", "1234/QĐ-TTg", "Quyết định", "Quyết định số 1234/QĐ-TTg")]
    [InlineData("Thông tư 01/2011/TT-BNV hướng dẫn thể thức", "01/2011/TT-BNV", "Thông tư", "Thông tư 01/2011/TT-BNV")]
    [InlineData("Công văn 123/UBND-VX về việc", "123/UBND-VX", "Công văn", "Công văn 123/UBND-VX")]
    [InlineData("Kế hoạch số 56/KH-UBND của tỉnh", "56/KH-UBND", "Kế hoạch", "Kế hoạch số 56/KH-UBND")]
    [InlineData("theo 30/2020/NĐ-CP", "30/2020/NĐ-CP", "Nghị định", "30/2020/NĐ-CP")]
    [InlineData("THÔNG TƯ LIÊN TỊCH số 12/2015/TTLT-BNV-BTC", "12/2015/TTLT-BNV-BTC", "Thông tư liên tịch", "THÔNG TƯ LIÊN TỊCH số 12/2015/TTLT-BNV-BTC")]
    public void Finds_state_legal_numbers_as_written(string text, string citation, string kind, string surface)
    {
        var r = Assert.Single(StateReferenceScanner.Scan(VietnameseText.Normalize(text)));
        Assert.Equal((citation, kind, surface, "state"), (r.Citation, r.Kind, r.Surface, r.Category));
        Assert.Equal(surface, text[r.Start..r.End]);
    }

    [Theory]
    [InlineData("Chỉ thị số 28-CT/TW của Ban Bí thư")]      // a party number
    [InlineData("ngày 21/01/2019")]                          // a date
    [InlineData("tháng 4/2022 và 604/3.174 đảng viên")]      // a month, a fraction
    [InlineData("Đề án số 13/ĐA/TU của Tỉnh ủy")]            // a party number written with a slash
    [InlineData("tỷ lệ 2/3 số đại biểu")]
    public void Ignores_what_is_not_a_state_document(string text)
        => Assert.Empty(StateReferenceScanner.Scan(VietnameseText.Normalize(text)));
}
