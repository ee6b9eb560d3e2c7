using Directives.Core.Dates;
using Directives.Core.Text;

namespace Directives.Core.Tests.Dates;

public class VietnameseDatesTests
{
    [Theory]
    [InlineData("ban hành ngày 15/03/2020", "2020-03-15", "Day")]
    [InlineData("ngày 7-11-2016 của", "2016-11-07", "Day")]
    [InlineData("ngày 09/9/2021", "2021-09-09", "Day")]
    [InlineData("ngày 3/9/2021", "2021-09-03", "Day")]
    [InlineData("ngày 12.10.2020", "2020-10-12", "Day")]
    [InlineData("ngày 17 tháng 02 năm 2020", "2020-02-17", "Day")]
    [InlineData("Long An, ngày 02 tháng 7 năm 2018", "2018-07-02", "Day")]
    [InlineData("Hà Nội, ngày  15  tháng 10 năm 2021", "2021-10-15", "Day")]
    [InlineData("Hà Nội, NGÀY 15 THÁNG 10 NĂM 2021", "2021-10-15", "Day")]
    [InlineData("Thứ sáu - 13/03/2020 08:05", "2020-03-13", "Day")]
    [InlineData("Chủ nhật, 07/06/2020 - 10:30", "2020-06-07", "Day")]
    [InlineData("15:42, 11/05/2017", "2017-05-11", "Day")]
    [InlineData("07:30 28/02/2024", "2024-02-28", "Day")]
    [InlineData("29/09/2021 00:00", "2021-09-29", "Day")]
    [InlineData("Cập nhật: 04/01/2023 14:00", "2023-01-04", "Day")]
    [InlineData("ngày 29/02/2020", "2020-02-29", "Day")]       // leap day
    [InlineData("ngày 5 - 6 - 2019", "2019-06-05", "Day")]     // spaced separators
    [InlineData("ngày 15/03/20200", "2020-03-15", "Day")]      // one stray digit in the year
    [InlineData("trong tháng 6/2021", "2021-06-01", "Month")]
    [InlineData("tháng 6 năm 2021", "2021-06-01", "Month")]
    [InlineData("tháng 11-2019", "2019-11-01", "Month")]
    [InlineData("từ năm 2019 đến 6/2021", "2019-01-01|2021-06-01", "Year|Month")]
    [InlineData("đầu năm 2023", "2023-01-01", "Year")]
    [InlineData("từ 3-2-1930 - 3-2-2020", "1930-02-03|2020-02-03", "Day|Day")]   // a range gives two dates
    [InlineData("ngày 02/4/2019 và ngày 10/10/2019", "2019-04-02|2019-10-10", "Day|Day")]
    public void Finds_dates(string text, string dates, string precisions)
    {
        var found = VietnameseDates.Find(VietnameseText.Normalize(text));
        Assert.Equal(dates.Split('|'), found.Select(f => f.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(precisions.Split('|'), found.Select(f => f.Precision.ToString()));
    }

    [Theory]
    [InlineData("ngày 15/03/20200", "year 20200 read as 2020")]
    [InlineData("ngày 21/01/20219", "year 20219 read as 2019")]
    [InlineData("ngày 4 tháng 5 năm 20118", "year 20118 read as 2018")]
    public void Repairs_a_mistyped_year_with_a_warning(string text, string warning)
    {
        var match = Assert.Single(VietnameseDates.Find(text));
        Assert.Equal(warning, match.Warning);
    }

    [Theory]
    [InlineData("ngày 31/02/2019")]            // no such day
    [InlineData("ngày 31/04/2021")]
    [InlineData("ngày 12/13/2020")]
    [InlineData("có 604/3.174 chi bộ")]        // a fraction with a thousands separator
    [InlineData("3.174 đảng viên")]
    [InlineData("đạt 98,44%, tăng 1.540")]
    [InlineData("Luật số 22/2023/QH15")]
    [InlineData("Thông tư 01/2019/TT-BNV")]
    [InlineData("Kế hoạch số 5/2021")]
    [InlineData("35-CT/TW")]
    [InlineData("ngày 15/03/99999")]
    [InlineData("năm 1800")]
    [InlineData("lúc 16:20")]
    public void Rejects_what_is_not_a_date(string text) => Assert.Empty(VietnameseDates.Find(text));

    [Fact]
    public void Span_covers_the_day_word_and_the_date()
    {
        const string text = "Kế hoạch số 214-KH/TU, ngày 02 tháng 7 năm 2018 của";
        var match = Assert.Single(VietnameseDates.Find(text));
        Assert.Equal("ngày 02 tháng 7 năm 2018", text.Substring(match.Start, match.Length));
    }

    [Theory]
    [InlineData("15/03/2020", "2020-03-15")]
    [InlineData("ngày 7 tháng 11 năm 2016", "2016-11-07")]
    [InlineData("tháng 6/2021", "2021-06-01")]
    public void TryParse_reads_a_date(string text, string expected)
    {
        Assert.True(VietnameseDates.TryParse(text, out var date));
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), date);
    }

    [Theory]
    [InlineData("")]
    [InlineData("35")]
    [InlineData("31/02/2020")]
    public void TryParse_fails_without_a_date(string text) => Assert.False(VietnameseDates.TryParse(text, out _));
}
