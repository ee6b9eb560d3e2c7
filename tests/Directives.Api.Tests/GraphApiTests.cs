using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Xml.Linq;

namespace Directives.Api.Tests;

/// <summary>The graph endpoints over the seeds and the sample corpus.</summary>
public sealed class GraphApiTests(SeededApi api) : IClassFixture<SeededApi>
{
    const string Ct28 = "sample:trung-uong:28-CT-TW-2019-ket-nap-dang-vien.pdf";

    async Task<(HttpStatusCode Status, JsonElement Body)> Get(string url)
    {
        var response = await api.Client.GetAsync(url);
        return (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    [Theory]
    [InlineData("28-CT/TW")]
    [InlineData("Chỉ thị số 28 -CT/TW")]
    [InlineData("ct 28")]
    public async Task Resolve_finds_the_directive_in_any_written_form(string q)
    {
        var (status, body) = await Get("/api/citations/resolve?q=" + Uri.EscapeDataString(q));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(Ct28, body.GetProperty("id").GetString());
        Assert.Equal("2019-01-21", body.GetProperty("date").GetString());
        Assert.Equal("Ban Bí thư", body.GetProperty("body").GetString());
    }

    [Fact]
    public async Task Named_resolution_resolves_through_the_authority_file()
    {
        var (status, body) = await Get("/api/citations/resolve?q=" + Uri.EscapeDataString("Nghị quyết Trung ương 4 khóa XII"));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("04-NQ/TW", body.GetProperty("citation").GetString());
        Assert.Equal("XII", body.GetProperty("term").GetString());
    }

    [Fact]
    public async Task Bare_local_number_is_ambiguous_until_the_organisation_is_given()
    {
        var (status, body) = await Get("/api/citations/resolve?q=03-NQ/TU");
        Assert.Equal(HttpStatusCode.MultipleChoices, status);
        var provinces = body.GetProperty("candidates").EnumerateArray().Select(c => c.GetProperty("province").GetString()).ToHashSet();
        Assert.Superset(new HashSet<string?> { "Trà Vinh", "Kon Tum", "Hòa Bình" }, provinces);
        Assert.False(string.IsNullOrEmpty(body.GetProperty("reason").GetString()));

        var (scoped, doc) = await Get("/api/citations/resolve?q=03-NQ/TU&organization=" + Uri.EscapeDataString("Kon Tum"));
        Assert.Equal(HttpStatusCode.OK, scoped);
        Assert.Equal("Kon Tum", doc.GetProperty("province").GetString());
    }

    [Fact]
    public async Task Central_number_of_two_terms_is_told_apart_by_the_date()
    {
        var (status, body) = await Get("/api/citations/resolve?q=18-NQ/TW");
        Assert.Equal(HttpStatusCode.MultipleChoices, status);
        Assert.Equal(2, body.GetProperty("candidates").GetArrayLength());
        var (dated, doc) = await Get("/api/citations/resolve?q=18-NQ/TW&date=2017-10-25");
        Assert.Equal(HttpStatusCode.OK, dated);
        Assert.Equal("XII", doc.GetProperty("term").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, (await api.Client.GetAsync("/api/citations/resolve?q=18-NQ/TW&date=25/10/2017")).StatusCode);
    }

    [Theory]
    [InlineData("kết nạp đảng viên", HttpStatusCode.BadRequest)]
    [InlineData("999-CT/TW", HttpStatusCode.NotFound)]
    public async Task Resolve_answers_problems(string q, HttpStatusCode expected)
    {
        var response = await api.Client.GetAsync("/api/citations/resolve?q=" + Uri.EscapeDataString(q));
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Implementations_of_28_CT_TW_carry_provenance_and_missing_provinces()
    {
        var (status, body) = await Get($"/api/documents/{Ct28}/implementations");
        Assert.Equal(HttpStatusCode.OK, status);
        var tv = body.GetProperty("tree").EnumerateArray()
            .Single(b => b.GetProperty("node").GetProperty("id").GetString() == "sample:tra-vinh:121-KH-TU-2019-thuc-hien-ct-28.docx");
        var news = tv.GetProperty("assertions").EnumerateArray()
            .Where(a => a.GetProperty("document").GetString()!.StartsWith("sample:bao-chi:tra-vinh:", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(news);
        Assert.All(news, a => Assert.Contains("121-KH/TU", a.GetProperty("evidence").GetString()));
        Assert.Contains("Hòa Bình", body.GetProperty("missing").EnumerateArray().Select(m => m.GetString()));
        Assert.Contains(body.GetProperty("levels").EnumerateArray(), l => l.GetProperty("level").GetString() == "district");
    }

    [Fact]
    public async Task References_cited_by_and_status()
    {
        var (_, refs) = await Get("/api/documents/sample:tra-vinh:121-KH-TU-2019-thuc-hien-ct-28.docx/references");
        Assert.Contains(refs.EnumerateArray(), e => e.GetProperty("type").GetString() == "implements"
                                                 && e.GetProperty("node").GetProperty("id").GetString() == Ct28);
        var (_, cited) = await Get($"/api/documents/{Ct28}/cited-by");
        Assert.Contains(cited.EnumerateArray(), e => e.GetProperty("node").GetProperty("province").GetString() == "Kon Tum");
        // Which reports reviewed it: the Trà Vinh news report on three years of the directive.
        Assert.Contains(cited.EnumerateArray(), e => e.GetProperty("type").GetString() == "reviews"
            && e.GetProperty("node").GetProperty("id").GetString()!.StartsWith("sample:bao-chi:tra-vinh:", StringComparison.Ordinal));

        var (status, old) = await Get("/api/documents/sample:tra-vinh:07-QDi-TU-2019-trach-nhiem-neu-guong.txt/status");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("replaced", old.GetProperty("status").GetString());
        Assert.Contains(old.GetProperty("by").EnumerateArray(), e => e.GetProperty("node").GetProperty("citation").GetString() == "25-QĐi/TU");
        // A search shows the same validity: on a small corpus the graph is there for the first search after a start.
        var (_, found) = await Get("/api/search?q=" + Uri.EscapeDataString("07-QĐi/TU"));
        Assert.False(found.GetProperty("validityPending").GetBoolean());
        Assert.Contains(found.GetProperty("hits").EnumerateArray(), h => h.GetProperty("id").GetString() == "sample:tra-vinh:07-QDi-TU-2019-trach-nhiem-neu-guong.txt"
            && h.GetProperty("status").GetString() == "replaced");

        Assert.Equal(HttpStatusCode.NotFound, (await api.Client.GetAsync("/api/documents/nope/references")).StatusCode);
    }

    [Fact]
    public async Task Graph_around_a_root_and_exports()
    {
        var (status, view) = await Get($"/api/graph?root={Ct28}&depth=2&relation=implements,guides");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.All(view.GetProperty("edges").EnumerateArray(), e => Assert.Contains(e.GetProperty("type").GetString(), new[] { "implements", "guides" }));
        Assert.Contains(view.GetProperty("nodes").EnumerateArray(), n => n.GetProperty("citation").GetString() == "45-KH/HU");

        var graphml = await api.Client.GetStringAsync("/api/graph/export?format=graphml");
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>", graphml);
        var xml = XDocument.Parse(graphml);
        XNamespace ns = "http://graphml.graphdrawing.org/xmlns";
        Assert.Contains(xml.Descendants(ns + "node"), n => (string?)n.Attribute("id") == Ct28);
        Assert.NotEmpty(xml.Descendants(ns + "edge"));
        var (jsonStatus, json) = await Get("/api/graph/export?format=json");
        Assert.Equal(HttpStatusCode.OK, jsonStatus);
        Assert.True(json.GetProperty("edges").GetArrayLength() > 10);
        Assert.Equal(HttpStatusCode.BadRequest, (await api.Client.GetAsync("/api/graph/export?format=csv")).StatusCode);
    }
}
