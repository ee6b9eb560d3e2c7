using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Directives.Api.Services;
using Directives.Ingestion.Pipeline;

namespace Directives.Api.Tests;

/// <summary>Keys and roles on writes, cross-site requests, limits, headers, paths, query failures, health.</summary>
public sealed class SecurityApiTests : IDisposable
{
    const string Plan = "TỈNH ỦY KON TUM\nSố 77-KH/TU\nKon Tum, ngày 02 tháng 3 năm 2022\nKẾ HOẠCH\nvề công tác phát triển đảng viên\n" +
                        "Thực hiện Chỉ thị số 28-CT/TW, ngày 21/01/2019 của Ban Bí thư.";

    readonly ApiHost host = new(corpus =>
        {
            File.WriteAllText(Path.Combine(corpus, "77-KH-TU.txt"), Plan);
            File.WriteAllBytes(Path.Combine(corpus, "bad.docx"), [0x50, 0x4B, 0x03, 0x04, 1, 2, 3]);
        },
        new Dictionary<string, string>
        {
            ["Directives:Limits:MaxUploadBytes"] = (1024 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Directives:Limits:UploadsPerMinute"] = "6",
        });

    static StringContent Text(string text) => new(text, Encoding.UTF8, "text/plain");

    static async Task<JsonElement> Problem(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
        return problem;
    }

    [Fact]
    public async Task Writes_need_a_key_with_the_right_role_and_are_audited()
    {
        using var anonymous = host.CreateClient(key: null);
        using var reader = host.CreateClient(ApiHost.ReaderKey);
        using var editor = host.CreateClient(ApiHost.EditorKey);
        using var admin = host.CreateClient(ApiHost.AdminKey);
        await host.IngestedAsync(admin);

        var missing = await Problem(await anonymous.PostAsync("/api/ingest", null), HttpStatusCode.Unauthorized);
        Assert.Equal("auth.key_missing", missing.GetProperty("code").GetString());
        using var wrong = host.CreateClient("not-a-key-of-this-server");
        Assert.Equal("auth.key_invalid", (await Problem(await wrong.PostAsync("/api/ingest", null), HttpStatusCode.Unauthorized)).GetProperty("code").GetString());
        Assert.Equal("auth.role", (await Problem(await editor.PostAsync("/api/ingest", null), HttpStatusCode.Forbidden)).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.Accepted, (await admin.PostAsync("/api/ingest", null)).StatusCode);

        await Problem(await anonymous.PostAsync("/api/extract", Text(Plan)), HttpStatusCode.Unauthorized);
        await Problem(await reader.PostAsync("/api/check", Text(Plan)), HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.OK, (await editor.PostAsync("/api/extract", Text(Plan))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await editor.PostAsync("/api/check", Text(Plan))).StatusCode);
        // Reads stay open by default.
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/api/search?q=đảng viên")).StatusCode);

        var audit = File.ReadAllLines(host.AuditLogPath).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Contains(audit, e => e.GetProperty("action").GetString() == "ingest" && e.GetProperty("who").GetString() == "test-admin");
        Assert.Equal(2, audit.Count(e => e.GetProperty("action").GetString() == "upload" && e.GetProperty("who").GetString() == "test-editor"));
    }

    [Fact]
    public async Task Closed_reads_need_a_reader_key_and_health_stays_open()
    {
        using var closed = new ApiHost(_ => { }, new Dictionary<string, string> { ["Directives:Security:OpenReads"] = "false" });
        using var anonymous = closed.CreateClient(key: null);
        using var reader = closed.CreateClient(ApiHost.ReaderKey);
        foreach (var url in new[] { "/api/search?q=x", "/api/obligations", "/api/graph/export", "/api/ingest/status" })
        {
            await Problem(await anonymous.GetAsync(url), HttpStatusCode.Unauthorized);
            Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(url)).StatusCode);
        }
        Assert.NotEqual(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/health")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/")).StatusCode); // the page itself, which then asks for a key
    }

    [Fact]
    public async Task A_cross_site_form_post_is_refused_and_cors_stays_closed()
    {
        using var browser = host.CreateClient(key: null);
        // What a page on another origin can send without a preflight: a form post, no custom header, maybe cookies.
        var form = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(Plan)), "file", "x.txt" } };
        foreach (var (path, content) in new (string, HttpContent?)[] { ("/api/extract", form), ("/api/check", Text(Plan)), ("/api/ingest", null) })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
            request.Headers.Add("Origin", "https://evil.example");
            request.Headers.Add("Cookie", "session=whatever");
            var response = await browser.SendAsync(request);
            await Problem(response, HttpStatusCode.Unauthorized);
            Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
        }
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/extract");
        preflight.Headers.Add("Origin", "https://evil.example");
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        preflight.Headers.Add("Access-Control-Request-Headers", "x-api-key");
        Assert.False((await browser.SendAsync(preflight)).Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Uploads_over_the_limit_are_413_with_or_without_a_length()
    {
        using var client = host.CreateClient();
        var big = new byte[1024 * 1024 + 1];
        Array.Fill(big, (byte)'a');
        var form = new MultipartFormDataContent { { new ByteArrayContent(big), "file", "big.txt" } };
        var problem = await Problem(await client.PostAsync("/api/extract", form), HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal("limit.body_too_large", problem.GetProperty("code").GetString());

        // Chunked: no Content-Length to refuse up front.
        var chunked = new StreamContent(new MemoryStream(big));
        chunked.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/check") { Content = chunked };
        request.Headers.TransferEncodingChunked = true;
        await Problem(await client.SendAsync(request), HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Uploads_past_the_rate_get_429()
    {
        using var client = host.CreateClient(ApiHost.EditorKey);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 8; i++) statuses.Add((await client.PostAsync("/api/extract", Text(Plan))).StatusCode);
        Assert.Equal(6, statuses.Count(s => s == HttpStatusCode.OK));
        var problem = await Problem(await client.PostAsync("/api/extract", Text(Plan)), HttpStatusCode.TooManyRequests);
        Assert.Equal("limit.rate", problem.GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("/api/search?page=101&size=100", "page")]
    [InlineData("/api/obligations?page=51&page_size=200", "page")]
    public async Task Deep_pages_are_refused_naming_the_parameter(string url, string parameter)
    {
        using var client = host.CreateClient();
        var problem = await Problem(await client.GetAsync(url), HttpStatusCode.BadRequest);
        Assert.Equal("page.depth_exceeded", problem.GetProperty("code").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/search?page=100&size=100")).StatusCode);
    }

    [Fact]
    public async Task A_query_lucene_refuses_is_400()
    {
        using var client = host.CreateClient();
        var q = new string('中', 600); // a word of 600 tokens: its second pass (title and exact forms, two clauses a token) passes Lucene's 1,024
        var problem = await Problem(await client.GetAsync("/api/search?q=" + Uri.EscapeDataString(q)), HttpStatusCode.BadRequest);
        Assert.Equal("query.too_complex", problem.GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/obligations.html")]
    [InlineData("/app.js")]
    [InlineData("/api/search?q=x")]
    [InlineData("/api/documents/nothing-here")]
    [InlineData("/health")]
    public async Task Every_response_carries_the_security_headers(string url)
    {
        using var client = host.CreateClient(key: null);
        var response = await client.GetAsync(url);
        var csp = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task The_web_pages_have_nothing_inline_the_policy_would_block()
    {
        using var client = host.CreateClient(key: null);
        foreach (var page in new[] { "/", "/obligations.html" })
        {
            var html = await client.GetStringAsync(page);
            Assert.DoesNotMatch(@"<script(?![^>]*\bsrc=)", html);
            Assert.DoesNotMatch(@"<style|\sstyle=|\son[a-z]+=", html);
        }
    }

    [Fact]
    public async Task Ingest_status_shows_no_server_path()
    {
        using var client = host.CreateClient();
        await host.IngestedAsync(client);
        var status = await (await client.GetAsync("/api/ingest/status")).Content.ReadAsStringAsync();
        Assert.Contains("bad.docx", status, StringComparison.Ordinal);
        Assert.DoesNotContain(host.Root, status, StringComparison.Ordinal);
        Assert.DoesNotContain(Path.GetTempPath(), status, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_is_degraded_with_a_reason_when_the_corpus_is_gone()
    {
        using var client = host.CreateClient(key: null);
        await host.IngestedAsync(client);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
        Directory.Delete(host.Corpus, recursive: true);
        var response = await client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var health = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("degraded", health.GetProperty("status").GetString());
        Assert.Contains(health.GetProperty("reasons").EnumerateArray(), r => r.GetProperty("code").GetString() == "corpus.missing");
    }

    [Fact]
    public void A_stalled_ingest_and_a_full_disk_are_reasons()
    {
        var running = new IngestSnapshot { State = IngestState.Running };
        var limits = new LimitOptions { StalledIngestMinutes = 10, MinFreeDiskBytes = long.MaxValue };
        var codes = HealthChecks.Problems(running, DateTimeOffset.UtcNow.AddMinutes(-11), host.Corpus, host.Corpus, limits).Select(p => p.Code).ToList();
        Assert.Equal(["ingest.stalled", "disk.full"], codes);
        var fresh = HealthChecks.Problems(running, DateTimeOffset.UtcNow, host.Corpus, host.Corpus, new LimitOptions()).ToList();
        Assert.Empty(fresh);
    }

    public void Dispose() => host.Dispose();
}
