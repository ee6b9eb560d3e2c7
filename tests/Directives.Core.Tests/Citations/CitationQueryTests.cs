using Directives.Core.Citations;

namespace Directives.Core.Tests.Citations;

public class CitationQueryTests
{
    [Theory]
    [InlineData("35-CT/TW", 35, "CT", "TW")]
    [InlineData("35 CT/TW", 35, "CT", "TW")]
    [InlineData("35-ct/tw", 35, "CT", "TW")]
    [InlineData(" 35 -CT/TW ", 35, "CT", "TW")]
    [InlineData("ct 35", 35, "CT", null)]
    [InlineData("CT35", 35, "CT", null)]
    [InlineData("CT-35", 35, "CT", null)]
    [InlineData("chỉ thị 35", 35, "CT", null)]
    [InlineData("chi thi 35", 35, "CT", null)]
    [InlineData("CHỈ THỊ SỐ 35", 35, "CT", null)]
    [InlineData("chỉ thị số 35-CT/TW", 35, "CT", "TW")]
    [InlineData("nghị quyết 07", 7, "NQ", null)]
    [InlineData("nghi quyet so 07", 7, "NQ", null)]
    [InlineData("kế hoạch 214", 214, "KH", null)]
    [InlineData("214-KH", 214, "KH", null)]
    [InlineData("214 kh", 214, "KH", null)]
    [InlineData("Kết luận 16", 16, "KL", null)]
    [InlineData("quy định 12", 12, "QĐi", null)]
    [InlineData("quy dinh 130-qd/tw", 130, "QĐ", "TW")]
    [InlineData("de an 27", 27, "ĐA", null)]
    [InlineData("27/ĐA/TU", 27, "ĐA", "TU")]
    [InlineData("qđi 12", 12, "QĐi", null)]
    public void Recognises_citation_queries(string query, int number, string? code, string? issuer)
    {
        Assert.True(CitationQuery.TryParse(query, out var q), query);
        Assert.Equal(new CitationQuery(number, code, issuer), q);
    }

    [Theory]
    [InlineData("quy định 130", "Quy định")]
    [InlineData("Quy định số 130-QĐ/TW", "Quy định")]
    [InlineData("130-QĐ/TW", "Quyết định")]
    [InlineData("ct 35", "Chỉ thị")]
    [InlineData("35-ct/tw", "Chỉ thị")]
    public void Names_the_kind(string query, string kind)
    {
        Assert.True(CitationQuery.TryParse(query, out var q));
        Assert.Equal(kind, q.Kind);
    }

    [Theory]
    [InlineData("35")]
    [InlineData("kết nạp đảng viên")]
    [InlineData("21/01/2019")]
    [InlineData("ngày 5-12-2017")]
    [InlineData("năm 2019")]
    [InlineData("tháng 4")]
    [InlineData("22/2023/QH15")]
    [InlineData("1234/QĐ-TTg")]
    [InlineData("điều 35")]
    [InlineData("xy 35")]
    [InlineData("")]
    [InlineData("   ")]
    public void Rejects_other_queries(string query) => Assert.False(CitationQuery.TryParse(query, out _));
}
