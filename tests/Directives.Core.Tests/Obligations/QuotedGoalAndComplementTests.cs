using Directives.Core.Obligations;

namespace Directives.Core.Tests.Obligations;

public sealed class QuotedGoalAndComplementTests
{
    [Fact]
    public void A_goal_quoted_after_chua_dat_carries_the_verdict_and_the_complement_is_marked()
    {
        const string text = "Tỷ lệ thôn trưởng là đảng viên chưa đạt mục tiêu Nghị quyết đề ra (phấn đấu đến năm 2018, có trên 60% thôn trưởng là đảng viên). "
                            + "Hiện tại, toàn tỉnh còn 401 thôn trưởng chưa phải là đảng viên, chiếm 45,88%.";
        var target = Assert.Single(TargetRecognizer.Find(text, []));
        Assert.False(target.Achieved);
        Assert.Equal(60, target.Value);
        var result = Assert.Single(ResultRecognizer.Find(text, []), r => r.Value == 45.88);
        Assert.True(result.Complement);
    }

    [Theory]
    [InlineData("Phấn đấu đến năm 2025 có trên 90% chi bộ đạt trong sạch, vững mạnh.")]
    [InlineData("Nghị quyết đặt mục tiêu đến năm 2025: 100% chi bộ có cấp ủy.")]
    public void A_goal_set_plainly_says_nothing_of_its_outcome(string text)
        => Assert.All(TargetRecognizer.Find(text, []), t => Assert.Null(t.Achieved));

    [Theory]
    [InlineData("Có 94,7% ấp, khóm có chi bộ riêng.", false)]
    [InlineData("Còn 8,9% thôn, làng chưa có chi bộ riêng.", true)]
    [InlineData("Tỷ lệ cán bộ không đạt chuẩn chiếm 4,3%.", true)]
    public void A_share_of_what_is_still_missing_is_a_complement(string text, bool complement)
        => Assert.Equal(complement, Assert.Single(ResultRecognizer.Find(text, [])).Complement);
}
