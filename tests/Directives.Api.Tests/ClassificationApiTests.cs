using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Directives.Api.Tests;

/// <summary>
/// Classified documents exist only for cleared callers: every GET endpoint, asked every way we can think of by a
/// caller without clearance, never names one; a cleared caller sees them and each read is audited.
/// </summary>
public sealed class ClassificationApiTests : IAsyncLifetime
{
    readonly ApiHost host = new(ClassifiedCorpus.Fill);
    HttpClient cleared = null!;

    public async Task InitializeAsync()
    {
        cleared = host.CreateClient(ApiHost.ClearedKey);
        await host.IngestedAsync(cleared);
    }

    [Fact]
    public async Task A_cleared_caller_sees_every_stamped_document_and_each_read_is_audited()
    {
        var hits = await cleared.GetFromJsonAsync<JsonElement>("/api/search?size=100");
        var ids = hits.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()).ToList();
        Assert.All(ClassifiedCorpus.ClassifiedIds, id => Assert.Contains(id, ids));
        var levels = new Dictionary<string, string>();
        foreach (var id in ClassifiedCorpus.ClassifiedIds)
        {
            var doc = await cleared.GetFromJsonAsync<JsonElement>($"/api/documents/{Uri.EscapeDataString(id)}");
            levels[id] = doc.GetProperty("classification").GetString()!;
        }
        Assert.Equal("confidential", levels["mat:917-KH-TU-phuong-an.txt"]);
        Assert.Equal("topSecret", levels["tuyet-mat:05-NQ-TU-nhiem-vu.docx"]); // stamped only in the DOCX page header
        Assert.Equal("internal", levels["noi-bo:12-HD-TU-huong-dan.txt"]);
        var publicDoc = await cleared.GetFromJsonAsync<JsonElement>($"/api/documents/{Uri.EscapeDataString(ClassifiedCorpus.PublicId)}");
        Assert.Equal("public", publicDoc.GetProperty("classification").GetString()); // "bí mật" in prose is no stamp

        var audit = File.ReadAllLines(host.AuditLogPath).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Contains(audit, e => e.GetProperty("who").GetString() == "test-cleared" && e.GetProperty("action").GetString() == "read"
                                    && e.GetProperty("document").GetString() == "tuyet-mat:05-NQ-TU-nhiem-vu.docx"
                                    && e.GetProperty("endpoint").GetString()!.StartsWith("GET /api/documents/", StringComparison.Ordinal));
        Assert.DoesNotContain(audit, e => e.TryGetProperty("document", out var d) && d.GetString() == ClassifiedCorpus.PublicId);
    }

    [Fact]
    public async Task No_get_endpoint_tells_an_uncleared_caller_a_stamped_document_exists()
    {
        using var anonymous = host.CreateClient(key: null);
        using var reader = host.CreateClient(ApiHost.ReaderKey);
        var urls = await UrlsForEveryGetEndpoint();
        var checkedUrls = 0;
        foreach (var client in new[] { anonymous, reader })
            foreach (var url in urls)
            {
                var response = await client.GetAsync(url);
                Assert.True(response.StatusCode != HttpStatusCode.InternalServerError, $"{url}: 500");
                var text = await Readable(response);
                // An answer may echo what was asked ("no document 917-KH/TU"); the other secrets still catch a leak there.
                var asked = Uri.UnescapeDataString(url);
                foreach (var secret in ClassifiedCorpus.Secrets.Where(s => !asked.Contains(s, StringComparison.OrdinalIgnoreCase)))
                    Assert.False(text.Contains(secret, StringComparison.OrdinalIgnoreCase), $"{url} names '{secret}': {Excerpt(text, secret)}");
                checkedUrls++;
            }
        Assert.True(checkedUrls > 100, $"only {checkedUrls} requests");

        // Asked for by id, a stamped document is as absent as one never ingested.
        foreach (var id in ClassifiedCorpus.ClassifiedIds)
            foreach (var suffix in new[] { "", "/file", "/references", "/cited-by", "/implementations", "/relations", "/status" })
                Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/documents/{Uri.EscapeDataString(id)}{suffix}")).StatusCode);
        // The public documents are all there.
        var hits = await anonymous.GetFromJsonAsync<JsonElement>("/api/search?q=bí mật");
        Assert.Contains(hits.GetProperty("hits").EnumerateArray(), h => h.GetProperty("id").GetString() == ClassifiedCorpus.PublicId);
    }

    [Fact]
    public async Task An_implementation_tree_a_cleared_caller_asked_for_first_is_not_served_to_others()
    {
        // Trees are cached per graph snapshot; each clearance has its own snapshot, so the cleared caller's tree,
        // asked first and cached, must not reach anyone else.
        var root = (await cleared.GetFromJsonAsync<JsonElement>("/api/citations/resolve?q=28-CT/TW")).GetProperty("id").GetString()!;
        var url = $"/api/documents/{Uri.EscapeDataString(root)}/implementations";
        for (var round = 0; round < 2; round++)
        {
            var full = await Readable(await cleared.GetAsync(url));
            Assert.Contains("mat:917-KH-TU-phuong-an.txt", full);
            using var anonymous = host.CreateClient(key: null);
            using var reader = host.CreateClient(ApiHost.ReaderKey);
            foreach (var client in new[] { anonymous, reader })
            {
                var response = await client.GetAsync(url);
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                var text = await Readable(response);
                Assert.Contains(ClassifiedCorpus.PublicId, text);
                foreach (var secret in ClassifiedCorpus.Secrets)
                    Assert.False(text.Contains(secret, StringComparison.OrdinalIgnoreCase), $"{url} names '{secret}': {Excerpt(text, secret)}");
            }
        }
    }

    /// <summary>
    /// Each GET route of the app with the arguments that could reach a stamped document. A route missing here fails
    /// the test, so a new endpoint cannot skip the walk.
    /// </summary>
    async Task<List<string>> UrlsForEveryGetEndpoint()
    {
        var ids = new List<string> { ClassifiedCorpus.PublicId };
        ids.AddRange(ClassifiedCorpus.ClassifiedIds);
        // Every node a cleared caller sees (placeholders included), and every obligation they see, asked for by id.
        var export = await cleared.GetFromJsonAsync<JsonElement>("/api/graph/export?format=json");
        ids.AddRange(export.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!));
        var register = await cleared.GetFromJsonAsync<JsonElement>("/api/obligations?page_size=200");
        var obligations = register.GetProperty("items").EnumerateArray().Select(o => o.GetProperty("id").GetString()!).ToList();
        Assert.Contains(obligations, o => o.StartsWith("mat:", StringComparison.Ordinal));

        string[] queries = ["", "917-KH/TU", "917", "kh 917", "ke hoach 917", "Lũng Pô Thượng", "lung po", "mật", "tuyệt mật", "lưu hành nội bộ",
            "05-NQ/TU", "nq 5", "nghị quyết 05", "Lũng Cú Hạ", "12-HD/TU", "hd 12", "Phìn Ngan", "28-CT/TW", "đảng viên"];
        string[] filters = ["", "&kind=Kế hoạch", "&kind=Nghị quyết", "&kind=Hướng dẫn", "&organization=Tỉnh ủy Kon Tum", "&organization=Tỉnh ủy Hà Giang", "&sort=date", "&from=2022-04-01&to=2022-06-30"];
        string Q(string q) => Uri.EscapeDataString(q);
        var byId = new[] { "/api/documents/{id}", "/api/documents/{id}/file", "/api/documents/{id}/references", "/api/documents/{id}/cited-by",
            "/api/documents/{id}/implementations", "/api/documents/{id}/relations", "/api/documents/{id}/status" };
        var table = new Dictionary<string, IEnumerable<string>>(StringComparer.Ordinal)
        {
            ["/api/ingest/status"] = ["/api/ingest/status"],
            ["/health"] = ["/health"],
            ["/openapi/{documentName}.json"] = ["/openapi/v1.json"],
            ["/api/search"] = queries.SelectMany(q => filters.Select(f => $"/api/search?q={Q(q)}{f}&size=100")),
            ["/api/citations/resolve"] = queries.SelectMany(q => new[] { $"/api/citations/resolve?q={Q(q)}", $"/api/citations/resolve?q={Q(q)}&organization=Kon Tum", $"/api/citations/resolve?q={Q(q)}&organization=Hà Giang" }),
            ["/api/citations/suggest"] = queries.Where(q => q.Length > 0).Select(q => $"/api/citations/suggest?q={Q(q)}&limit=50"),
            ["/api/graph"] = ids.Select(id => $"/api/graph?root={Q(id)}&depth=6"),
            ["/api/graph/export"] = ["/api/graph/export?format=json", "/api/graph/export?format=graphml"],
            ["/api/obligations/"] = new[] { "", "?organization=Kon Tum", "?organization=Hà Giang", "?document=917-KH/TU", "?document=05-NQ/TU", "?kind=target", "?as_of=2030-01-01" }
                .Select(f => "/api/obligations" + f + (f.Length == 0 ? "?" : "&") + "page_size=200"),
            ["/api/obligations/export.xlsx"] = ["/api/obligations/export.xlsx", "/api/obligations/export.xlsx?document=917-KH/TU"],
            ["/api/obligations/export.csv"] = ["/api/obligations/export.csv", "/api/obligations/export.csv?organization=Hà Giang"],
            ["/api/obligations/findings"] = ["/api/obligations/findings", "/api/obligations/findings?organization=Kon Tum"],
            ["/api/obligations/{id}"] = obligations.Select(o => $"/api/obligations/{Q(o)}"),
        };
        foreach (var pattern in byId) table[pattern] = ids.Distinct().Select(id => pattern.Replace("{id}", Q(id), StringComparison.Ordinal));

        var routes = host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods.Contains("GET") == true)
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .ToList();
        var missing = routes.Where(r => !table.ContainsKey(r)).ToList();
        Assert.True(missing.Count == 0, "GET endpoints the leak walk does not know: " + string.Join(", ", missing));
        return [.. routes.SelectMany(r => table[r]).Distinct()];
    }

    /// <summary>The answer as a person would read it: JSON strings unescaped, spreadsheets unzipped.</summary>
    static async Task<string> Readable(HttpResponseMessage response)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var type = response.Content.Headers.ContentType?.MediaType ?? "";
        if (bytes is [0x50, 0x4B, ..])
        {
            using var zip = new ZipArchive(new MemoryStream(bytes));
            var sb = new StringBuilder();
            foreach (var entry in zip.Entries)
                using (var reader = new StreamReader(entry.Open())) sb.Append(await reader.ReadToEndAsync());
            return sb.ToString();
        }
        var text = Encoding.UTF8.GetString(bytes);
        if (!type.Contains("json", StringComparison.Ordinal)) return text;
        var all = new StringBuilder();
        Collect(JsonDocument.Parse(text).RootElement, all);
        return all.ToString();
    }

    static void Collect(JsonElement e, StringBuilder all)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var p in e.EnumerateObject()) { all.Append(p.Name).Append('\n'); Collect(p.Value, all); }
                break;
            case JsonValueKind.Array:
                foreach (var item in e.EnumerateArray()) Collect(item, all);
                break;
            default:
                all.Append(e.ToString()).Append('\n');
                break;
        }
    }

    static string Excerpt(string text, string secret)
    {
        var at = text.IndexOf(secret, StringComparison.OrdinalIgnoreCase);
        return text[Math.Max(0, at - 200)..Math.Min(text.Length, at + 200)];
    }

    public Task DisposeAsync()
    {
        cleared.Dispose();
        host.Dispose();
        return Task.CompletedTask;
    }
}
