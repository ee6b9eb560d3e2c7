using System.Text;
using Directives.Ingestion.Readers;

namespace Directives.Ingestion.Tests;

public sealed class HtmlReaderTests
{
    const string Page = """
        <!DOCTYPE html>
        <html lang="vi"><head>
          <meta charset="utf-8">
          <title>Tăng cường sự lãnh đạo của Đảng - Cổng thông tin Tỉnh ủy</title>
          <meta property="og:title" content="Tăng cường sự lãnh đạo của Đảng">
          <meta property="article:published_time" content="2019-11-06T16:20:00+07:00">
          <script>var menu = "Trang chủ"; trackVisit();</script>
          <style>.menu { color: red }</style>
        </head><body>
          <div class="top-banner"><img src="b.png" alt="banner">Cổng thông tin điện tử</div>
          <ul class="main-menu"><li><a href="/">Trang chủ</a></li><li><a href="/tt">Tin tức</a></li></ul>
          <div class="breadcrumb"><a href="/">Trang chủ</a> » Xây dựng Đảng</div>
          <div class="wrapper">
            <div class="news-detail">
              <h1>Tăng cường sự lãnh đạo của Đảng</h1>
              <p class="date">Thứ tư - 06/11/2019 16:20</p>
              <p>Thực hiện Chỉ thị số 28-CT/TW, ngày 21/01/2019 của Ban Bí thư([1]), Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số 121-KH/TU.</p>
              <p>Chia sẻ tại hội nghị, đồng chí Bí thư Tỉnh ủy nhấn mạnh yêu cầu kết nạp đảng viên.</p>
              <p>Các cấp ủy, tổ chức đảng tập trung <b>lãnh đạo</b>, chỉ đạo thực hiện nghiêm túc.<br>Kết quả bước đầu được đánh giá cao.</p>
              <div class="social-share"><a href="#">Chia sẻ</a> <a href="#">Facebook</a></div>
              <p>[1] Chỉ thị về nâng cao chất lượng kết nạp đảng viên.</p>
            </div>
            <div class="box"><h3>Ý kiến bạn đọc</h3><p>Chưa có bình luận nào cho bài viết này.</p></div>
            <div class="box"><h3>Tin liên quan</h3><ul><li><a href="/x">Hội nghị sơ kết công tác</a></li></ul></div>
          </div>
          <div class="stats"><strong>Thống kê truy cập</strong><p>Đang truy cập: 27</p><p>Tổng lượt truy cập: 123456</p></div>
          <footer>Bản quyền thuộc về Tỉnh ủy</footer>
          <script>document.write("Lượt truy cập")</script>
        </body></html>
        """;

    static ExtractedText Read(string html) => new HtmlReader().Read(new MemoryStream(Encoding.UTF8.GetBytes(html)), "a.html");

    [Fact]
    public void Keeps_only_the_article()
    {
        var result = Read(Page);
        Assert.Equal(
            """
            Tăng cường sự lãnh đạo của Đảng
            Thứ tư - 06/11/2019 16:20
            Thực hiện Chỉ thị số 28-CT/TW, ngày 21/01/2019 của Ban Bí thư([1]), Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số 121-KH/TU.
            Chia sẻ tại hội nghị, đồng chí Bí thư Tỉnh ủy nhấn mạnh yêu cầu kết nạp đảng viên.
            Các cấp ủy, tổ chức đảng tập trung lãnh đạo, chỉ đạo thực hiện nghiêm túc.
            Kết quả bước đầu được đánh giá cao.
            [1] Chỉ thị về nâng cao chất lượng kết nạp đảng viên.
            """.ReplaceLineEndings("\n"),
            result.Text);
        Assert.Equal("html", result.Format);
    }

    [Theory]
    [InlineData("Trang chủ")]
    [InlineData("Ý kiến bạn đọc")]
    [InlineData("Thống kê truy cập")]
    [InlineData("Tin liên quan")]
    [InlineData("Chia sẻ\n")]
    [InlineData("Facebook")]
    [InlineData("Bản quyền")]
    [InlineData("truy cập")]
    [InlineData("trackVisit")]
    [InlineData("Cổng thông tin")]
    public void Site_chrome_is_gone(string chrome) => Assert.DoesNotContain(chrome, Read(Page).Text, StringComparison.Ordinal);

    [Fact]
    public void Title_date_and_footnote_are_found()
    {
        var result = Read(Page);
        Assert.Equal("Tăng cường sự lãnh đạo của Đảng", result.Title);
        Assert.Equal(new DateTimeOffset(2019, 11, 6, 16, 20, 0, TimeSpan.FromHours(7)), result.Published);
        var note = Assert.Single(result.Footnotes);
        Assert.Equal("1", note.Marker);
        Assert.Equal("Chỉ thị về nâng cao chất lượng kết nạp đảng viên.", note.Text);
        Assert.Equal("[1]", result.Text.Substring(note.Offset!.Value, 3));
        Assert.True(note.Offset < result.Text.IndexOf("Ban Thường vụ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("<article><h1>Tiêu đề</h1><p>{0}</p></article><div class='comments'>Bình luận hay</div>", "itemless article")]
    [InlineData("<div itemprop='articleBody'><p>{0}</p></div><div>Liên hệ quảng cáo</div>", "itemprop")]
    [InlineData("<div><p>Menu ngắn</p></div><div id='main'><p>{0}</p><p>{0}</p></div>", "densest paragraphs")]
    [InlineData("<div class='detail'><div class='tools'><a>Chia sẻ</a> <a>In</a></div><p>{0}</p><p>{0}</p></div>", "share bar opening the article")]
    [InlineData("<div class='detail'><p>{0}</p><h3>Ý kiến bạn đọc</h3><p>Rất hay, quảng cáo giúp</p><div>Menu ngắn</div></div>", "comments inside the container")]
    public void Finds_the_article_container(string body, string because)
    {
        const string paragraph = "Ban Chấp hành Trung ương ban hành Nghị quyết số 18-NQ/TW về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả.";
        var result = Read($"<html><head><title>T</title></head><body>{string.Format(System.Globalization.CultureInfo.InvariantCulture, body, paragraph)}</body></html>");
        Assert.Contains(paragraph, result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("quảng cáo", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Bình luận", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Menu ngắn", result.Text, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(because));
    }

    [Theory]
    [InlineData("<meta itemprop='datePublished' content='2019-01-21'>", 2019, 1, 21)]
    [InlineData("<time datetime='2020-03-05T08:00:00+07:00'>05/03/2020</time>", 2020, 3, 5)]
    [InlineData("<span itemprop='datePublished'>06/11/2019 16:20</span>", 2019, 11, 6)]
    public void Published_date_variants(string markup, int year, int month, int day)
    {
        var result = Read($"<html><head><title>T</title></head><body>{markup}<article><p>Nội dung Chỉ thị 28-CT/TW.</p></article></body></html>");
        Assert.Equal(new DateTime(year, month, day), result.Published?.Date);
    }

    [Fact]
    public void A_body_container_is_widened_to_keep_the_headline_stamp_and_lead()
    {
        var result = Read("""
            <html><body><nav><a href="/">Trang chủ</a> <a href="/tin">Tin tức</a></nav>
            <div class="news-detail"><h1>Đắk Hà: Kết nạp 126 đảng viên</h1>
            <div class="time"><span>Thứ hai - 03/02/2020 09:14</span></div>
            <div class="hometext"><p>Năm 2019, Đảng bộ huyện kết nạp 126 đảng viên, vượt 5% chỉ tiêu.</p></div>
            <div class="bodytext"><p>Thực hiện Kế hoạch số 121-KH/TU của Ban Thường vụ Tỉnh ủy, Huyện ủy ban hành Kế hoạch số 52-KH/HU giao chỉ tiêu đến từng chi bộ.</p>
            <p>Trong số đảng viên mới có 71 đồng chí là người dân tộc thiểu số, chiếm 56,3%, phần lớn ở các thôn vùng sâu.</p></div></div>
            <footer>Thống kê truy cập: 1.234.567</footer></body></html>
            """);
        var lines = result.Text.Split('\n');
        Assert.Equal("Đắk Hà: Kết nạp 126 đảng viên", lines[0]);
        Assert.Equal("Thứ hai - 03/02/2020 09:14", lines[1]);
        Assert.StartsWith("Năm 2019, Đảng bộ huyện kết nạp", lines[2]);
        Assert.DoesNotContain("Thống kê truy cập", result.Text);
    }
}
