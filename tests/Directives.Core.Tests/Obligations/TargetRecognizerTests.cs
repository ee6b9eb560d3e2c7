using Directives.Core.Extraction;
using Directives.Core.Obligations;

namespace Directives.Core.Tests.Obligations;

public class TargetRecognizerTests
{
    static IReadOnlyList<Target> Find(string text) => TargetRecognizer.Find(text, SeedObligationTests.References(text));

    // deadline 0 = none; valueMax NaN = none; recurring "" = none.
    [Theory]
    [InlineData("Nghị quyết số 05-NQ/HU đề ra mục tiêu phấn đấu đến năm 2030 có trên 75% trưởng ấp, khóm là đảng viên.", ">", 75, double.NaN, "%", 2030, "", "trưởng ấp")]
    [InlineData("Phấn đấu đến năm 2026, có từ 85% tổ chức cơ sở đảng trở lên được xếp loại hoàn thành tốt nhiệm vụ.", ">=", 85, double.NaN, "%", 2026, "", "tổ chức cơ sở đảng")]
    [InlineData("Mục tiêu đến năm 2027: 100% xã, phường có chi bộ quân sự; 95% trở lên cán bộ chủ chốt cấp xã đạt chuẩn.", "=", 100, double.NaN, "%", 2027, "", "chi bộ quân sự")]
    [InlineData("Mục tiêu đến năm 2027: 100% xã, phường có chi bộ quân sự; 95% trở lên cán bộ chủ chốt cấp xã đạt chuẩn.", ">=", 95, double.NaN, "%", 2027, "", "cán bộ chủ chốt")]
    [InlineData("Hằng năm có ít nhất 70% chi bộ đạt tiêu chuẩn trong sạch, vững mạnh.", ">=", 70, double.NaN, "%", 0, "yearly", "chi bộ")]
    [InlineData("Chỉ tiêu: mỗi năm kết nạp từ 1.200 đảng viên trở lên.", ">=", 1200, double.NaN, "đảng viên", 0, "yearly", "đảng viên")]
    [InlineData("Phấn đấu giai đoạn 2021 - 2025, tỷ lệ kết nạp đảng viên mới đạt từ 2% - 3% tổng số đảng viên.", "range", 2, 3, "%", 2025, "", "kết nạp")]
    [InlineData("Phấn đấu mỗi năm tăng 3-4% số đảng viên so với năm trước.", "range", 3, 4, "%", 0, "yearly", "")]
    [InlineData("Phấn đấu đến năm 2025, tỷ lệ đảng viên vi phạm phải xử lý kỷ luật dưới 1%.", "<", 1, double.NaN, "%", 2025, "", "tỷ lệ đảng viên vi phạm")]
    [InlineData("Đến năm 2030, phấn đấu số đảng viên bị kỷ luật hằng năm không quá 0,5% tổng số đảng viên.", "<=", 0.5, double.NaN, "%", 2030, "yearly", "")]
    [InlineData("Kế hoạch số 12-KH/TU đặt chỉ tiêu đến năm 2025 có 90% đảng viên được học tập nghị quyết.", "=", 90, double.NaN, "%", 2025, "", "học tập nghị quyết")]
    [InlineData("Mục tiêu: đến hết năm 2030, tối thiểu 60% bí thư chi bộ có trình độ đại học.", ">=", 60, double.NaN, "%", 2030, "", "bí thư chi bộ")]
    [InlineData("Phấn đấu trước năm 2028 có hơn 50 chi bộ doanh nghiệp ngoài nhà nước.", ">", 50, double.NaN, "chi bộ", 2028, "", "chi bộ")]
    [InlineData("Phấn đấu đến năm 2025, 100% thôn (làng), tổ dân phố có đảng viên.", "=", 100, double.NaN, "%", 2025, "", "tổ dân phố")]
    [InlineData("Phấn đấu nhiệm kỳ 2020 - 2025 có 98% trở lên đảng viên hoàn thành nhiệm vụ.", ">=", 98, double.NaN, "%", 2025, "", "hoàn thành nhiệm vụ")]
    [InlineData("Chỉ thị đề ra mục tiêu mỗi năm kết nạp ít nhất 1.500 đảng viên, trong đó trên 30% là đoàn viên.", ">=", 1500, double.NaN, "đảng viên", 0, "yearly", "kết nạp")]
    [InlineData("Chỉ thị đề ra mục tiêu mỗi năm kết nạp ít nhất 1.500 đảng viên, trong đó trên 30% là đoàn viên.", ">", 30, double.NaN, "%", 0, "yearly", "đoàn viên")]
    [InlineData("Mục tiêu đến năm 2025 tỷ lệ đảng viên dưới 30 tuổi đạt 25% tổng số đảng viên.", "=", 25, double.NaN, "%", 2025, "", "đảng viên dưới 30 tuổi")]
    [InlineData("Chỉ tiêu kết nạp đảng viên mới hằng năm đạt 3-4% tổng số đảng viên.", "range", 3, 4, "%", 0, "yearly", "kết nạp")]
    [InlineData("Phấn đấu đến năm  2025 có trên 90% chi bộ đạt trong sạch, vững mạnh.", ">", 90, double.NaN, "%", 2025, "", "chi bộ")]
    // Year sub-headings under a goal heading date the lines below them.
    [InlineData("II. MỤC TIÊU\n\n1. Đến năm 2026\n- Trên 85% chi bộ thôn có chi ủy.\n\n2. Đến năm 2031\n- 100% xã có đảng viên.", ">", 85, double.NaN, "%", 2026, "", "chi bộ thôn")]
    [InlineData("II. MỤC TIÊU\n\n1. Đến năm 2026\n- Trên 85% chi bộ thôn có chi ủy.\n\n2. Đến năm 2031\n- 100% xã có đảng viên.", "=", 100, double.NaN, "%", 2031, "", "xã")]
    [InlineData("MỤC TIÊU, CHỈ TIÊU\nb) Giai đoạn 2026 - 2030:\n- Mỗi năm kết nạp 300 đảng viên.", "=", 300, double.NaN, "đảng viên", 2030, "yearly", "kết nạp")]
    // A PDF's wrapped line runs on inside a headed list.
    [InlineData("II- MỤC TIÊU, CHỈ TIÊU ĐẾN NĂM 2027\n- Phấn đấu có trên 80% chi bộ trong doanh nghiệp ngoài khu\nvực nhà nước sinh hoạt tốt.\n- Thành lập mới ít nhất 25 tổ chức đảng.", ">=", 25, double.NaN, "tổ chức đảng", 2027, "", "tổ chức đảng")]
    public void Reads_goals(string text, string comparator, double value, double valueMax, string unit, int deadline, string recurring, string subjectWord)
    {
        var found = Find(text);
        var target = Assert.Single(found, t => t.Value == value);
        Assert.Equal(comparator, target.Comparator);
        Assert.Equal(double.IsNaN(valueMax) ? null : valueMax, target.ValueMax);
        Assert.Equal(unit, target.Unit);
        Assert.Equal(deadline == 0 ? null : deadline, target.Deadline);
        Assert.Equal(recurring.Length == 0 ? null : recurring, target.Recurring);
        Assert.Contains(subjectWord, target.Subject, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(target.Surface, text[target.Start..target.End]);
    }

    [Theory]
    [InlineData("Nghị quyết số 05-NQ/HU đề ra mục tiêu phấn đấu đến năm 2030 có trên 75% trưởng ấp là đảng viên.", "05-NQ/HU")]
    [InlineData("Năm 2022, Huyện ủy ban hành Đề án số 07-ĐA/HU về cán bộ cơ sở. Đề án đặt mục tiêu đến năm 2025: 100% bí thư chi bộ có trình độ trung cấp.", "07-ĐA/HU")]
    [InlineData("Thực hiện Nghị quyết số 09-NQ/TU về công tác đảng viên.\nTỷ lệ cấp ủy viên nữ chưa đạt mục tiêu Nghị quyết đề ra (phấn đấu đến năm 2025 có trên 20% cấp ủy viên là nữ).", "09-NQ/TU")]
    [InlineData("Thực hiện Chỉ thị số 28-CT/TW, Nghị quyết số 09-NQ/TU và Nghị quyết số 09-NQ/TU.\nNghị quyết đề ra chỉ tiêu: đến năm 2025 có 30% đảng viên trẻ.", "09-NQ/TU")]
    [InlineData("Phấn đấu đến năm 2025 có 95% chi bộ hoàn thành tốt nhiệm vụ.", null)]
    public void Carries_the_source_document(string text, string? source)
    {
        var target = Assert.Single(Find(text));
        Assert.Equal(source, target.Source);
    }

    [Theory]
    [InlineData("Mục tiêu đề ra là 90% chi bộ đạt loại tốt, đến nay mới đạt 85%.", 90, 85)]
    [InlineData("Tỷ lệ trưởng ấp là đảng viên chưa đạt mục tiêu (phấn đấu đến năm 2020 có 70% trưởng ấp là đảng viên), hiện đạt 52,4%.", 70, 52.4)]
    [InlineData("Tỷ lệ chi bộ trong sạch, vững mạnh đạt 86% (mục tiêu 90%).", 90, 86)]
    public void Tells_the_goal_from_the_result_in_one_sentence(string text, double goal, double reported)
    {
        var references = SeedObligationTests.References(text);
        Assert.Equal([goal], TargetRecognizer.Find(text, references).Select(t => t.Value));
        Assert.Contains(ResultRecognizer.Find(text, references), r => r.Value == reported);
        Assert.DoesNotContain(ResultRecognizer.Find(text, references), r => r.Value == goal);
    }

    [Fact]
    public void Deadline_and_source_carry_over_to_every_item_of_a_list()
    {
        const string text = "Tỉnh ủy ban hành Đề án số 21-ĐA/TU. Đề án đặt mục tiêu đến năm 2026: Trình độ: 100% có bằng tốt nghiệp; 60% có trình độ cao cấp trở lên.\n\nSinh hoạt chi bộ: Có từ 85% chi bộ trở lên/năm đạt loại tốt. Về kiểm tra: 100% chi bộ được kiểm tra.\n\nNăm 2021 toàn tỉnh có 70 đảng viên mới.";
        var found = Find(text);
        Assert.Equal([100, 60, 85, 100], found.Select(t => t.Value));
        Assert.All(found, t => Assert.Equal(2026, t.Deadline));
        Assert.All(found, t => Assert.Equal("21-ĐA/TU", t.Source));
        Assert.Equal("yearly", found[2].Recurring);
        Assert.Null(found[0].Recurring);
    }

    [Fact]
    public void Lines_under_a_goal_heading_are_goals_until_the_report_begins()
    {
        const string text = "II. CHỈ TIÊU\n- Phấn đấu hằng năm kết nạp từ 150 đảng viên trở lên.\n- Đến cuối năm 2026, 100% ấp có chi bộ; trên 92% chi bộ hoàn thành nhiệm vụ.\nIII. KẾT QUẢ\nNăm 2023 đã kết nạp 131 đảng viên, 97% chi bộ hoàn thành nhiệm vụ.";
        var found = Find(text);
        Assert.Equal([150, 100, 92], found.Select(t => t.Value));
        Assert.Equal("kết nạp đảng viên", found[0].Subject);
        Assert.Equal("yearly", found[0].Recurring);
        Assert.Equal(2026, found[1].Deadline);
        Assert.Equal(">", found[2].Comparator);
        Assert.Equal([131, 97], ResultRecognizer.Find(text, []).Select(r => r.Value));
    }

    [Theory]
    [InlineData("Năm 2023, toàn tỉnh kết nạp 1.310 đảng viên, đạt 101% chỉ tiêu.")]
    [InlineData("Các mục tiêu của kế hoạch đều đạt và vượt, trong đó 98% chi bộ hoàn thành nhiệm vụ.")]
    [InlineData("Đoàn viên ưu tú phấn đấu vào Đảng ngày càng nhiều, năm qua có 312 quần chúng được kết nạp.")]
    [InlineData("Hằng năm đều có trên 90% chi bộ được xếp loại hoàn thành tốt nhiệm vụ.")]
    [InlineData("Chỉ tiêu kết nạp đảng viên năm 2022 đạt 105%.")]
    [InlineData("Phấn đấu đến năm 2025 thực hiện tốt Quyết định số 99-QĐ/TW ngày 30/5/2025.")]
    [InlineData("Phấn đấu hoàn thành nhiệm vụ năm 2024.")]
    [InlineData("Tỷ lệ đảng viên là trưởng thôn chưa đạt chỉ tiêu đề ra; toàn tỉnh còn 12% thôn chưa có đảng viên.")]
    [InlineData("Kết quả, bình quân mỗi năm kết nạp 1.562 đảng viên, vượt chỉ tiêu đề ra.")]
    [InlineData("Các cấp ủy phấn đấu hoàn thành 100% chỉ tiêu Nghị quyết đề ra.")]
    [InlineData("Nhờ nỗ lực phấn đấu, đến nay có 95% chi bộ đạt trong sạch, vững mạnh.")]
    [InlineData("")]
    public void Reads_no_goal_where_none_is_set(string text) => Assert.Empty(Find(text));
}
