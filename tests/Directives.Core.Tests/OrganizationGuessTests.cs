using Directives.Core.Organizations;
using Directives.Core.Text;

namespace Directives.Core.Tests;

public class OrganizationGuessTests
{
    [Theory]
    [InlineData("Sau 3 năm, Đảng bộ tỉnh Trà Vinh đã kết nạp 4.000 đảng viên.", "Tỉnh ủy Trà Vinh")]
    [InlineData("Ban Thường vụ Tỉnh uỷ Hoà Bình ban hành Đề án.", "Tỉnh ủy Hòa Bình")]
    [InlineData("Nguồn tin: (Theo Trần Hà - báo Kon Tum)", "Tỉnh ủy Kon Tum")]
    [InlineData("Thành ủy Hà Nội sơ kết; đoàn công tác của tỉnh Đắk Lắk tham dự, Đắk Lắk góp ý.", "Tỉnh ủy Đắk Lắk")]
    [InlineData("Thành ủy Hà Nội tổ chức hội nghị.", "Thành ủy Hà Nội")]
    [InlineData("Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; noi gương Hồ Chí Minh.", null)]
    [InlineData("Đảng bộ Thành phố Hồ Chí Minh sơ kết.", "Thành ủy Hồ Chí Minh")]
    [InlineData("Tỉnh ủy Bà Rịa-Vũng Tàu chỉ đạo.", "Tỉnh ủy Bà Rịa - Vũng Tàu")]
    [InlineData("Tỉnh ủy ban hành kế hoạch thực hiện chỉ thị.", null)]
    [InlineData("Anh Bình và chị Hòa tham gia.", null)]
    [InlineData("Giữ vững hòa bình, ổn định; tỉnh hòa bình.", null)]
    [InlineData("Hội nghị sơ kết. Đoàn công tác của Trung ương đến làm việc với lãnh đạo các sở, ngành và các địa phương trong cả nước, sau đó đến thăm Kon Tum.", null)]
    [InlineData("Trà Vinh: Nâng cao chất lượng kết nạp đảng viên\nSáng 16/3, Ban Thường vụ Tỉnh ủy tổ chức hội nghị.", "Tỉnh ủy Trà Vinh")]
    public void Guesses_the_province_a_news_text_is_about(string text, string? expected)
        => Assert.Equal(expected, OrganizationGuess.FromText(VietnameseText.Normalize(text)));
}
