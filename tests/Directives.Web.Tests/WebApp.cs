using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Directives.Api.Tests;
using Microsoft.Playwright;

namespace Directives.Web.Tests;

/// <summary>
/// The real API on a free localhost port over the sample corpus, ingested once, and one headless Chromium
/// (Debian's, launched by path: Playwright cannot download browsers here) shared by every browser test.
/// </summary>
public sealed class WebApp : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    readonly ApiHost host = new(corpus => TempTree.Copy(RepositoryPaths.SampleCorpus, corpus));
    IPlaywright? playwright;

    public string BaseUrl { get; private set; } = "";
    public IBrowser Browser { get; private set; } = null!;
    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
            throw new FileNotFoundException("The browser tests need Debian's chromium (bash test.sh installs it).", ChromiumPath);
        var port = FreePort();
        host.UseKestrel(port);
        host.StartServer();
        BaseUrl = $"http://127.0.0.1:{port}/";
        Client = new HttpClient { BaseAddress = new Uri(BaseUrl) };
        Client.DefaultRequestHeaders.Add("X-Api-Key", ApiHost.EditorKey);
        await host.IngestedAsync(Client);
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--lang=en-US"],
        });
    }

    /// <summary>A fresh page (its own context: no shared storage) at the given width, in an English-language browser.</summary>
    public async Task<BrowserPage> OpenAsync(string path, int width)
    {
        var context = await Browser.NewContextAsync(new()
        {
            ViewportSize = new() { Width = width, Height = width < 600 ? 844 : 900 },
            Locale = "en-US",
            AcceptDownloads = true,
            // An editor's key, as an officer who has entered it once: checking a draft needs one.
            ExtraHTTPHeaders = new Dictionary<string, string> { ["X-Api-Key"] = ApiHost.EditorKey },
        });
        context.SetDefaultTimeout(15_000);
        var page = new BrowserPage(context, await context.NewPageAsync(), width);
        await page.GotoAsync(BaseUrl + path);
        return page;
    }

    public async Task<JsonElement> GetJsonAsync(string path)
        => JsonDocument.Parse(await Client.GetStringAsync(path)).RootElement.Clone();

    static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        playwright?.Dispose();
        Client?.Dispose();
        await host.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class WebCollection : ICollectionFixture<WebApp>
{
    public const string Name = "browser";
}
