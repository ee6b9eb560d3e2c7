using static Directives.Core.Tests.Relations.RelationTestText;

namespace Directives.Core.Tests.Relations;

public class RelationFootnoteTests
{
    // A marker glued to a type word: the footnote's document takes the relation the word implies.
    [Theory]
    [InlineData("Tỉnh ủy ban hành Kế hoạch số 214-KH/TU thực hiện Chỉ thị số 35-CT/TW và giao Ban Tổ chức Tỉnh ủy hướng dẫn([2]) triển khai.",
        "([2]). Hướng dẫn số 05-HD/BTCTU, ngày 02/6/2020 về quy trình.", "implements 214-KH/TU 35-CT/TW|guides 05-HD/BTCTU 35-CT/TW")]
    [InlineData("Tỉnh ủy ban hành Kế hoạch số 214-KH/TU thực hiện Chỉ thị số 35-CT/TW; Ban Tổ chức đã có hướng dẫn[2] cụ thể.",
        "[2] Hướng dẫn số 05-HD/BTCTU ngày 02/6/2020.", "implements 214-KH/TU 35-CT/TW")]
    [InlineData("Các huyện ủy xây dựng kế hoạch([3]) thực hiện Chỉ thị số 35-CT/TW.",
        "([3]) Kế hoạch số 56-KH/HU ngày 10/5/2019 của Huyện ủy.", "implements 56-KH/HU 35-CT/TW")]
    [InlineData("Ban Tổ chức Tỉnh ủy hướng dẫn(2) thực hiện Quy định số 130-QĐ/TW trong toàn Đảng bộ.",
        "(2) Hướng dẫn số 07-HD/BTCTU.", "guides 07-HD/BTCTU 130-QĐ/TW")]
    [InlineData("Đảng bộ tỉnh có 13 đảng bộ trực thuộc([1]) và thực hiện Chỉ thị số 35-CT/TW.",
        "([1]). Theo Quyết định số 12-QĐ/TU.", "")]
    public void Footnote_document_takes_the_relation_of_its_marker(string body, string footnote, string expected) =>
        Assert.Equal(expected, Describe(Find(NewsLead + body + "\n\nNội dung khác.\n\n" + footnote, news: true)));
}
