using Directives.Core.Documents;

namespace Directives.Core.Tests.Documents;

public class NewsHeadRecognizerTests
{
    [Theory]
    [InlineData("Long An sơ kết 3 năm thực hiện Chỉ thị 35-CT/TW\n\nThứ hai - 14/09/2020 09:15\nNgày 12/9, Ban Thường vụ...", "2020-09-14")]
    [InlineData("Trang chủ\n\nĐẩy mạnh kết nạp đảng viên trong doanh nghiệp tư nhân\n\n15:42, 11/05/2017\nThời gian qua...", "2017-05-11")]
    [InlineData("Đăng nhập\nNâng cao chất lượng sinh hoạt chi bộ ở nông thôn\n07:30 28/02/2024\nNội dung...", "2024-02-28")]
    [InlineData("Tỉnh ủy Bến Tre\n\nHọc tập và làm theo tư tưởng Hồ Chí Minh\n\n29/09/2021 00:00\nNội dung...", "2021-09-29")]
    [InlineData("Hội nghị tổng kết công tác xây dựng Đảng\nCập nhật: 04/01/2023 14:00\nNội dung...", "2023-01-04")]
    [InlineData("Sơ kết 3 năm thực hiện Chỉ thị 28\nThứ năm - 17/03/2022 15:45 Lượt xem: 1.284\nSáng 16/3, Ban Thường vụ...", "2022-03-17")]
    [InlineData("Hội nghị tổng kết công tác xây dựng Đảng\nNgày đăng: 04/01/2023\nNội dung...", "2023-01-04")]
    [InlineData("Hội nghị tổng kết công tác xây dựng Đảng\nThứ Tư, 13/05/2020, 16:20 [GMT+7]\nNội dung...", "2020-05-13")]
    [InlineData("Hội nghị tổng kết công tác xây dựng Đảng\nCập nhật lúc 16:20 ngày 13/05/2020\nNội dung...", "2020-05-13")]
    [InlineData("Hội nghị tổng kết công tác xây dựng Đảng\nChủ nhật, 07/06/2020 - 10:30\nNội dung...", "2020-06-07")]
    [InlineData("Kết quả thực hiện Nghị quyết 07-NQ/TU\nNội dung bài viết rất dài về kết quả thực hiện.\nPhạm Văn An\nLong An, ngày 20/10/2022", "2022-10-20")]   // signature at the end
    public void Finds_the_publication_stamp(string text, string expected)
        => Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), NewsHeadRecognizer.Recognize(text).Published);

    [Theory]
    [InlineData("Kết quả 02 năm thực hiện Chỉ thị 35-CT/TW, ngày 15/3/2018 của Bộ Chính trị và nhiệm vụ thời gian tới\n\nNội dung bài viết.\n\nThống kê truy cập\nTất cả: 526,410")]  // a date in the headline is no stamp
    [InlineData("Chỉ có chữ\nKhông có ngày")]
    [InlineData("")]
    public void No_stamp_no_date(string text) => Assert.Null(NewsHeadRecognizer.Recognize(text).Published);

    [Theory]
    [InlineData("Sign In\n\nNhân tố quyết định xây dựng tổ chức đảng vững mạnh\n\n20:03 20/12/2023\nNội dung", "Nhân tố quyết định xây dựng tổ chức đảng vững mạnh")]
    [InlineData("  Long An sơ kết 3 năm thực hiện Chỉ thị 35-CT/TW  \nThứ hai - 14/09/2020 09:15", "Long An sơ kết 3 năm thực hiện Chỉ thị 35-CT/TW")]
    [InlineData("Tổng kết công tác Đảng năm 2022\nNội dung", "Tổng kết công tác Đảng năm 2022")]
    public void Headline_is_the_title_line(string text, string expected)
        => Assert.Equal(expected, NewsHeadRecognizer.Recognize(text).Headline);

    [Fact]
    public void Empty_text_has_no_headline() => Assert.Equal(new NewsHead(null, null), NewsHeadRecognizer.Recognize(""));
}
