using Directives.Core.Extraction;
using Directives.Core.Obligations;

namespace Directives.Core.Tests.Obligations;

public class ResultRecognizerTests
{
    static IReadOnlyList<Result> Find(string text) => ResultRecognizer.Find(text, SeedObligationTests.References(text));

    // percentOfTarget NaN = none; achieved "" = null.
    [Theory]
    [InlineData("Năm 2023, toàn huyện kết nạp được 215 đảng viên, đạt 107,5% chỉ tiêu Nghị quyết Đại hội Đảng bộ huyện đề ra.", 215, "đảng viên", 107.5, "true", "kết nạp")]
    [InlineData("Đảng bộ đã kết nạp mới 1.215 đảng viên, đạt 92,3% kế hoạch.", 1215, "đảng viên", 92.3, "false", "kết nạp")]
    [InlineData("Trong năm, toàn tỉnh phát triển được 3.010 đảng viên, đạt 100% chỉ tiêu.", 3010, "đảng viên", 100, "true", "phát triển")]
    [InlineData("Từ năm 2020 đến nay đã phát triển được 2.041 đảng viên.", 2041, "đảng viên", double.NaN, "", "phát triển")]
    [InlineData("Có 1.024/1.100 chi bộ = 93,09% đạt trong sạch, vững mạnh.", 93.09, "%", double.NaN, "", "trong sạch")]
    [InlineData("Hiện còn 37 xã chưa có tổ chức đảng, chiếm 12,5%.", 12.5, "%", double.NaN, "", "chưa có tổ chức đảng")]
    [InlineData("Tỷ lệ đảng viên được phân công nhiệm vụ đạt 96,7%.", 96.7, "%", double.NaN, "", "tỷ lệ đảng viên được phân công")]
    [InlineData("Tỉ lệ đảng viên cao tuổi còn cao (31,2%) ở nhiều chi bộ.", 31.2, "%", double.NaN, "", "đảng viên cao tuổi")]
    [InlineData("Năm 2022 có 96,5% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên.", 96.5, "%", double.NaN, "", "tổ chức cơ sở đảng")]
    [InlineData("Công tác kết nạp đảng viên đạt 104,2% kế hoạch năm.", 104.2, "%", 104.2, "true", "kết nạp")]
    [InlineData("Số đảng viên mới đạt 87% so với chỉ tiêu Nghị quyết.", 87, "%", 87, "false", "đảng viên mới")]
    [InlineData("Kết quả kết nạp đảng viên chưa đạt chỉ tiêu; mới kết nạp được 850 đảng viên.", 850, "đảng viên", double.NaN, "", "kết nạp")]
    [InlineData("Toàn tỉnh kết nạp 640 đảng viên, chưa đạt chỉ tiêu đề ra.", 640, "đảng viên", double.NaN, "false", "kết nạp")]
    [InlineData("Số thu vượt 8% kế hoạch giao.", 8, "%", double.NaN, "true", "")]
    [InlineData("Xóa tên 57 đảng viên, khai trừ 12 đảng viên.", 12, "đảng viên", double.NaN, "", "khai trừ")]
    [InlineData("Năm 2023, toàn Đảng bộ kết nạp 1.352 đảng viên (đạt 102% chỉ tiêu).", 1352, "đảng viên", 102, "true", "kết nạp")]
    [InlineData("Mỗi chi bộ kết nạp được ít nhất 01 đảng viên.", 1, "đảng viên", double.NaN, "", "kết nạp")]
    [InlineData("Kết nạp 75 đảng viên; Huyện ủy đặt chỉ tiêu cao hơn cho năm sau.", 75, "đảng viên", double.NaN, "", "kết nạp")]
    [InlineData("Toàn huyện kết nạp 75 đảng viên, hoàn thành chỉ tiêu được giao.", 75, "đảng viên", double.NaN, "true", "kết nạp")]
    [InlineData("Kết quả, bình quân mỗi năm kết nạp 1.562 đảng viên, vượt chỉ tiêu Chỉ thị đề ra.", 1562, "đảng viên", double.NaN, "true", "kết nạp")]
    [InlineData("Năm 2024 có 98,12% đảng viên hoàn thành nhiệm vụ, tăng 1,3% so với năm 2023.", 1.3, "%", double.NaN, "", "hoàn thành nhiệm vụ")]
    [InlineData("Giữ vững 100% thôn, bản có chi bộ.", 100, "%", double.NaN, "", "thôn, bản")]
    public void Reads_reported_results(string text, double value, string unit, double percentOfTarget, string achieved, string subjectWord)
    {
        var result = Assert.Single(Find(text), r => r.Value == value);
        Assert.Equal(unit, result.Unit);
        Assert.Equal(double.IsNaN(percentOfTarget) ? null : percentOfTarget, result.PercentOfTarget);
        Assert.Equal(achieved.Length == 0 ? null : bool.Parse(achieved), result.Achieved);
        Assert.Contains(subjectWord, result.Subject, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(result.Surface, text[result.Start..result.End]);
    }

    [Theory]
    [InlineData("Năm 2023, toàn huyện kết nạp được 215 đảng viên, đạt 107,5% chỉ tiêu Nghị quyết Đại hội Đảng bộ huyện đề ra.", "Nghị quyết Đại hội Đảng bộ huyện")]
    [InlineData("Kết nạp 98 đảng viên, đạt 98% chỉ tiêu Nghị quyết số 12-NQ/HU đề ra.", "12-NQ/HU")]
    [InlineData("Kết nạp 98 đảng viên, đạt 98% chỉ tiêu nghị quyết đề ra.", "nghị quyết")]
    [InlineData("Kết nạp 98 đảng viên, đạt 98% kế hoạch.", null)]
    public void Names_the_document_whose_target_is_measured(string text, string? source) =>
        Assert.Equal(source, Assert.Single(Find(text)).TargetSource);

    [Fact]
    public void A_share_of_the_target_joins_its_count()
    {
        var result = Assert.Single(Find("Toàn tỉnh phát triển được 1.674 đảng viên, đạt 99,17% kế hoạch."));
        Assert.Equal(1674, result.Value);
        Assert.Equal(99.17, result.PercentOfTarget);
    }

    [Theory]
    [InlineData("Ngày 21/01/2019, Ban Bí thư ban hành Chỉ thị số 28-CT/TW.")]
    [InlineData("Đảng bộ tỉnh hiện có 13 đảng bộ trực thuộc([1]) và 2.005 chi bộ.")]
    [InlineData("Thực hiện Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ.")]
    [InlineData("Phấn đấu đến năm 2025 có 95% chi bộ hoàn thành tốt nhiệm vụ.")]
    [InlineData("Mục tiêu đến năm 2030: 100% xã có đảng viên; 80% trở lên trưởng thôn là đảng viên.")]
    [InlineData("Năm 2019, năm 2020 và năm 2021 là ba năm triển khai Kế hoạch số 121-KH/TU.")]
    [InlineData("Yêu cầu 100% cán bộ, đảng viên tham gia học tập nghị quyết.")]
    [InlineData("Các chi bộ cần kết nạp ít nhất 2 đảng viên trong năm.")]
    [InlineData("Dự kiến năm sau đạt 95% chi bộ trong sạch, vững mạnh.")]
    [InlineData("")]
    public void Reports_no_years_dates_numbers_or_goals(string text) => Assert.Empty(Find(text));
}
