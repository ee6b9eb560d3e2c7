using Directives.Search.Graph;

namespace Directives.Search.Tests.Graph;

/// <summary>A document's province, district and level from its header, its folders or its text.</summary>
public sealed class DocumentScopeTests
{
    [Theory]
    [InlineData("Tỉnh ủy Trà Vinh", "kon-tum:x.docx", null, "Trà Vinh")] // the header wins over the folder
    [InlineData(null, "tra-vinh:cang-long:45-KH-HU-2019.docx", null, "Trà Vinh")]
    [InlineData(null, "sample:bao-chi:hoa-binh:2024-07-18-tin.html", null, "Hòa Bình")]
    [InlineData("Huyện ủy Càng Long", "x.txt", "Tỉnh ủy Kon Tum", "Kon Tum")] // a district header names no province
    [InlineData("Thành ủy Hà Nội", "x.txt", null, "Hà Nội")]
    [InlineData(null, "seeds:001.txt", null, null)]
    public void Province(string? header, string id, string? text, string? expected)
        => Assert.Equal(expected, DocumentScope.Province(header, id, text));

    [Theory]
    [InlineData("Huyện ủy Càng Long", "x.txt", "Càng Long")]
    [InlineData(null, "tra-vinh:cang-long:an-truong:12-NQ-DU.txt", "cang-long")]
    [InlineData("Tỉnh ủy Trà Vinh", "tra-vinh:121.docx", null)]
    public void District(string? header, string id, string? expected)
        => Assert.Equal(expected, DocumentScope.District(header, id));

    [Theory]
    [InlineData("TW", "Ban Bí thư", "trung-uong:28.pdf", GraphLevels.Central)]
    [InlineData("BTCTW", null, "x.txt", GraphLevels.Central)]
    [InlineData("TU", "Tỉnh ủy Trà Vinh", "tra-vinh:121.docx", GraphLevels.Province)]
    [InlineData("BTCTU", null, "tra-vinh:05.txt", GraphLevels.Province)]
    [InlineData("HU", null, "tra-vinh:cang-long:45.docx", GraphLevels.District)]
    [InlineData("ĐU", "Đảng ủy xã An Trường", "tra-vinh:cang-long:an-truong:12.txt", GraphLevels.Grassroots)]
    [InlineData(null, null, "bao-chi:tra-vinh:tin.html", GraphLevels.Province)]
    public void Level(string? issuer, string? organization, string id, string expected)
        => Assert.Equal(expected, DocumentScope.Level(issuer, organization, id));
}
