using Directives.Core.References;

namespace Directives.Core.Tests.References;

/// <summary>State laws, the Constitution, mass organisations' charters and working regulations cited by name: one row per shape.</summary>
public class StatuteNameScannerTests
{
    [Theory]
    [InlineData("Căn cứ Luật Tổ chức chính quyền địa phương năm 2015;", "Luật", "Luật Tổ chức chính quyền địa phương", null)]
    [InlineData("- Căn cứ Luật Cán bộ, công chức; Luật Viên chức;", "Luật", "Luật Cán bộ, công chức", null)]
    [InlineData("thực hiện tốt Luật Thực hiện dân chủ ở cơ sở và Luật Mặt trận Tổ quốc Việt Nam.", "Luật", "Luật Thực hiện dân chủ ở cơ sở", null)]
    [InlineData("theo Bộ luật Lao động và Luật Công đoàn", "Bộ luật", "Bộ luật Lao động", null)]
    [InlineData("Pháp lệnh Cựu chiến binh được ban hành", "Pháp lệnh", "Pháp lệnh Cựu chiến binh", null)]
    [InlineData("quy định tại Điều 9 Hiến pháp năm 2013", "Hiến pháp", "Hiến pháp năm 2013", null)]
    [InlineData("Căn cứ Điều lệ Hội Cựu chiến binh Việt Nam;", "Điều lệ", "Điều lệ Hội Cựu chiến binh Việt Nam", null)]
    [InlineData("Căn cứ Điều lệ Công đoàn Việt Nam khóa XIII;", "Điều lệ", "Điều lệ Công đoàn Việt Nam", null)]
    [InlineData("- Căn cứ Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh khóa XVI, nhiệm kỳ 2015 - 2020,", "Quy chế", "Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh khóa XVI", "XVI")]
    [InlineData("Căn cứ Quy chế làm việc của Ban Chấp hành Trung ương, Bộ Chính trị và Ban Bí thư khóa XIII;", "Quy chế", "Quy chế làm việc của Ban Chấp hành Trung ương, Bộ Chính trị và Ban Bí thư khóa XIII", "XIII")]
    [InlineData("Căn cứ Quy chế làm việc của Ban cán sự đảng Ủy ban nhân dân tỉnh, nhiệm kỳ 2021 - 2026;", "Quy chế", "Quy chế làm việc của Ban cán sự đảng Ủy ban nhân dân tỉnh", null)]
    public void Finds_the_name(string text, string kind, string name, string? term)
    {
        var r = StatuteNameScanner.Scan(text)[0];
        Assert.Equal((kind, name, term), (r.Kind, r.Name, r.Term));
        Assert.Equal(text[r.Start..r.End], r.Surface);
    }

    [Theory]
    [InlineData("chấp hành nghiêm pháp luật và kỷ luật của Đảng")]       // no capital: the law in general
    [InlineData("Luật sư Nguyễn Văn A tham gia tư vấn")]                  // a lawyer
    [InlineData("Luật số 22/2023/QH15 về đất đai")]                       // a numbered state law: the state scanner's
    [InlineData("Hiến pháp và pháp luật của Nhà nước")]                   // no year: too loose to be one document
    [InlineData("Luật này có hiệu lực")]
    public void Finds_nothing(string text) => Assert.Empty(StatuteNameScanner.Scan(text));
}
