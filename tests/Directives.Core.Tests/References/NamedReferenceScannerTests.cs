using Directives.Core.Extraction;
using Directives.Core.References;
using Directives.Core.Text;

namespace Directives.Core.Tests.References;

public class NamedReferenceScannerTests
{
    static IReadOnlyList<Reference> Scan(string text)
    {
        var normal = VietnameseText.Normalize(text);
        var found = NamedReferenceScanner.Scan(normal);
        foreach (var r in found)
        {
            Assert.Equal(ReferenceCategories.Named, r.Category);
            Assert.InRange(r.Start, 0, r.End);
            Assert.Equal(normal[r.Start..r.End], r.Surface);
        }
        return found;
    }

    [Theory]
    [InlineData("Tiếp tục thực hiện Nghị quyết Trung ương 4 khóa XII về xây dựng Đảng.", "Nghị quyết", "Trung ương 4 khóa XII", "XII", "04-NQ/TW")]
    [InlineData("Tổng kết Nghị quyết Trung ương 3, khóa VIII về chiến lược cán bộ", "Nghị quyết", "Trung ương 3 khóa VIII", "VIII", "03-NQ/TW")]
    [InlineData("quán triệt Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XII", "Nghị quyết", "Trung ương 4 khóa XII", "XII", "04-NQ/TW")]
    [InlineData("Nghị quyết Hội nghị lần thứ ba Ban Chấp hành Trung ương Đảng (khóa VIII)", "Nghị quyết", "Trung ương 3 khóa VIII", "VIII", "03-NQ/TW")]
    [InlineData("thực hiện NQ TW4 khóa XI trong toàn Đảng bộ", "Nghị quyết", "Trung ương 4 khóa XI", "XI", "12-NQ/TW")]
    [InlineData("thực hiện NQTW4 khoá XI", "Nghị quyết", "Trung ương 4 khóa XI", "XI", "12-NQ/TW")]
    [InlineData("sắp xếp bộ máy theo Nghị quyết Trung ương 6 (khóa XII)", "Nghị quyết", "Trung ương 6 khóa XII", "XII", "18-NQ/TW")]
    [InlineData("theo Nghị quyết Trung ương 6 khoá XII về đơn vị sự nghiệp công lập", "Nghị quyết", "Trung ương 6 khóa XII", "XII", "19-NQ/TW")]
    [InlineData("NGHỊ QUYẾT TRUNG ƯƠNG 7 KHÓA XII về cán bộ", "Nghị quyết", "Trung ương 7 khóa XII", "XII", "26-NQ/TW")]
    [InlineData("theo Nghị quyết Trung ương 7 khóa XII về cải cách chính sách tiền lương", "Nghị quyết", "Trung ương 7 khóa XII", "XII", "27-NQ/TW")]
    [InlineData("Nghị quyết  Trung  ương   5 khóa XIII về tổ chức cơ sở đảng", "Nghị quyết", "Trung ương 5 khóa XIII", "XIII", "21-NQ/TW")]
    [InlineData("Nghị quyết Trung ương 5 khóa XIII về tiếp tục đổi mới, hoàn thiện thể chế, chính sách, nâng cao hiệu lực, hiệu quả quản lý và sử dụng đất", "Nghị quyết", "Trung ương 5 khóa XIII", "XIII", "18-NQ/TW")]
    [InlineData("Nghị quyết Hội nghị Trung ương lần thứ tám khóa XII", "Nghị quyết", "Trung ương 8 khóa XII", "XII", "36-NQ/TW")]
    [InlineData("Nghị quyết Hội nghị lần thứ mười một Ban Chấp hành Trung ương khóa XII", "Nghị quyết", "Trung ương 11 khóa XII", "XII", null)]
    [InlineData("Kết luận Hội nghị Trung ương 4 khóa XIII về xây dựng, chỉnh đốn Đảng", "Kết luận", "Trung ương 4 khóa XIII", "XIII", "21-KL/TW")]
    [InlineData("Kết luận Trung ương 4 (khoá XIII)", "Kết luận", "Trung ương 4 khóa XIII", "XIII", "21-KL/TW")]
    [InlineData("Nghị quyết Trung ương 6 khóa XIII", "Nghị quyết", "Trung ương 6 khóa XIII", "XIII", null)]
    [InlineData("Nghị quyết Trung ương 4 của Ban Chấp hành Trung ương Đảng khóa XI", "Nghị quyết", "Trung ương 4 khóa XI", "XI", "12-NQ/TW")]
    [InlineData("theo tinh thần Nghị quyết Trung ương 4 đã đề ra", "Nghị quyết", "Trung ương 4", null, null)]
    public void Plenum_resolution(string text, string kind, string name, string? term, string? resolved)
    {
        var r = Assert.Single(Scan(text));
        Assert.Equal((kind, name, term, resolved), (r.Kind, r.Name, r.Term, r.Resolved));
        Assert.Null(r.Citation);
    }

    [Theory]
    [InlineData("tiếp tục thực hiện có hiệu quả Nghị quyết Trung ương 4 (khóa XI, XII); các chỉ thị")]
    [InlineData("qua thực hiện Nghị quyết Trung ương 4 khóa XI, khóa XII về xây dựng Đảng")]
    [InlineData("gắn với Nghị quyết Trung ương 4 khoá XI và khoá XII")]
    [InlineData("Nghị quyết Hội nghị Trung ương 4 (khóa XI và XII) ")]
    public void Two_plenum_resolutions_in_one_phrase(string text)
    {
        var found = Scan(text);
        Assert.Equal(2, found.Count);
        Assert.Equal(("Trung ương 4 khóa XI", "XI", "12-NQ/TW"), (found[0].Name, found[0].Term, found[0].Resolved));
        Assert.Equal(("Trung ương 4 khóa XII", "XII", "04-NQ/TW"), (found[1].Name, found[1].Term, found[1].Resolved));
    }

    [Theory]
    [InlineData("triển khai Nghị quyết Đại hội XIII của Đảng và", "Đại hội XIII của Đảng", "XIII")]
    [InlineData("Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng", "Đại hội XIII của Đảng", "XIII")]
    [InlineData("NGHỊ QUYẾT ĐẠI HỘI ĐẠI BIỂU TOÀN QUỐC LẦN THỨ XII CỦA ĐẢNG", "Đại hội XII của Đảng", "XII")]
    [InlineData("học tập Nghị quyết Đại hội Đảng toàn quốc lần thứ XI", "Đại hội XI của Đảng", "XI")]
    [InlineData("Nghị quyết Đại hội Đảng lần thứ XIII", "Đại hội XIII của Đảng", "XIII")]
    [InlineData("đạt 98% chỉ tiêu Nghị quyết Đại hội XV Đảng bộ tỉnh đề ra", "Đại hội XV Đảng bộ tỉnh", null)]
    [InlineData("thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX, nhiệm kỳ 2020 - 2025", "Đại hội Đảng bộ tỉnh lần thứ XX", null)]
    [InlineData("Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Kon Tum lần thứ XVI", "Đại hội Đảng bộ tỉnh Kon Tum lần thứ XVI", null)]
    [InlineData("Nghị quyết Đại hội XXII Đảng bộ huyện đã đề ra", "Đại hội XXII Đảng bộ huyện", null)]
    [InlineData("theo Nghị quyết Đại hội Đảng bộ xã lần thứ XXV", "Đại hội Đảng bộ xã lần thứ XXV", null)]
    [InlineData("Nghị quyết Đại hội XX của Đảng bộ thành phố", "Đại hội XX Đảng bộ thành phố", null)]
    [InlineData("Nghị quyết Đại hội Đảng bộ tỉnh Bà Rịa - Vũng Tàu lần thứ VII", "Đại hội Đảng bộ tỉnh Bà Rịa - Vũng Tàu lần thứ VII", null)]
    [InlineData("Nghị quyết Đại hội lần thứ XIII đã xác định", "Đại hội XIII", null)]
    public void Congress_resolution(string text, string name, string? term)
    {
        var r = Assert.Single(Scan(text));
        Assert.Equal(("Nghị quyết", name, term), (r.Kind, r.Name, r.Term));
        Assert.Null(r.Resolved);
    }

    [Theory]
    [InlineData("tổ chức thực hiện Điều lệ Đảng và các quy định", "Điều lệ", "Điều lệ Đảng")]
    [InlineData("theo quy định của Điều lệ Đảng Cộng sản Việt Nam.", "Điều lệ", "Điều lệ Đảng")]
    [InlineData("hướng dẫn thi hành điều lệ Đảng", "Điều lệ", "Điều lệ Đảng")]
    [InlineData("ĐIỀU LỆ ĐẢNG", "Điều lệ", "Điều lệ Đảng")]
    [InlineData("trung thành với Cương lĩnh, Điều lệ", "Cương lĩnh", "Cương lĩnh")]
    [InlineData("Cương lĩnh chính trị của Đảng", "Cương lĩnh", "Cương lĩnh chính trị")]
    [InlineData("Cương lĩnh xây dựng đất nước trong thời kỳ quá độ lên chủ nghĩa xã hội (bổ sung, phát triển năm 2011)", "Cương lĩnh", "Cương lĩnh xây dựng đất nước trong thời kỳ quá độ lên chủ nghĩa xã hội")]
    [InlineData("Cương lĩnh năm 1991 của Đảng", "Cương lĩnh", "Cương lĩnh năm 1991")]
    public void Charter_and_platform(string text, string kind, string name)
    {
        var r = Assert.Single(Scan(text));
        Assert.Equal((kind, name), (r.Kind, r.Name));
    }

    [Theory]
    [InlineData("Hội nghị Trung ương 4 khóa XII đã thảo luận")]                 // an event, not a document
    [InlineData("Nghị quyết số 04-NQ/TW của Hội nghị Trung ương 4 khóa XII")]     // describes the numbered one
    [InlineData("Nghị quyết số 21-NQ/TW, ngày 16/6/2022 Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XIII")]
    [InlineData("Nghị quyết số 04-NQ/TW (Nghị quyết Trung ương 4 khóa XII)")]
    [InlineData("Nghị quyết số 04-NQ/TW, ngày 30/10/2016 của Ban Chấp hành Trung ương Đảng, Nghị quyết Trung ương 4 khóa XII")]
    [InlineData("Điều lệ Đảng bộ khối doanh nghiệp")]
    [InlineData("Điều lệ Hội Nông dân")]
    [InlineData("Nghị quyết đại hội vì mục tiêu chung")]
    [InlineData("Nghị quyết Đại hội chi bộ nhiệm kỳ 2022 - 2025")]
    [InlineData("Nghị quyết 12-NQ/TU của Tỉnh ủy")]
    [InlineData("đảng viên nghị quyết trung ương")]
    public void No_named_reference(string text) => Assert.Empty(Scan(text));

    [Fact]
    public void A_name_after_a_numbered_citation_in_its_own_right_is_kept()
    {
        var found = Scan("thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị gắn với Nghị quyết Trung ương 4 khóa XII");
        Assert.Equal("04-NQ/TW", Assert.Single(found).Resolved);
    }

    [Fact]
    public void Several_names_come_in_text_order()
    {
        var found = Scan("Nghị quyết Đại hội XIII của Đảng, Điều lệ Đảng, Nghị quyết Trung ương 3 khóa VIII và Cương lĩnh.");
        Assert.Equal(["Đại hội XIII của Đảng", "Điều lệ Đảng", "Trung ương 3 khóa VIII", "Cương lĩnh"], found.Select(r => r.Name));
    }

    [Fact]
    public void A_large_adversarial_input_is_scanned()
    {
        var text = string.Concat(Enumerable.Repeat("Nghị quyết Trung ương 4 khóa XI, XI, XI, Nghị quyết Đại hội Đảng bộ tỉnh ", 14_000));
        var found = NamedReferenceScanner.Scan(text);
        Assert.NotEmpty(found);
    }
}
