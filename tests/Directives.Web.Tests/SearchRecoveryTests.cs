using Microsoft.Playwright;

namespace Directives.Web.Tests;

/// <summary>
/// Getting from a failed or partial query to a document: "did you mean", suggestions that name their committee and
/// open the document, and example links that all find something.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class SearchRecoveryTests(WebApp app)
{
    [Fact]
    public async Task A_typo_in_a_short_word_finds_nothing_and_the_page_offers_the_corrected_query()
    {
        await using var page = await app.OpenAsync("?q=ket+nap+dang+vein", 1280);
        await page.Page.WaitForSelectorAsync(".did-you-mean a");
        Assert.Contains("Có phải bạn muốn tìm", await page.Page.InnerTextAsync(".did-you-mean"));
        var link = page.Page.Locator(".did-you-mean a");
        Assert.Equal("ket nap dang vien", await link.InnerTextAsync());
        await page.SearchAsync(() => link.ClickAsync());
        Assert.True(await page.Page.Locator(".hit").CountAsync() > 0);
        Assert.Contains("q=ket+nap+dang+vien", page.Page.Url);
        Assert.Empty(await page.SeriousAxeViolationsAsync());
        Assert.Empty(page.Errors);
    }

    [Fact]
    public async Task Every_example_link_on_the_search_page_finds_documents()
    {
        await using var page = await app.OpenAsync("", 1280);
        var examples = await page.Page.Locator(".welcome a.example").AllInnerTextsAsync();
        Assert.True(examples.Count >= 4, $"{examples.Count} examples");
        foreach (var example in examples)
        {
            await page.GotoAsync(app.BaseUrl);
            await page.SearchAsync(() => page.Page.Locator(".welcome a.example", new() { HasTextString = example }).First.ClickAsync());
            Assert.True(await page.Page.Locator(".hit").CountAsync() > 0, $"the example '{example}' finds nothing");
        }
        Assert.Empty(page.Errors);
    }

    [Fact]
    public async Task Suggestions_name_the_committee_of_each_03_NQ_TU_and_choosing_one_opens_its_page()
    {
        await using var page = await app.OpenAsync("", 1280);
        await page.Page.RunAndWaitForResponseAsync(() => page.Page.Locator("#q").PressSequentiallyAsync("03-NQ/TU", new() { Delay = 30 }),
            r => r.Url.Contains("/api/citations/suggest") && r.Url.Contains("03-NQ"));
        await page.Page.WaitForFunctionAsync("() => document.querySelectorAll('#citation-suggestions option').length >= 3");
        var labels = await page.Page.Locator("#citation-suggestions option").EvaluateAllAsync<string[]>("os => os.map(o => o.value)");
        var ours = labels.Where(l => l.StartsWith("Nghị quyết 03-NQ/TU — Tỉnh ủy", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, ours.Distinct().Count());
        var konTum = Assert.Single(ours, l => l.Contains("Kon Tum", StringComparison.Ordinal));
        // Choosing an option of the list puts its text in the box, as Chromium does.
        await page.Page.Locator("#q").FillAsync(konTum);
        try
        {
            // The page is opened by a change of the URL's fragment: polled, because a navigation waiter can miss a
            // fragment change (it timed out under a loaded run with the URL already at the document).
            await page.Page.WaitForFunctionAsync("() => location.hash.startsWith('#/doc/kon-tum')");
        }
        catch (TimeoutException e)
        {
            // Say where the choice led, to tell a lost choice from a search.
            throw new TimeoutException($"Choosing '{konTum}' from [{string.Join(" | ", labels)}] led to {page.Page.Url}", e);
        }
        await page.Page.WaitForSelectorAsync("#doc-view:not([hidden]) .doc-title");
        Assert.Contains("Tỉnh ủy Kon Tum", await page.Page.InnerTextAsync("#doc-view .hit-sub"));
        Assert.Empty(page.Errors);
    }

    [Fact]
    public async Task A_quoted_phrase_typed_without_diacritics_is_shown_and_marked_whole_in_each_snippet()
    {
        await using var page = await app.OpenAsync("?q=%22sinh+hoat+chi+bo%22", 1280);
        await page.Page.WaitForSelectorAsync(".hit .snippet");
        var marksPerHit = await page.Page.Locator(".hit .snippet").EvaluateAllAsync<string[][]>(
            "ps => ps.map(p => [...p.querySelectorAll('mark')].map(m => m.textContent))");
        Assert.NotEmpty(marksPerHit);
        Assert.Contains(marksPerHit, marks => marks.Length > 0);
        foreach (var marks in marksPerHit)
            foreach (var mark in marks)
                // The phrase is marked as one run where it occurs; its words are not marked one by one elsewhere.
                Assert.Equal("sinh hoat chi bo", Directives.Core.Text.VietnameseText.Fold(string.Join(' ', mark.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))));
        Assert.Empty(page.Errors);
    }
}
