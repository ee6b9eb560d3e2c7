using Directives.Core.Text;
using Directives.Search.Analysis;

namespace Directives.Search.Tests;

public class VietnameseAnalyzerTests
{
    static readonly VietnameseAnalyzer Exact = new(fold: false);
    static readonly VietnameseAnalyzer Folded = new(fold: true);

    static string Tokens(VietnameseAnalyzer a, string text) => string.Join(" ", a.Tokens(VietnameseText.Normalize(text)));

    [Theory]
    [InlineData("Đảng viên", "đảng viên", "dang vien")]
    [InlineData("Chỉ thị số 28-CT/TW", "chỉ thị số 28 ct tw", "chi thi so 28 ct tw")]
    [InlineData("Nghị quyết 03-NQ/TU", "nghị quyết 3 nq tu", "nghi quyet 3 nq tu")]
    [InlineData("Tỉnh uỷ Hoà Bình", "tỉnh ủy hòa bình", "tinh uy hoa binh")]
    [InlineData("Tỉnh ủy Hòa Bình", "tỉnh ủy hòa bình", "tinh uy hoa binh")]
    [InlineData("THUỶ LỢI", "thủy lợi", "thuy loi")]
    [InlineData("Chi\u0309 thi\u0323", "chỉ thị", "chi thi")]
    [InlineData("kết nạp 4.922 đảng viên, đạt 98,44%", "kết nạp 4.922 đảng viên đạt 98,44", "ket nap 4.922 dang vien dat 98,44")]
    [InlineData("Quy định 08-QĐi/TW", "quy định 8 qđi tw", "quy dinh 8 qdi tw")]
    public void Tokens_in_exact_and_folded_form(string input, string exact, string folded)
    {
        Assert.Equal(exact, Tokens(Exact, input));
        Assert.Equal(folded, Tokens(Folded, input));
    }

    [Theory]
    [InlineData("hoà", "hòa")]
    [InlineData("uỷ ban", "ủy ban")]
    [InlineData("khoẻ mạnh", "khỏe mạnh")]
    public void Both_tone_placements_give_the_same_exact_tokens(string oldStyle, string newStyle)
        => Assert.Equal(Tokens(Exact, newStyle), Tokens(Exact, oldStyle));

    [Theory]
    [InlineData("18", "19")]
    [InlineData("đăng", "Đảng")]
    public void Different_words_stay_different_in_exact_form(string a, string b)
        => Assert.NotEqual(Tokens(Exact, a), Tokens(Exact, b));
}
