using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Directives.Web.Tests;

/// <summary>What officers do every day, end to end in the browser, on the sample corpus.</summary>
[Collection(WebCollection.Name)]
public sealed class OfficerFlowTests(WebApp app)
{
    [Fact]
    public async Task Unaccented_search_finds_accented_text_and_a_citation_in_any_form_comes_first()
    {
        await using var page = await app.OpenAsync("?q=ket+nap+dang+vien", 1280);
        Assert.Contains("kết nạp", (await page.Page.InnerTextAsync("#results-body")).ToLowerInvariant());
        Assert.True(await page.Page.Locator(".hit").CountAsync() > 0);
        // Validity on the cards, none on news.
        Assert.True(await page.Page.Locator(".hit .validity").CountAsync() > 0);

        await page.GotoAsync(app.BaseUrl + "?q=ct+28");
        var first = await page.Page.Locator(".hit").First.InnerTextAsync();
        Assert.Contains("28-CT/TW", first);
        await page.ScreenshotAsync("screenshot.png");
    }

    [Fact]
    public async Task Facets_combine_several_values_and_the_status_and_level_filters_narrow_the_results()
    {
        await using var page = await app.OpenAsync("?q=dang+vien", 1280);
        var all = await Total(page);
        await page.SearchAsync(() => page.Page.Locator("#facets a.facet-item", new() { HasText = "Cấp tỉnh" }).ClickAsync());
        var province = await Total(page);
        Assert.InRange(province, 1, all - 1);
        await page.SearchAsync(() => page.Page.Locator("#facets a.facet-item", new() { HasText = "Cấp huyện" }).ClickAsync());
        Assert.InRange(await Total(page), province + 1, all);
        Assert.Contains("level=province", page.Page.Url);
        Assert.Contains("level=district", page.Page.Url);
        await page.SearchAsync(() => page.Page.Locator("#facets a.facet-item", new() { HasText = "Còn hiệu lực" }).ClickAsync());
        Assert.All(await page.Page.Locator(".hit .validity").AllInnerTextsAsync(), v => Assert.Equal("Còn hiệu lực", v));
        Assert.Empty(page.Errors);
    }

    [Fact]
    public async Task Dates_are_typed_day_first_in_an_English_browser_and_search_once_settled()
    {
        await using var page = await app.OpenAsync("?q=dang+vien", 1280);
        var searches = 0;
        page.Page.Request += (_, r) => { if (r.Url.Contains("/api/search")) searches++; };
        await page.SearchAsync(() => page.Page.Locator("#from").PressSequentiallyAsync("01/01/2021", new() { Delay = 40 }));
        await page.Page.WaitForTimeoutAsync(800);
        Assert.Equal(1, searches);
        Assert.Equal("01/01/2021", await page.Page.Locator("#from").InputValueAsync());
        Assert.All(await page.Page.Locator(".hit-sub").AllInnerTextsAsync(), sub =>
            Assert.True(!Regex.IsMatch(sub, @"/20(0\d|1\d|20)\b"), sub));
    }

    [Fact]
    public async Task The_document_page_shows_text_first_status_diagram_levels_and_evidence_with_numbers()
    {
        await using var page = await app.OpenAsync("#/doc/trung-uong:28-CT-TW-2019-ket-nap-dang-vien.pdf", 1280);
        await page.Page.WaitForSelectorAsync("#doc-graph[aria-busy=false]", new() { State = WaitForSelectorState.Attached });
        var textTop = await page.Page.EvaluateAsync<double>("() => document.querySelector('.doc-text').getBoundingClientRect().top");
        Assert.True(textTop < 900, $"the full text starts at {textTop} px");
        Assert.Equal("Còn hiệu lực", await page.Page.Locator("#doc-status").InnerTextAsync());
        var diagram = page.Page.Locator("#doc-graph svg.diagram").First;
        Assert.Contains("Được thực hiện", await diagram.GetAttributeAsync("aria-label"));
        Assert.True(await page.Page.Locator("#doc-graph svg.diagram a").CountAsync() > 0);
        Assert.Contains("Hòa Bình", await page.Page.Locator("svg.levels").GetAttributeAsync("aria-label"));
        var related = await page.Page.InnerTextAsync("#doc-related");
        Assert.Contains("121-KH/TU", related);
        await page.Page.Locator("#doc-related details").First.Locator("summary").ClickAsync();
        Assert.Matches(@"\d+-[A-ZĐ]+/", await page.Page.Locator("#doc-related details[open] li").First.InnerTextAsync());
        await page.ScreenshotAsync("screenshot-diagram.png", "#doc-diagram");
        await page.Page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await page.ScreenshotAsync("screenshot-document.png");

        // A plan's attributes name its signer from the signature block; the news items have no validity.
        await page.GotoAsync(app.BaseUrl + "#/doc/tra-vinh:121-KH-TU-2019-thuc-hien-ct-28.docx");
        var attributes = await page.Page.InnerTextAsync("#doc-attrs");
        Assert.Contains("Người ký", attributes);
        Assert.Contains("PHÓ BÍ THƯ", attributes);
        await page.GotoAsync(app.BaseUrl + "#/doc/bao-chi:kon-tum:2019-11-06-so-ket-3-nam-nghi-quyet-03.html");
        await page.Page.WaitForSelectorAsync("#doc-graph[aria-busy=false]", new() { State = WaitForSelectorState.Attached });
        Assert.DoesNotContain("Còn hiệu lực", await page.Page.InnerTextAsync("#doc-view"));
        Assert.Empty(page.Errors);
    }

    const string Draft = "Thực hiện Chỉ thị số 28-CT/TW, ngày 21/01/20219 của Ban Bí thư về nâng cao chất lượng kết nạp đảng viên, "
        + "Ban Thường vụ Tỉnh ủy ban hành kế hoạch này.\nNăm 2020 kết nạp 120 đảng viên, năm 2021 kết nạp 130 đảng viên, tổng cộng 260 đảng viên. Có 45/50 xã đạt 95% chỉ tiêu.";

    [Fact]
    public async Task The_draft_check_marks_findings_in_the_text_links_references_and_copies_over_plain_http()
    {
        await using var page = await app.OpenAsync("#/check", 1280);
        await page.Page.Locator("#check-text").FillAsync(Draft);
        await page.Page.Locator("form.check-form button[type=submit]").ClickAsync();
        await page.Page.WaitForSelectorAsync(".check-mark");
        var marks = string.Join(" | ", await page.Page.Locator(".check-mark").AllInnerTextsAsync());
        Assert.Contains("21/01/20219", marks);
        // The draft's own sums and shares: 120 + 130 is not 260, 45/50 is 90 %.
        Assert.Contains("260 đảng viên", marks);
        Assert.Contains("95%", marks);
        Assert.Contains("Tổng không khớp", await page.Page.InnerTextAsync(".check-findings"));
        Assert.True(await page.Page.Locator(".check-refs a[href*='#/doc/']").CountAsync() > 0);
        // http://127.0.0.1 is a secure context; a plain-http intranet name is not: take the Clipboard API away.
        await page.Page.EvaluateAsync("() => Object.defineProperty(navigator, 'clipboard', { value: undefined })");
        var copy = page.Page.Locator(".check-copy").First;
        await copy.ClickAsync();
        await Assertions.Expect(copy).ToHaveTextAsync("Đã chép");
        var download = await page.Page.RunAndWaitForDownloadAsync(() => page.Page.Locator("button", new() { HasText = "Tải DOCX" }).ClickAsync());
        Assert.EndsWith(".docx", download.SuggestedFilename);
        await page.ScreenshotAsync("screenshot-check.png", "#check-view");
        Assert.Empty(page.Errors);
    }

    [Fact]
    public async Task Obligations_on_a_phone_are_cards_the_detail_opens_beside_the_row_and_exports_follow_the_filter()
    {
        await using var page = await app.OpenAsync("obligations.html", 390);
        Assert.True(await page.OverflowAsync() <= 0);
        await page.Page.Locator("input[name=organization]").FillAsync("Kon Tum");
        await page.Page.RunAndWaitForResponseAsync(() => page.Page.Locator("#ob-filters button[type=submit]").ClickAsync(),
            r => r.Url.Contains("/api/obligations?"));
        await page.Page.WaitForSelectorAsync(".ob-open");
        Assert.Contains("organization=Kon", page.Page.Url);
        var opener = page.Page.Locator(".ob-open").First;
        await opener.ClickAsync();
        await page.Page.WaitForSelectorAsync(".ob-detail-row #ob-detail-title");
        Assert.Equal("ob-detail-title", await page.Page.EvaluateAsync<string>("() => document.activeElement.id"));
        var gap = await page.Page.EvaluateAsync<double>(
            "() => document.querySelector('.ob-detail-row').getBoundingClientRect().top - document.querySelector('.ob-open[aria-expanded=true]').getBoundingClientRect().bottom");
        Assert.InRange(gap, 0, 400);
        Assert.True(await page.OverflowAsync() <= 0, "the open detail is wider than the phone");
        await page.ScreenshotAsync("screenshot-obligations.png");
        await page.Page.GetByRole(AriaRole.Button, new() { Name = "Đóng chi tiết" }).ClickAsync();
        Assert.Equal(0, await page.Page.Locator(".ob-detail-row").CountAsync());

        var href = await page.Page.Locator("#ob-csv").GetAttributeAsync("href");
        Assert.Contains("organization=Kon", href);
        var csv = await app.Client.GetStringAsync(href);
        Assert.DoesNotContain(">=", csv);
        Assert.Empty(page.Errors);
    }

    static async Task<int> Total(BrowserPage page)
        => int.Parse(Regex.Match(await page.Page.InnerTextAsync("#results-summary"), @"[\d.]+").Value.Replace(".", ""));
}
