using Directives.Core.Extraction;
using Directives.Core.Text;

namespace Directives.Core.Tests.Extraction;

/// <summary>A party document's own identity (its number, and a plenum title naming it) is not something it cites.</summary>
public class OwnIdentityTests
{
    [Theory]
    [InlineData("BAN CHẤP HÀNH TRUNG ƯƠNG\n*\nSố 21-NQ/TW\nHà Nội, ngày 16 tháng 6 năm 2022\nNGHỊ QUYẾT\nHỘI NGHỊ LẦN THỨ NĂM BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG KHÓA XIII\nvề tổ chức cơ sở đảng\n-----\nNội dung theo Nghị quyết Trung ương 4 khóa XII.\n",
        "Nghị quyết|Trung ương 4 khóa XII|04-NQ/TW")]
    [InlineData("TỈNH ỦY KON TUM\n*\nSố 12-CTr/TU\nKon Tum, ngày 22 tháng 9 năm 2022\nCHƯƠNG TRÌNH HÀNH ĐỘNG\nthực hiện Nghị quyết Trung ương 5 khóa XIII\n-----\nNội dung.\n",
        "Nghị quyết|Trung ương 5 khóa XIII|21-NQ/TW")]
    public void Named_references_leave_out_the_documents_own_title(string text, string expected)
    {
        var result = Extractor.Extract(new ExtractionInput { Source = "t.txt", Text = VietnameseText.Normalize(text) });
        var named = result.References.Where(r => r.Category == ReferenceCategories.Named).Select(r => $"{r.Kind}|{r.Name}|{r.Resolved}");
        Assert.Equal(expected, string.Join(";", named));
    }
}
