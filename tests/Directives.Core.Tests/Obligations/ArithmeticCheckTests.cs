using Directives.Core.Obligations;

namespace Directives.Core.Tests.Obligations;

public class ArithmeticCheckTests
{
    [Theory]
    [InlineData("có 1.024/1.100 = 93,09% chi bộ đạt loại tốt")]
    [InlineData("có 7/2.500 = 0,28% đảng viên vi phạm")]
    [InlineData("đạt 48/50 = 96% kế hoạch")]
    [InlineData("có 1.023/1.100 = 92,99% chi bộ")]
    [InlineData("có 1.023/1.100 = 93% chi bộ")]
    [InlineData("Tổng số 300 đảng viên([1]).\n([1]). Năm 2021: 100 đảng viên; năm 2022: 200 đảng viên.")]
    [InlineData("Kết nạp 310 đảng viên[2].\n[2] Khối A 120 đảng viên, khối B 190 đảng viên.")]
    [InlineData("Có 62 đảng viên được miễn sinh hoạt([3]).\n([3]). Có 62 đảng viên được miễn sinh hoạt.")]
    [InlineData("")]
    public void Finds_nothing_when_the_figures_agree(string text) => Assert.Empty(ArithmeticCheck.Find(text));

    [Theory]
    [InlineData("có 1.024/1.100 = 95,09% chi bộ đạt loại tốt", 95.09, 93.09)]
    [InlineData("có 48/50 = 69% đảng viên", 69, 96)]
    [InlineData("có 5/3.000 = 1,67% chi bộ", 1.67, 0.17)]
    [InlineData("Tổng số kết nạp 3.800 đảng viên([5]).\n([5]). Năm 2019 kết nạp 1.500 đảng viên; năm 2020 kết nạp 1.200 đảng viên; năm 2021 kết nạp 1.200 đảng viên.", 3800, 3900)]
    [InlineData("Kết nạp 310 đảng viên[2].\n[2] Khối A 120 đảng viên, khối B 180 đảng viên.", 310, 300)]
    public void Finds_a_figure_its_own_numbers_contradict(string text, double stated, double computed)
    {
        var issue = Assert.Single(ArithmeticCheck.Find(text));
        Assert.Equal(stated, issue.Stated, 6);
        Assert.Equal(computed, issue.Computed, 6);
        Assert.InRange(issue.Start, 0, issue.End - 1);
        Assert.False(string.IsNullOrWhiteSpace(issue.Message));
    }
}
