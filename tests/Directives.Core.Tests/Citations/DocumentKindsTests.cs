using Directives.Core.Citations;

namespace Directives.Core.Tests.Citations;

public class DocumentKindsTests
{
    [Theory]
    [InlineData("NQ", "Nghị quyết")]
    [InlineData("CT", "Chỉ thị")]
    [InlineData("KH", "Kế hoạch")]
    [InlineData("HD", "Hướng dẫn")]
    [InlineData("KL", "Kết luận")]
    [InlineData("QĐ", "Quyết định")]
    [InlineData("QĐi", "Quy định")]
    [InlineData("QC", "Quy chế")]
    [InlineData("CTr", "Chương trình")]
    [InlineData("ĐA", "Đề án")]
    [InlineData("BC", "Báo cáo")]
    [InlineData("TB", "Thông báo")]
    [InlineData("TT", "Thông tri")]
    [InlineData("TTr", "Tờ trình")]
    [InlineData("CV", "Công văn")]
    [InlineData("HDLT", "Hướng dẫn liên tịch")]
    [InlineData("NQLT", "Nghị quyết liên tịch")]
    [InlineData("ct", "Chỉ thị")]
    [InlineData("QDI", "Quy định")]
    public void Name_for_code(string code, string name) => Assert.Equal(name, DocumentKinds.NameForCode(code));

    [Theory]
    [InlineData("XY")]
    [InlineData("")]
    public void Unknown_code_has_no_name(string code) => Assert.Null(DocumentKinds.NameForCode(code));

    [Theory]
    [InlineData("Chỉ thị", "CT")]
    [InlineData("chỉ thị", "CT")]
    [InlineData("CHỈ THỊ", "CT")]
    [InlineData("chi thi", "CT")]
    [InlineData("Chỉ thị  số", "CT")]
    [InlineData("Quy định", "QĐi")]
    [InlineData("Qui định", "QĐi")]
    [InlineData("Quyết định", "QĐ")]
    [InlineData("KẾ HOẠCH", "KH")]
    [InlineData("de an", "ĐA")]
    [InlineData("Chương trình", "CTr")]
    [InlineData("Tờ trình", "TTr")]
    public void Code_for_name(string word, string code) => Assert.Equal(code, DocumentKinds.CodeForName(word));

    [Theory]
    [InlineData("Điều lệ")]
    [InlineData("kết nạp")]
    public void Other_words_have_no_code(string word) => Assert.Null(DocumentKinds.CodeForName(word));

    [Fact]
    public void Names_lists_every_kind() => Assert.Equal(17, DocumentKinds.Names.Count);
}
