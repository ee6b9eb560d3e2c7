using Directives.Core.Citations;
using Directives.Core.Extraction;
using Directives.Core.References;
using Directives.Core.Text;

namespace Directives.Core.Tests.References;

public class ShortFormScannerTests
{
    internal static IReadOnlyList<Reference> FullMentions(string text) =>
        CitationScanner.Scan(text).Select(c => new Reference
        {
            Category = ReferenceCategories.Party,
            Citation = c.Number.Canonical,
            Kind = c.Kind,
            Number = c.Number.Number,
            Code = c.Number.Code,
            Issuer = c.Number.Issuer,
            Surface = text.Substring(c.Start, c.Length),
            Start = c.Start,
            End = c.End,
        }).ToList();

    static IReadOnlyList<Reference> Scan(string text)
    {
        var normal = VietnameseText.Normalize(text);
        var found = ShortFormScanner.Scan(normal, FullMentions(normal));
        foreach (var r in found)
        {
            Assert.Equal(ReferenceCategories.Short, r.Category);
            Assert.Equal(normal[r.Start..r.End], r.Surface);
        }
        return found;
    }

    [Theory]
    [InlineData("Tỉnh ủy ban hành Nghị quyết số 03-NQ/TU về công tác cán bộ. Sau 5 năm, Nghị quyết 03 đạt kết quả.", "Nghị quyết", 3, "03-NQ/TU")]
    [InlineData("Thực hiện Chỉ thị số 28-CT/TW của Ban Bí thư, sau ba năm thực hiện Chỉ thị 28, các cấp ủy", "Chỉ thị", 28, "28-CT/TW")]
    [InlineData("Kế hoạch số 121-KH/TU ngày 08/4/2019; Kế hoạch 121 đề ra", "Kế hoạch", 121, "121-KH/TU")]
    [InlineData("Quy định số 08-QĐi/TW về nêu gương. Thực hiện Quy định 08, đảng viên", "Quy định", 8, "08-QĐi/TW")]
    [InlineData("Quy định số 124-QĐ/TW của Ban Bí thư; qua Quy định 124 đã", "Quy định", 124, "124-QĐ/TW")]
    [InlineData("Kết luận số 01-KL/TW; tổng kết Kết luận 01 cho thấy", "Kết luận", 1, "01-KL/TW")]
    [InlineData("Đề án 13/ĐA/TU được triển khai; Đề án 13 đạt", "Đề án", 13, "13-ĐA/TU")]
    [InlineData("Thực hiện Nghị quyết 03 về phát triển, Nghị quyết số 03-NQ/TU đề ra", "Nghị quyết", 3, "03-NQ/TU")]   // full mention only after
    [InlineData("CHỈ THỊ 28 VÀ CHỈ THỊ SỐ 28-CT/TW", "Chỉ thị", 28, "28-CT/TW")]
    [InlineData("Nghị quyết 35 được quán triệt", "Nghị quyết", 35, null)]                 // no full mention: unresolved
    [InlineData("Chỉ thị số 05-CT/TW; quán triệt Nghị quyết 05 đến chi bộ", "Nghị quyết", 5, null)] // another kind with that number
    public void Short_form(string text, string kind, int number, string? resolved)
    {
        var r = Assert.Single(Scan(text));
        Assert.Equal((kind, number, resolved), (r.Kind, r.Number, r.Resolved));
        Assert.Null(r.Citation);
    }

    [Fact]
    public void Nearest_preceding_full_mention_wins()
    {
        var text = "Nghị quyết số 03-NQ/TU của Tỉnh ủy; Nghị quyết số 03-NQ/HU của Huyện ủy; Nghị quyết 03 của huyện";
        var r = Assert.Single(Scan(text));
        Assert.Equal(("03-NQ/HU", "NQ", "HU"), (r.Resolved, r.Code, r.Issuer));
    }

    [Theory]
    [InlineData("Chỉ thị số 28-CT/TW ngày 21/01/2019 của Ban Bí thư (sau đây gọi tắt là Chỉ thị 28)", "Chỉ thị", "28-CT/TW")]
    [InlineData("Chỉ thị số 28-CT/TW của Ban Bí thư([1]) … ([1]) Gọi tắt là Chỉ thị 28", "Chỉ thị", "28-CT/TW")]
    [InlineData("Nghị quyết số 03-NQ/TU ngày 15/12/2016 của Tỉnh ủy, sau đây gọi tắt là Nghị quyết 03", "Nghị quyết", "03-NQ/TU")]
    [InlineData("Quyết định số 99-QĐ/TW (viết tắt là Quy định 99)", "Quy định", "99-QĐ/TW")]
    public void Alias_resolves_to_the_full_mention_it_follows(string text, string kind, string resolved)
    {
        var r = Assert.Single(Scan(text));
        Assert.Equal((kind, resolved), (r.Kind, r.Resolved));
    }

    [Theory]
    [InlineData("Chỉ thị số 28-CT/TW của Ban Bí thư")]            // the full citation itself
    [InlineData("Nghị quyết 03-NQ/TU")]
    [InlineData("Chỉ thị 28 - CT/TW")]
    [InlineData("Chỉ thị 28 CT/TW")]
    [InlineData("Nghị định 30/2020/NĐ-CP")]
    [InlineData("Quyết định 1234/QĐ-UBND")]
    [InlineData("Nghị quyết ngày 03 tháng 4")]
    [InlineData("Kế hoạch năm 2020")]
    [InlineData("Kế hoạch 2020 của Ban")]
    [InlineData("Chỉ thị 28/2019")]
    [InlineData("Nghị quyết 3,5 triệu")]
    [InlineData("chỉ thịt 28")]
    public void No_short_form(string text) => Assert.Empty(Scan(text));

    [Fact]
    public void A_large_input_with_many_mentions_is_scanned_completely()
    {
        var text = string.Concat(Enumerable.Repeat("Nghị quyết số 03-NQ/TU; gọi tắt là Nghị quyết 03, Chỉ thị 28 và Kế hoạch 2020 ", 12_000));
        var full = FullMentions(text);
        var found = ShortFormScanner.Scan(text, full);
        Assert.Equal(24_000, found.Count);
    }
}
