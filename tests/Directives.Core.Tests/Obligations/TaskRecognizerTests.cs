using System.Diagnostics;
using Directives.Core.Extraction;
using Directives.Core.Obligations;
using Directives.Core.Tests.Seeds;

namespace Directives.Core.Tests.Obligations;

public class TaskRecognizerTests
{
    // leads and supporting: bodies joined by "|", "" = none.
    [Theory]
    [InlineData("Giao Ban Dân vận Huyện ủy chủ trì, phối hợp với Ủy ban Mặt trận Tổ quốc huyện theo dõi, đôn đốc việc thực hiện.", "Ban Dân vận Huyện ủy", "Ủy ban Mặt trận Tổ quốc huyện")]
    [InlineData("Các huyện ủy, thị ủy, thành ủy và đảng ủy trực thuộc Tỉnh ủy căn cứ Chỉ thị này xây dựng kế hoạch thực hiện.", "Các huyện ủy|thị ủy|thành ủy|đảng ủy trực thuộc Tỉnh ủy", "")]
    [InlineData("Ban Tuyên giáo Tỉnh ủy tham mưu tổ chức hội nghị học tập chuyên đề.", "Ban Tuyên giáo Tỉnh ủy", "")]
    [InlineData("Văn phòng Tỉnh ủy theo dõi, tổng hợp, báo cáo Ban Thường vụ Tỉnh ủy kết quả thực hiện.", "Văn phòng Tỉnh ủy", "")]
    [InlineData("Đảng đoàn Hội Nông dân tỉnh chỉ đạo các cấp hội tham gia giám sát.", "Đảng đoàn Hội Nông dân tỉnh", "")]
    [InlineData("Ban cán sự đảng Ủy ban nhân dân tỉnh lãnh đạo các sở, ngành rà soát vị trí việc làm.", "Ban cán sự đảng Ủy ban nhân dân tỉnh", "")]
    [InlineData("Ủy ban Mặt trận Tổ quốc và các đoàn thể tỉnh tuyên truyền, vận động đoàn viên, hội viên.", "Ủy ban Mặt trận Tổ quốc|các đoàn thể tỉnh", "")]
    [InlineData("2. Ban Tổ chức Huyện ủy phối hợp với Văn phòng Huyện ủy, Ủy ban Kiểm tra Huyện ủy hướng dẫn các chi bộ.", "Ban Tổ chức Huyện ủy", "Văn phòng Huyện ủy|Ủy ban Kiểm tra Huyện ủy")]
    [InlineData("Ban Thường vụ Thành ủy giao Ban Nội chính Thành ủy chủ trì sơ kết việc thực hiện.", "Ban Nội chính Thành ủy", "")]
    [InlineData("Trong thời gian tới, Ban Dân vận Tỉnh ủy sẽ tham mưu ban hành quy chế phối hợp.", "Ban Dân vận Tỉnh ủy", "")]
    [InlineData("- Chi bộ thôn sinh hoạt định kỳ mỗi tháng một lần.", "Chi bộ thôn", "")]
    [InlineData("Cấp ủy các cấp thường xuyên kiểm tra, giám sát việc thực hiện.", "Cấp ủy các cấp", "")]
    [InlineData("Giao cho Đảng ủy Quân sự tỉnh xây dựng kế hoạch triển khai.", "Đảng ủy Quân sự tỉnh", "")]
    [InlineData("Ban Tổ chức Tỉnh ủy được giao chủ trì thẩm định đề án.", "Ban Tổ chức Tỉnh ủy", "")]
    [InlineData("Bộ Chính trị yêu cầu các cấp ủy, tổ chức đảng tập trung lãnh đạo thực hiện tốt các nội dung sau:", "các cấp ủy|tổ chức đảng", "")]
    [InlineData("Giao Ban Tổ chức Thành ủy chủ trì, phối hợp với các ban đảng Thành ủy\nhướng dẫn, kiểm tra việc thực hiện.", "Ban Tổ chức Thành ủy", "các ban đảng Thành ủy")]
    [InlineData("a) Các chi bộ xóm, tiểu khu lập danh sách quần chúng ưu tú.", "Các chi bộ xóm, tiểu khu", "")]
    [InlineData("Các sở, ban, ngành và Ủy ban nhân dân các huyện rà soát, sắp xếp bộ máy.", "Các sở, ban, ngành|Ủy ban nhân dân các huyện", "")]
    [InlineData("Ba là, Ban Tuyên giáo cấp ủy phối hợp với Ủy ban kiểm tra cấp ủy các cấp tăng cường giám sát việc học tập.", "Ban Tuyên giáo cấp ủy", "Ủy ban kiểm tra cấp ủy các cấp")]
    [InlineData("Bốn là, các huyện ủy, thị ủy thường xuyên chỉ đạo việc sinh hoạt chi bộ.", "các huyện ủy|thị ủy", "")]
    [InlineData("Các sở, ngành tỉnh phối hợp với Ban Dân vận Tỉnh ủy thực hiện quy chế dân chủ.", "Các sở, ngành tỉnh", "Ban Dân vận Tỉnh ủy")]
    [InlineData("Hướng dẫn thực hiện Kế hoạch số 30-KH/TU của Ban Thường vụ Tỉnh ủy.\nBan Tổ chức Tỉnh ủy chủ trì hướng dẫn\nviệc thực hiện; phối hợp với Văn phòng Tỉnh ủy tổng hợp kết quả.", "Ban Tổ chức Tỉnh ủy", "")]
    public void Finds_who_must_do_it(string text, string leads, string supporting)
    {
        var task = Assert.Single(TaskRecognizer.Find(text));
        Assert.Equal(Split(leads), task.Leads);
        Assert.Equal(Split(supporting), task.Supporting);
        Assert.Equal(task.Surface, text[task.Start..task.End]);
        Assert.False(string.IsNullOrWhiteSpace(task.Text));
        Assert.EndsWith(task.Text, task.Surface, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Ban Tổ chức Tỉnh ủy đã hướng dẫn các huyện ủy rà soát đảng viên.")]
    [InlineData("Năm 2021, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 14-KH/TU về học tập và làm theo Bác.")]
    [InlineData("Ban Thường vụ Huyện ủy ban hành Kế hoạch số 52-KH/HU về phát triển đảng viên.")]
    [InlineData("Các huyện ủy, thành ủy đều đã xây dựng kế hoạch thực hiện.")]
    [InlineData("Thời gian qua, Ban Tuyên giáo Tỉnh ủy tham mưu tổ chức nhiều hội nghị.")]
    [InlineData("Giao chỉ tiêu kết nạp đảng viên cho từng chi bộ.")]
    [InlineData("Ban Thường vụ Huyện ủy báo cáo kết quả thực hiện từ năm 2019 đến nay như sau:")]
    [InlineData("Ủy ban Kiểm tra Tỉnh ủy chưa kiểm tra việc thực hiện ở một số đảng bộ.")]
    [InlineData("Phấn đấu đến năm 2025 có 90% chi bộ đạt trong sạch, vững mạnh.")]
    [InlineData("Đồng chí Bí thư Tỉnh ủy cho biết, việc kết nạp đảng viên ở vùng đồng bào còn khó khăn.")]
    [InlineData("TỈNH ỦY TRÀ VINH\nBAN TỔ CHỨC\n*\nSố 05-HD/BTCTU")]
    [InlineData("Nơi nhận:\n- Ban Tổ chức Trung ương,\n- Ban Thường vụ Tỉnh ủy (báo cáo),\n- Lưu Văn phòng Tỉnh ủy.")]
    [InlineData("Ban Tổ chức Tỉnh ủy đang phối hợp với các huyện ủy rà soát hồ sơ.")]
    [InlineData("Nâng cao chất lượng sinh hoạt chi bộ, đảng bộ bảo đảm tính lãnh đạo, giáo dục.")]
    [InlineData("Một số tổ chức đảng chưa làm tốt công tác kiểm tra, giám sát.")]
    [InlineData("Tỉnh ủy và các cấp ủy luôn chú trọng đổi mới phương thức lãnh đạo.")]
    [InlineData("Hằng năm, tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên đạt trên 85%.")]
    [InlineData("Chi bộ hoàn thành tốt nhiệm vụ trở lên đạt 92,5%; đảng viên hoàn thành tốt nhiệm vụ đạt 90%.")]
    [InlineData("Hướng dẫn thực hiện Kế hoạch số 30-KH/TU, ngày 12/3/2020 của Ban Thường vụ\nTỉnh ủy thực hiện Chỉ thị số 28-CT/TW của Ban Bí thư về công tác phát triển đảng viên")]
    public void Is_not_a_task(string text) => Assert.Empty(TaskRecognizer.Find(text));

    // deadline "" = none; year 0 = none; recurrence "" = none.
    [Theory]
    [InlineData("Các đảng ủy xã xây dựng kế hoạch, báo cáo kết quả trước ngày 30/6/2023.", "2023-06-30", 2023, "", false)]
    [InlineData("Ban Tổ chức Huyện ủy theo dõi, định kỳ hằng năm sơ kết, báo cáo Ban Thường vụ.", "", 0, "yearly", false)]
    [InlineData("Các chi bộ báo cáo kết quả 6 tháng, hằng năm về Đảng ủy xã.", "", 0, "half-yearly", false)]
    [InlineData("Ban Tuyên giáo Thành ủy tham mưu sơ kết trong quý IV/2019.", "", 2019, "", false)]
    [InlineData("Các cấp ủy thường xuyên quán triệt, kịp thời chấn chỉnh những biểu hiện lệch lạc.", "", 0, "", true)]
    [InlineData("Văn phòng Huyện ủy tổng hợp, báo cáo Thường trực Huyện ủy hằng quý.", "", 0, "quarterly", false)]
    [InlineData("Đảng ủy Khối Doanh nghiệp tham mưu tổng kết vào năm 2025.", "", 2025, "", false)]
    [InlineData("Các huyện ủy hoàn thành việc kiện toàn chậm nhất ngày 15/3/2024.", "2024-03-15", 2024, "", false)]
    [InlineData("Các chi ủy tổ chức sinh hoạt chuyên đề mỗi quý một lần.", "", 0, "quarterly", false)]
    [InlineData("Ban Tổ chức Tỉnh ủy rà soát, báo cáo trong thời hạn 6 tháng.", "", 0, "", false)]
    [InlineData("Các huyện ủy thực hiện Kế hoạch số 45-KH/HU, ngày 02/5/2019 của Ban Thường vụ Tỉnh ủy.", "", 0, "", false)]
    [InlineData("Ủy ban Kiểm tra Huyện ủy hướng dẫn, theo dõi; báo cáo kết quả trước ngày 30/11 hằng năm.", "", 0, "yearly", false)]
    [InlineData("Các huyện ủy, thành ủy xây dựng kế hoạch, hoàn thành trong tháng 9/2022.", "", 2022, "", false)]
    [InlineData("Văn phòng Đảng ủy tổng hợp, báo cáo Ban Thường vụ Huyện ủy 6 tháng và cuối năm.", "", 0, "half-yearly", false)]
    [InlineData("Các đảng ủy trực thuộc báo cáo sơ kết 6 tháng trước ngày 10/6, báo cáo năm trước ngày 10/12.", "", 0, "half-yearly", false)]
    [InlineData("Các huyện ủy xây dựng kế hoạch; báo cáo kết quả năm trước ngày 25/11.", "", 0, "yearly", false)]
    [InlineData("Các sở, ngành tỉnh xây dựng đề án vị trí việc làm giai đoạn 2021 - 2025, chia theo từng năm.", "", 0, "", false)]
    [InlineData("Thường trực Huyện ủy liên tục theo dõi, nắm tình hình cơ sở.", "", 0, "", true)]
    [InlineData("Chi bộ sinh hoạt định kỳ vào ngày mùng 5 hằng tháng.", "", 0, "monthly", false)]
    public void Reads_when_it_is_due(string text, string deadline, int year, string recurrence, bool ongoing)
    {
        var task = Assert.Single(TaskRecognizer.Find(text));
        Assert.Equal(deadline.Length == 0 ? null : deadline, task.Deadline);
        Assert.Equal(year == 0 ? null : year, task.DeadlineYear);
        Assert.Equal(recurrence.Length == 0 ? null : recurrence, task.Recurrence);
        Assert.Equal(ongoing, task.Ongoing);
        Assert.Equal(task.Surface, text[task.Start..task.End]);
    }

    [Fact]
    public void A_clause_without_bodies_continues_the_task_and_a_new_body_opens_another()
    {
        const string text = "1. Giao Ban Tổ chức Tỉnh ủy chủ trì theo dõi việc thực hiện; tham mưu sơ kết vào năm 2026; Ban cán sự đảng Ủy ban nhân dân tỉnh chỉ đạo Sở Nội vụ theo dõi khối chính quyền.";
        var tasks = TaskRecognizer.Find(text);
        Assert.Equal(2, tasks.Count);
        Assert.Equal(["Ban Tổ chức Tỉnh ủy"], tasks[0].Leads);
        Assert.Equal(2026, tasks[0].DeadlineYear);
        Assert.StartsWith("Giao Ban", tasks[0].Surface, StringComparison.Ordinal);
        Assert.Equal(["Ban cán sự đảng Ủy ban nhân dân tỉnh"], tasks[1].Leads);
        Assert.Null(tasks[1].DeadlineYear);
        Assert.All(tasks, t => Assert.Equal(t.Surface, text[t.Start..t.End]));
    }

    [Fact]
    public void The_extractor_reports_tasks()
    {
        const string text = "Giao Ban Tuyên giáo Tỉnh ủy chủ trì, phối hợp với Ban Tổ chức Tỉnh ủy hướng dẫn thực hiện; báo cáo kết quả trước ngày 15/12/2024.";
        var result = Extractor.Extract(new ExtractionInput { Source = "x.txt", Text = text });
        var task = Assert.Single(result.Tasks);
        Assert.Equal("2024-12-15", task.Deadline);
        Assert.Equal(["Ban Tổ chức Tỉnh ủy"], task.Supporting);
    }

    [Fact]
    public void Long_texts_without_breaks_are_scanned_in_linear_time()
    {
        var parts = new[]
        {
            string.Concat(Enumerable.Repeat("Ban Tổ chức Tỉnh ủy, ", 20_000)),
            string.Concat(Enumerable.Repeat("Giao Ban Tổ chức Tỉnh ủy chủ trì, phối hợp với ", 5_000)),
            string.Concat(Enumerable.Repeat("Các huyện ủy xây dựng kế hoạch; ", 10_000)),
            string.Concat(Enumerable.Repeat("hằng năm 6 tháng trước ngày 1/1/2020 ", 10_000)),
        };
        foreach (var text in parts)
        {
            var clock = Stopwatch.StartNew();
            var tasks = TaskRecognizer.Find(text);
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"{clock.Elapsed} for {text.Length} chars");
            Assert.All(tasks, t => Assert.Equal(t.Surface, text[t.Start..t.End]));
        }
    }

    [Fact]
    public void Every_seed_task_names_a_body_and_points_at_its_own_words()
    {
        foreach (var (file, text, _) in SeedCorpus.Files())
        {
            foreach (var task in TaskRecognizer.Find(text))
            {
                Assert.True(task.Surface == text[task.Start..task.End], file);
                Assert.NotEmpty(task.Leads);
                Assert.All(task.Leads.Concat(task.Supporting), b => Assert.Contains(b.Split(' ')[^1], task.Surface, StringComparison.Ordinal));
                Assert.Contains(task.Text, task.Surface, StringComparison.Ordinal);
                Assert.True(task.Deadline is null || task.DeadlineYear == int.Parse(task.Deadline[..4], System.Globalization.CultureInfo.InvariantCulture), file);
            }
        }
    }

    static string[] Split(string joined) => joined.Length == 0 ? [] : joined.Split('|');
}
