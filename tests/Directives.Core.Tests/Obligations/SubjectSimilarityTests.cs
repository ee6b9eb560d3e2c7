using Directives.Core.Obligations;

namespace Directives.Core.Tests.Obligations;

public sealed class SubjectSimilarityTests
{
    [Theory]
    [InlineData("thôn trưởng, tổ trưởng tổ dân phố là đảng viên", "thôn trưởng, tổ trưởng tổ dân phố chưa phải là đảng viên", 1.0)]
    [InlineData("ấp, khóm có chi bộ riêng", "ap, khom co chi bo rieng", 1.0)]
    [InlineData("thôn, làng có chi bộ riêng", "891/978 thôn, làng, tổ dân phố có chi bộ riêng", 0.73)]
    [InlineData("biên chế", "đảng viên mới là người dân tộc Khmer", 0)]
    public void Dice_over_folded_content_words(string goal, string result, double expected)
        => Assert.Equal(expected, SubjectSimilarity.Compare(goal, result).Score, 2);

    [Fact]
    public void Explains_the_shared_words_as_written()
    {
        var m = SubjectSimilarity.Compare("trưởng thôn, làng là đảng viên", "tỷ lệ trưởng thôn là đảng viên mới");
        Assert.Equal(["trưởng", "thôn", "đảng", "viên"], m.Shared);
        Assert.Contains("4 từ chung (trưởng, thôn, đảng, viên)", m.Explain());
    }
}
