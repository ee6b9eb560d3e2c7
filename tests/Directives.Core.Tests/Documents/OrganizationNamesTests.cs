using Directives.Core.Documents;

namespace Directives.Core.Tests.Documents;

public class OrganizationNamesTests
{
    [Theory]
    [InlineData("TỈNH ỦY LONG AN", "Tỉnh ủy Long An")]
    [InlineData("TỈNH UỶ LONG AN", "Tỉnh ủy Long An")]
    [InlineData("HUYỆN ỦY CHÂU THÀNH", "Huyện ủy Châu Thành")]
    [InlineData("HUYỆN ỦY QUAN HÓA", "Huyện ủy Quan Hóa")]             // "QUAN" is a name here, not "quận"
    [InlineData("THÀNH ỦY CẦN THƠ", "Thành ủy Cần Thơ")]
    [InlineData("BAN CHẤP HÀNH TRUNG ƯƠNG", "Ban Chấp hành Trung ương")]
    [InlineData("BỘ CHÍNH TRỊ", "Bộ Chính trị")]
    [InlineData("BAN BÍ THƯ", "Ban Bí thư")]
    [InlineData("BAN TUYÊN GIÁO TỈNH ỦY THANH HOÁ", "Ban Tuyên giáo Tỉnh ủy Thanh Hóa")]
    [InlineData("ĐẢNG ỦY XÃ TÂN PHÚ", "Đảng ủy xã Tân Phú")]
    [InlineData("ĐẢNG UỶ KHỐI CÁC CƠ QUAN TỈNH", "Đảng ủy Khối các cơ quan tỉnh")]
    [InlineData("ỦY BAN KIỂM TRA TỈNH ỦY", "Ủy ban Kiểm tra Tỉnh ủy")]
    public void Title_cases_a_body_name(string upper, string expected)
        => Assert.Equal(expected, OrganizationNames.TitleCase(upper));

    [Theory]
    [InlineData("ĐẢNG BỘ TỈNH LONG AN|TỈNH ỦY", "Tỉnh ủy Long An")]
    [InlineData("ĐẢNG  BỘ  TỈNH LONG AN|TỈNH UỶ", "Tỉnh ủy Long An")]
    [InlineData("ĐẢNG BỘ TỈNH BẾN TRE|BAN THƯỜNG VỤ", "Ban Thường vụ Tỉnh ủy Bến Tre")]
    [InlineData("ĐẢNG BỘ HUYỆN CHÂU THÀNH|HUYỆN ỦY", "Huyện ủy Châu Thành")]
    [InlineData("ĐẢNG BỘ THÀNH PHỐ CẦN THƠ|THÀNH ỦY", "Thành ủy Cần Thơ")]
    [InlineData("ĐẢNG BỘ XÃ TÂN PHÚ|ĐẢNG ỦY", "Đảng ủy xã Tân Phú")]
    [InlineData("ĐẢNG BỘ TỈNH HÒA BÌNH|BAN TUYÊN GIÁO", "Ban Tuyên giáo Tỉnh ủy Hòa Bình")]
    [InlineData("ĐẢNG BỘ TỈNH HÒA BÌNH|BAN TUYÊN GIÁO TỈNH ỦY", "Ban Tuyên giáo Tỉnh ủy Hòa Bình")]
    [InlineData("TỈNH ỦY BẾN TRE|BAN TỔ CHỨC", "Ban Tổ chức Tỉnh ủy Bến Tre")]
    [InlineData("BAN CHẤP HÀNH TRUNG ƯƠNG|BAN TỔ CHỨC", "Ban Tổ chức Trung ương")]
    [InlineData("BAN TUYÊN GIÁO|TỈNH ỦY HÒA BÌNH", "Ban Tuyên giáo Tỉnh ủy Hòa Bình")]
    [InlineData("ĐẢNG CỘNG SẢN VIỆT NAM|TỈNH ỦY LONG AN|*", "Tỉnh ủy Long An")]
    [InlineData("*", null)]
    public void Combines_committee_lines(string lines, string? expected)
        => Assert.Equal(expected, OrganizationNames.FromHeaderLines(lines.Split('|')));
}
