using Directives.Core.Citations;
using Directives.Core.Text;

namespace Directives.Core.Tests.Citations;

public class CitationScannerTests
{
    // text, expected canonical numbers and kind words ("-" = no type word), separated by '|'
    [Theory]
    [InlineData("theo Chỉ thị số 35-CT/TW của Ban Bí thư", "35-CT/TW", "Chỉ thị")]
    [InlineData("thực hiện chỉ thị 35-CT/TW, ngày 15/3/2020", "35-CT/TW", "Chỉ thị")]
    [InlineData("Chỉ thị  số 35-CT/TW", "35-CT/TW", "Chỉ thị")]
    [InlineData("Chỉ thị\u00A0số 35-CT/TW", "35-CT/TW", "Chỉ thị")]
    [InlineData("Chi\u0309 thi\u0323 số 35-CT/TW", "35-CT/TW", "Chỉ thị")]   // decomposed marks from a PDF
    [InlineData("Chỉ thị số 35 -CT/TW của Ban Bí thư", "35-CT/TW", "Chỉ thị")]
    [InlineData("Chỉ thị số 35- CT/TW của Ban Bí thư", "35-CT/TW", "Chỉ thị")]
    [InlineData("CHỈ THỊ SỐ 35-CT/TW", "35-CT/TW", "Chỉ thị")]
    [InlineData("Nghị quyết 07-NQ/TU về phát triển", "07-NQ/TU", "Nghị quyết")]
    [InlineData("ban hành Đề án số 27/ĐA/TU, ngày 03/9/2021", "27-ĐA/TU", "Đề án")]
    [InlineData("SỐ 214-KH/TU", "214-KH/TU", "-")]
    [InlineData("Kế hoạch số 214-KH/TU", "214-KH/TU", "Kế hoạch")]
    [InlineData("Quy định số 130-QĐ/TW về giám sát", "130-QĐ/TW", "Quy định")]
    [InlineData("Quyết định số 99-QĐ/TW", "99-QĐ/TW", "Quyết định")]
    [InlineData("Quy định số 12-QĐi/TW ngày 25/10/2018", "12-QĐi/TW", "Quy định")]
    [InlineData("theo Quy định số61-QĐ/TW của", "61-QĐ/TW", "Quy định")]
    [InlineData("Thông báo số 27-TB/TWngày 9/6/2021", "27-TB/TW", "Thông báo")]
    [InlineData("Thông báo số 27-TB/TWNgày 9/6/2021", "27-TB/TW", "Thông báo")]
    [InlineData("Hướng dẫn 91-HD/BTCTWVề việc", "91-HD/BTCTW", "Hướng dẫn")]
    [InlineData("theo Chỉ thị số 09-CT/TW.Trong đó", "09-CT/TW", "Chỉ thị")]   // no space after the full stop
    [InlineData("Chỉ thị số 09-CT/T.Ư.Trong đó", "09-CT/TW", "Chỉ thị")]
    [InlineData("Hướng dẫn số 91 – HD/BTCTW", "91-HD/BTCTW", "Hướng dẫn")]
    [InlineData("Kết luận số 16 - KL/TW", "16-KL/TW", "Kết luận")]
    [InlineData("Nghị quyết số 315-NQ/TƯ của Tỉnh ủy", "315-NQ/TW", "Nghị quyết")]
    [InlineData("Chỉ thị số 09-CT/T.Ư", "09-CT/TW", "Chỉ thị")]
    [InlineData("Chương trình hành động số 44-CTr/TU", "44-CTr/TU", "Chương trình")]
    [InlineData("Chương trình số 44-CTr/TU", "44-CTr/TU", "Chương trình")]
    [InlineData("Công văn 230-CV/TU", "230-CV/TU", "Công văn")]
    [InlineData("Kế hoạch số 11-KH/BCĐTW", "11-KH/BCĐTW", "Kế hoạch")]
    [InlineData("Báo cáo số 58-BC/ThU", "58-BC/ThU", "Báo cáo")]
    [InlineData("Hướng dẫn liên tịch số 03-HDLT/BTCTW", "03-HDLT/BTCTW", "Hướng dẫn liên tịch")]
    [InlineData("các văn bản 35-CT/TW và 214-KH/TU", "35-CT/TW|214-KH/TU", "-|-")]
    [InlineData("các nghị quyết 15-NQ/TU,16-NQ/TU;17-NQ/TU", "15-NQ/TU|16-NQ/TU|17-NQ/TU", "Nghị quyết|-|-")]
    [InlineData("Thông báo kết luận số 36-TB/TU", "36-TB/TU", "Thông báo")]
    [InlineData("Chỉ thị số 35-CT/TW, Kế hoạch số 214-KH/TU và Hướng dẫn số 05-HD/BTCTU",
        "35-CT/TW|214-KH/TU|05-HD/BTCTU", "Chỉ thị|Kế hoạch|Hướng dẫn")]
    public void Finds_numbers_with_their_type_word(string text, string numbers, string kinds)
    {
        var found = CitationScanner.Scan(VietnameseText.Normalize(text));
        Assert.Equal(numbers.Split('|'), found.Select(f => f.Number.Canonical));
        Assert.Equal(kinds.Split('|').Select(k => k == "-" ? null : k), found.Select(f => f.KindWord));
    }

    [Theory]
    [InlineData("Luật số 22/2023/QH15 ngày 29/11/2023")]
    [InlineData("Nghị định số 30/2020/NĐ-CP của Chính phủ")]
    [InlineData("Quyết định số 1234/QĐ-TTg của Thủ tướng")]
    [InlineData("Thông tư 01/2019/TT-BNV")]
    [InlineData("Kế hoạch số 56/KH-UBND của tỉnh")]
    [InlineData("ngày 21/01/2019 và 5-12-2017")]
    [InlineData("có 604/3.174 chi bộ, đạt 98,44%")]
    [InlineData("Nghị quyết Trung ương 4 khóa XII")]
    [InlineData("Chỉ thị 35 của Ban Bí thư")]
    [InlineData("từ 3 - 4% tổng số đảng viên")]
    public void Ignores_what_is_not_a_party_number(string text)
        => Assert.Empty(CitationScanner.Scan(VietnameseText.Normalize(text)));

    [Fact]
    public void Span_covers_the_type_word()
    {
        const string text = "Thực hiện Chỉ thị số 35-CT/TW, ngày 15/3/2020";
        var match = Assert.Single(CitationScanner.Scan(text));
        Assert.Equal("Chỉ thị số 35-CT/TW", text.Substring(match.Start, match.Length));
    }

    [Fact]
    public void Span_without_type_word_covers_the_number_only()
    {
        const string text = "Thông báo số 27-TB/TWngày 9/6/2021";
        var match = Assert.Single(CitationScanner.Scan(text));
        Assert.Equal("Thông báo số 27-TB/TW", text.Substring(match.Start, match.Length));

        const string bare = "văn bản số 27-TB/TW.";
        var m2 = Assert.Single(CitationScanner.Scan(bare));
        Assert.Equal("27-TB/TW", bare.Substring(m2.Start, m2.Length));
        Assert.Equal("Thông báo", m2.Kind);
    }

    [Theory]
    [InlineData("Nghị quyết số 315-NQ/TƯ của Tỉnh ủy", "TU")]
    [InlineData("Nghị quyết số 315-NQ/TW của Tỉnh ủy", null)]
    [InlineData("Nghị quyết số 315-NQ/T.Ư", null)]
    public void Issuer_written_TƯ_keeps_the_TU_reading(string text, string? alternative)
    {
        var match = Assert.Single(CitationScanner.Scan(text));
        Assert.Equal("TW", match.Number.Issuer);
        Assert.Equal(alternative, match.AlternativeIssuer);
    }

    [Fact]
    public void Quy_dinh_word_wins_over_the_QD_code()
    {
        var match = Assert.Single(CitationScanner.Scan("Quy định số 130-QĐ/TW"));
        Assert.Equal("QĐ", match.Number.Code);
        Assert.Equal("Quy định", match.Kind);
    }
}
