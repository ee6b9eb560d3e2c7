using System.Text.RegularExpressions;

namespace Directives.Web.Tests;

/// <summary>
/// Every page at desktop and phone width: no console error, nothing wider than the screen, no `null`,
/// `undefined` or English message in what the officer reads, and no serious or critical axe violation.
/// </summary>
[Collection(WebCollection.Name)]
public sealed partial class PageHealthTests(WebApp app)
{
    public static TheoryData<string, int> Pages()
    {
        var data = new TheoryData<string, int>();
        string[] paths =
        [
            "",
            "?q=ket+nap+dang+vien",
            "?q=dang+vien&from=2022-01-01&to=2019-12-31",
            "#/doc/trung-uong:28-CT-TW-2019-ket-nap-dang-vien.pdf",
            "#/doc/tra-vinh:121-KH-TU-2019-thuc-hien-ct-28.docx",
            "#/doc/bao-chi:kon-tum:2019-11-06-so-ket-3-nam-nghi-quyet-03.html",
            "#/doc/khong-co:van-ban.txt",
            "#/check",
            "obligations.html",
        ];
        foreach (var path in paths)
            foreach (var width in new[] { 1280, 390 })
                data.Add(path, width);
        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_is_clean_at_width(string path, int width)
    {
        await using var page = await app.OpenAsync(path, width);
        await page.SettledAsync();

        Assert.Empty(page.Errors);
        Assert.True(await page.OverflowAsync() <= 0, $"{path} is {await page.OverflowAsync()} px wider than {width} px");
        var text = await page.TextAsync();
        Assert.DoesNotMatch(NullWords(), text);
        Assert.DoesNotMatch(EnglishWords(), text);
        Assert.Empty(await page.SeriousAxeViolationsAsync());
    }

    /// <summary>
    /// The relations panel of every document of the sample corpus, as the issue saw it: a literal null on most pages.
    /// </summary>
    [Fact]
    public async Task No_document_page_shows_null_or_an_internal_id()
    {
        var ids = new List<string>();
        var results = await app.GetJsonAsync("api/search?size=100");
        foreach (var hit in results.GetProperty("hits").EnumerateArray()) ids.Add(hit.GetProperty("id").GetString()!);
        Assert.True(ids.Count >= 40, $"only {ids.Count} documents");

        await using var page = await app.OpenAsync("", 1280);
        var bad = new List<string>();
        foreach (var id in ids)
        {
            await page.Page.EvaluateAsync("id => { location.hash = '#/doc/' + encodeURIComponent(id); }", id);
            await page.Page.WaitForSelectorAsync("#doc-graph[aria-busy=false]", new() { State = Microsoft.Playwright.WaitForSelectorState.Attached });
            var text = await page.Page.InnerTextAsync("#doc-view");
            if (NullWords().IsMatch(text)) bad.Add(id + ": null/undefined");
            if (InternalIds().Match(text) is { Success: true } m) bad.Add(id + ": shows " + m.Value);
        }
        Assert.Empty(bad);
        Assert.Empty(page.Errors);
    }

    [GeneratedRegex(@"\b(null|undefined|NaN|\[object Object\])\b")]
    private static partial Regex NullWords();

    // Words of English messages (problem titles, exceptions) that must never reach an officer.
    [GeneratedRegex(@"\b(The|is not|No such|No document|Send the|request|invalid|Unknown|Error|error)\b")]
    private static partial Regex EnglishWords();

    // Document ids (folder:file.ext), graph ids and match scores are the API's, not the reader's.
    [GeneratedRegex(@"[a-z0-9-]+:[\w.-]+\.(docx|pdf|txt|html)|placeholder:|named:|~t\d+")]
    private static partial Regex InternalIds();
}
