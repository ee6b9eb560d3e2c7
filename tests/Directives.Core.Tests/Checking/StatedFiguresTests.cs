using Directives.Core.Checking;
using Directives.Core.Obligations;
using Directives.Core.Tests.Seeds;
using Directives.Core.Text;

namespace Directives.Core.Tests.Checking;

/// <summary>Totals against the parts listed beside them, and shares written as a count and a percentage.</summary>
public sealed class StatedFiguresTests
{
    [Theory]
    [InlineData("Toàn Đảng bộ có tổng số 125 đảng viên, gồm 80 nam và 40 nữ.", "125 đảng viên", 125, 120)]
    [InlineData("Đảng bộ huyện có 42 tổ chức cơ sở đảng, bao gồm: 30 chi bộ cơ sở, 10 đảng bộ cơ sở.", "42 tổ chức cơ sở đảng", 42, 40)]
    [InlineData("Tổng số 1.250 đảng viên gồm 800 nam, 350 nữ.", "1.250 đảng viên", 1250, 1150)]
    [InlineData("Năm 2020 kết nạp 120 đảng viên, năm 2021 kết nạp 130 đảng viên, tổng cộng 260 đảng viên.", "260 đảng viên", 260, 250)]
    [InlineData("Khối Đảng 35 chi bộ; khối chính quyền 22 chi bộ; khối doanh nghiệp 18 chi bộ, tổng số 70 chi bộ.", "70 chi bộ", 70, 75)]
    public void A_total_that_is_not_the_sum_of_its_parts_is_marked(string text, string surface, double stated, double sum)
    {
        var finding = Assert.Single(StatedFigures.Find(text));
        Assert.Equal(FindingCodes.Arithmetic, finding.Code);
        Assert.Equal(surface, finding.Surface);
        Assert.Equal(surface, text[finding.Start..finding.End]);
        Assert.Contains($"tổng {VietnameseNumber.Format(stated)}", finding.Message, StringComparison.Ordinal);
        Assert.Contains($"cộng lại được {VietnameseNumber.Format(sum)}", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("45/50 xã đạt 95% tiêu chí nông thôn mới.", "95%", "90%")]
    [InlineData("Có 45/50 xã (95%) hoàn thành chỉ tiêu.", "95%", "90%")]
    [InlineData("Kết nạp được 1.024/1.100 đảng viên, đạt 98,5% kế hoạch.", "98,5%", "93,1%")]
    [InlineData("Đã có 7/9 huyện, thành phố, bằng 87% ban hành kế hoạch.", "87%", "78%")]
    [InlineData("Có 312/400 chi bộ, chiếm tỷ lệ 80% xếp loại tốt.", "80%", "78%")]
    public void A_share_whose_percentage_is_not_its_count_is_marked(string text, string surface, string right)
    {
        var finding = Assert.Single(StatedFigures.Find(text));
        Assert.Equal(surface, text[finding.Start..finding.End]);
        Assert.Equal(right, finding.Suggestion);
        Assert.StartsWith("Tỷ lệ không khớp", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Toàn Đảng bộ có tổng số 125 đảng viên, gồm 80 nam và 45 nữ.")]
    [InlineData("Tổng số 125 đảng viên, gồm 80 nam, 45 nữ, 20 đảng viên là người dân tộc thiểu số.")]
    [InlineData("Năm 2020 kết nạp 120 đảng viên, năm 2021 kết nạp 130 đảng viên, tổng cộng 250 đảng viên.")]
    [InlineData("Năm 2021 kết nạp 130 đảng viên, nâng tổng số 4.260 đảng viên toàn tỉnh.")]
    [InlineData("Kế hoạch số 121 gồm 3 phần và 2 phụ lục.")]
    [InlineData("Năm 2019, đơn vị gồm 3 chi bộ và 2 đảng bộ.")]
    [InlineData("Đoàn kiểm tra gồm 5 đồng chí, trong đó 2 đồng chí là Tỉnh ủy viên.")]
    [InlineData("Tổng số 125 đảng viên, trong đó 80 nam, 20 đảng viên trẻ.")]
    [InlineData("45/50 xã đạt 90% tiêu chí nông thôn mới.")]
    [InlineData("46/49 xã đạt 94%; 46/49 xã đạt 93,9%.")]
    [InlineData("Có 2/3 số xã đạt 66,7% chỉ tiêu.")]
    [InlineData("Đến tháng 12/2019 đạt 95% kế hoạch.")]
    [InlineData("Ngày 21/01/2019 đạt 95% kế hoạch.")]
    [InlineData("Tỷ lệ 1.200/1.500 = 80% chi bộ.")]
    [InlineData("")]
    public void Figures_that_agree_or_are_not_a_sum_are_left_alone(string text) => Assert.Empty(StatedFigures.Find(text));

    [Fact]
    public void The_checker_marks_them_in_the_draft()
    {
        const string text = "Báo cáo kết quả công tác năm 2023.\nTổng số 125 đảng viên, gồm 80 nam và 40 nữ; 45/50 xã đạt 95% chỉ tiêu.";
        var report = DraftChecker.Check(Directives.Core.Extraction.Extractor.Extract(new() { Source = "du-thao.txt", Text = text }), text, new AuthorityLookup());
        Assert.Equal(["125 đảng viên", "95%"], report.Findings.Where(f => f.Code == FindingCodes.Arithmetic).Select(f => text[f.Start..f.End]));
    }

    /// <summary>The seeds and every text of the sample corpus state figures that agree: none may be flagged.</summary>
    [Fact]
    public void No_figure_of_the_seeds_or_the_sample_corpus_is_flagged()
    {
        var texts = SeedCorpus.Files().Select(f => (f.File, f.Text)).ToList();
        foreach (var folder in new[] { RepositoryPaths.SampleCorpus, Path.Combine(RepositoryPaths.Root, "tools", "Directives.SampleCorpus", "Sources") })
            foreach (var file in Directory.EnumerateFiles(folder, "*.*", SearchOption.AllDirectories).Where(f => f.EndsWith(".txt", StringComparison.Ordinal) || f.EndsWith(".html", StringComparison.Ordinal)))
                texts.Add((file, VietnameseText.Normalize(File.ReadAllText(file))));
        Assert.True(texts.Count > 30, $"only {texts.Count} texts");
        var flagged = texts.SelectMany(t => StatedFigures.Find(t.Text).Select(f => $"{Path.GetFileName(t.File)}: {f.Surface} — {f.Message}")).ToList();
        Assert.True(flagged.Count == 0, string.Join(Environment.NewLine, flagged));
    }
}
