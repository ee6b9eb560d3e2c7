using Directives.Core.Documents;

namespace Directives.Core.Tests.Documents;

public class EffectiveDateTests
{
    [Theory]
    [InlineData("Quy định này có hiệu lực từ ngày ký.", "2019-03-12")]
    [InlineData("Quy định này có hiệu lực thi hành kể từ ngày ký, thay thế Quy định số 07-QĐi/TU.", "2019-03-12")]
    [InlineData("Quy chế có hiệu lực từ ngày 01/7/2020.", "2020-07-01")]
    [InlineData("Hướng dẫn này có hiệu lực kể từ ngày 15 tháng 8 năm 2021.", "2021-08-15")]
    [InlineData("Kế hoạch được triển khai đến các chi bộ.", null)]
    [InlineData("Quy định có hiệu lực từ ngày 31/02/2020.", null)]
    public void The_closing_clause_gives_the_effective_date(string text, string? expected)
        => Assert.Equal(expected is null ? null : DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            EffectiveDate.Read(text, new DateOnly(2019, 3, 12)));
}
