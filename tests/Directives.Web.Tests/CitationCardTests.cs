using Microsoft.Playwright;

namespace Directives.Web.Tests;

/// <summary>Citations in a document's full text: links to the cited document with a card on hover or keyboard focus.</summary>
[Collection(WebCollection.Name)]
public sealed class CitationCardTests(WebApp app)
{
    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task A_citation_in_the_text_links_to_its_document_and_focus_shows_its_card(int width)
    {
        await using var page = await app.OpenAsync("#/doc/tra-vinh:121-KH-TU-2019-thuc-hien-ct-28.docx", width);
        await page.Page.WaitForSelectorAsync("#doc-graph[aria-busy=false]", new() { State = WaitForSelectorState.Attached });
        var links = page.Page.Locator(".doc-text a.cite[href='#/doc/trung-uong%3A28-CT-TW-2019-ket-nap-dang-vien.pdf']");
        Assert.True(await links.CountAsync() > 0, "28-CT/TW in the text is not linked to its document");
        var link = links.First;
        var card = page.Page.Locator("#" + await link.GetAttributeAsync("aria-describedby"));
        Assert.False(await card.IsVisibleAsync());

        await link.FocusAsync();
        await Assertions.Expect(card).ToBeVisibleAsync();
        var text = await card.InnerTextAsync();
        foreach (var part in new[] { "Chỉ thị 28-CT/TW", "kết nạp đảng viên", "21/01/2019", "Ban Bí thư", "Còn hiệu lực" })
            Assert.Contains(part, text);
        Assert.True(await page.OverflowAsync() <= 0, "the card makes the page wider than the screen");
        var box = await card.BoundingBoxAsync();
        Assert.InRange(box!.X + box.Width, 0, width);
        Assert.Empty(await page.SeriousAxeViolationsAsync());

        await link.PressAsync("Escape");
        Assert.False(await card.IsVisibleAsync());
        await link.HoverAsync();
        await Assertions.Expect(card).ToBeVisibleAsync();
        await link.ClickAsync();
        await page.Page.WaitForURLAsync(url => url.Contains("#/doc/trung-uong"));
        await page.Page.WaitForSelectorAsync("#doc-view .doc-title");
        Assert.Contains("28-CT/TW", await page.Page.InnerTextAsync("#doc-view .doc-kicker"));
        Assert.Empty(page.Errors);
    }
}
