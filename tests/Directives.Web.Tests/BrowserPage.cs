using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Directives.Web.Tests;

/// <summary>
/// One page in its own browser context, recording what a user would never want to see: console errors,
/// uncaught exceptions, failed requests.
/// </summary>
public sealed class BrowserPage : IAsyncDisposable
{
    readonly IBrowserContext context;
    public IPage Page { get; }
    public int Width { get; }
    public List<string> Errors { get; } = [];

    public BrowserPage(IBrowserContext context, IPage page, int width)
    {
        this.context = context;
        Page = page;
        Width = width;
        // A 4xx answer the page explains (a bad date range, an unknown document) is logged by Chromium itself; the
        // tests check what the page says instead. Anything else logged as an error is a defect.
        page.Console += (_, m) =>
        {
            if (m.Type == "error" && !m.Text.StartsWith("Failed to load resource: the server responded with a status of 4", StringComparison.Ordinal))
                Errors.Add("console: " + m.Text);
        };
        page.PageError += (_, e) => Errors.Add("exception: " + e);
    }

    public async Task GotoAsync(string url)
    {
        await Page.GotoAsync(url, new() { WaitUntil = WaitUntilState.NetworkIdle });
    }

    /// <summary>Waits for the network to settle after an action (search, filter, check).</summary>
    public Task SettledAsync() => Page.WaitForLoadStateAsync(LoadState.NetworkIdle);

    /// <summary>Runs an action that searches, and waits until the results it asked for are shown.</summary>
    public async Task SearchAsync(Func<Task> action)
    {
        await Page.RunAndWaitForResponseAsync(action, r => r.Url.Contains("/api/search"));
        await Page.WaitForSelectorAsync("#results[aria-busy=false]", new() { State = WaitForSelectorState.Attached });
    }

    public Task<string> TextAsync() => Page.InnerTextAsync("body");

    /// <summary>How far the page is wider than the viewport (0 when nothing scrolls sideways).</summary>
    public Task<int> OverflowAsync()
        => Page.EvaluateAsync<int>("() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth) - window.innerWidth");

    /// <summary>Serious and critical accessibility violations, one line each.</summary>
    public async Task<IReadOnlyList<string>> SeriousAxeViolationsAsync()
    {
        var result = await Page.RunAxe();
        return result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}")
            .ToList();
    }

    static bool Screenshots => Environment.GetEnvironmentVariable("DIRECTIVES_SCREENSHOTS") == "1";

    /// <summary>Refreshes docs/NAME for the README, only when DIRECTIVES_SCREENSHOTS=1 (CI must not dirty the tree).</summary>
    public async Task ScreenshotAsync(string name, string? selector = null)
    {
        if (!Screenshots) return;
        var path = Path.Combine(RepositoryPaths.Root, "docs", name);
        if (selector is null) await Page.ScreenshotAsync(new() { Path = path });
        else await Page.Locator(selector).ScreenshotAsync(new() { Path = path });
    }

    public async ValueTask DisposeAsync() => await context.CloseAsync();
}
