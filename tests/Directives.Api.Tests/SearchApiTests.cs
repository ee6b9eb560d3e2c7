using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Directives.Api.Tests;

public sealed class SearchApiTests(SeededApi api) : IClassFixture<SeededApi>
{
    const string TraVinhSeed = "seeds:004_c7a64a1d22b6665a.txt";

    async Task<JsonElement> Search(string query)
        => await api.Client.GetFromJsonAsync<JsonElement>("/api/search?" + query);

    static IEnumerable<JsonElement> Hits(JsonElement r) => r.GetProperty("hits").EnumerateArray();
    static IEnumerable<string> Ids(JsonElement r) => Hits(r).Select(h => h.GetProperty("id").GetString()!);

    [Fact]
    public async Task Health_reports_ok_with_the_document_count()
    {
        var health = await api.Client.GetFromJsonAsync<JsonElement>("/health");
        Assert.Equal("ok", health.GetProperty("status").GetString());
        Assert.True(health.GetProperty("documents").GetInt32() >= 45);
    }

    [Fact]
    public async Task A_search_says_where_its_time_went_in_Server_Timing()
    {
        using var response = await api.Client.GetAsync("/api/search?q=dang+vien");
        var timing = string.Join(",", response.Headers.GetValues("Server-Timing"));
        var durations = System.Text.RegularExpressions.Regex.Matches(timing, @"(\w+);dur=([\d.]+)")
            .ToDictionary(m => m.Groups[1].Value, m => double.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(["app", "gc", "graph", "index"], durations.Keys.Order());
        // The phases are parts of the time in the server, and the search did take some.
        Assert.True(durations["index"] > 0, timing);
        Assert.True(durations["app"] >= durations["index"] + durations["graph"], timing);
        // Pages that are not the API carry none.
        using var page = await api.Client.GetAsync("/");
        Assert.False(page.Headers.Contains("Server-Timing"));
    }

    [Theory]
    [InlineData("q=chi+thi+28")]
    [InlineData("q=Ch%E1%BB%89+th%E1%BB%8B+28")] // "Chỉ thị 28"
    [InlineData("q=28-CT%2FTW&size=50")]
    [InlineData("q=ct+28&size=50")]
    public async Task Chi_thi_28_in_any_form_finds_the_Tra_Vinh_review(string query)
        => Assert.Contains(TraVinhSeed, Ids(await Search(query + (query.Contains("size") ? "" : "&size=50"))));

    [Theory]
    [InlineData("28-CT/TW")]
    [InlineData("28 CT/TW")]
    [InlineData("ct 28")]
    [InlineData("chỉ thị 28")]
    public async Task A_citation_puts_the_document_bearing_it_first(string q)
    {
        var first = Hits(await Search("q=" + Uri.EscapeDataString(q))).First();
        Assert.Equal("28-CT/TW", first.GetProperty("citation").GetString());
    }

    [Fact]
    public async Task Dang_vien_finds_Dang_vien_and_marks_it()
    {
        var r = await Search("q=dang+vien");
        Assert.True(r.GetProperty("total").GetInt32() > 5);
        var snippet = Hits(r).First().GetProperty("snippet").GetString()!;
        Assert.Matches("<mark>[Đđ]ảng</mark>", snippet);
    }

    [Fact]
    public async Task Both_tone_placements_give_the_same_results()
        => Assert.Equal(Ids(await Search("q=Ho%C3%A0+B%C3%ACnh&size=100")).Order(), Ids(await Search("q=H%C3%B2a+B%C3%ACnh&size=100")).Order());

    [Fact]
    public async Task Numbers_are_exact_even_when_words_are_typo_tolerant()
    {
        Assert.Contains(TraVinhSeed, Ids(await Search("q=20219")));   // the seed's mistyped year
        Assert.Equal(0, (await Search("q=20218")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Facets_add_up_to_the_total()
    {
        var r = await Search("q=&size=1");
        var total = r.GetProperty("total").GetInt32();
        var kinds = r.GetProperty("facets").GetProperty("kind").EnumerateObject().Sum(p => p.Value.GetInt32());
        Assert.Equal(total, kinds);
        Assert.Single(Hits(r));
    }

    [Theory]
    [InlineData("sort=newest", "sort")]
    [InlineData("from=2019-13-01", "from")]
    [InlineData("from=2020-01-01&to=2019-01-01", "from")]
    [InlineData("page=0", "page")]
    [InlineData("size=1000", "size")]
    public async Task Bad_parameters_get_problem_details_naming_the_parameter(string query, string parameter)
    {
        var response = await api.Client.GetAsync("/api/search?q=dang&" + query);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _));
    }

    [Fact]
    public async Task A_document_and_its_original_file_can_be_fetched()
    {
        var doc = await api.Client.GetFromJsonAsync<JsonElement>("/api/documents/" + Uri.EscapeDataString(TraVinhSeed));
        Assert.Contains("28-CT/TW", doc.GetProperty("text").GetString());
        Assert.Equal("seeds/004_c7a64a1d22b6665a.txt", doc.GetProperty("source").GetString());

        var bytes = await api.Client.GetByteArrayAsync("/api/documents/" + Uri.EscapeDataString(TraVinhSeed) + "/file");
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(RepositoryPaths.Seeds, "004_c7a64a1d22b6665a.txt")), bytes);
    }

    [Fact]
    public async Task An_unknown_document_is_a_404_problem()
    {
        var response = await api.Client.GetAsync("/api/documents/no-such-file.txt");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task OpenApi_describes_the_search()
        => Assert.Contains("/api/search", await api.Client.GetStringAsync("/openapi/v1.json"));

    [Fact]
    public async Task The_search_page_is_served_at_the_root()
        => Assert.Contains("Directives", await api.Client.GetStringAsync("/"));
    [Fact]
    public async Task A_search_that_finds_nothing_carries_a_corrected_query_that_finds_something()
    {
        var none = await Search("q=" + Uri.EscapeDataString("ket nap dang vein"));
        Assert.Equal(0, none.GetProperty("total").GetInt32());
        var suggestion = none.GetProperty("suggestion").GetString();
        Assert.Equal("ket nap dang vien", suggestion);
        Assert.True((await Search("q=" + Uri.EscapeDataString(suggestion!))).GetProperty("total").GetInt32() > 0);
        Assert.Equal(JsonValueKind.Null, (await Search("q=dang+vien")).GetProperty("suggestion").ValueKind);
    }

    [Fact]
    public async Task A_document_carries_its_citations_with_offsets_and_the_documents_they_mean()
    {
        var doc = await api.Client.GetFromJsonAsync<JsonElement>("/api/documents/sample:tra-vinh:121-KH-TU-2019-thuc-hien-ct-28.docx");
        var text = doc.GetProperty("text").GetString()!;
        var citations = doc.GetProperty("citations").EnumerateArray().ToList();
        Assert.NotEmpty(citations);
        Assert.All(citations, c => Assert.Equal(c.GetProperty("surface").GetString(), text[c.GetProperty("start").GetInt32()..c.GetProperty("end").GetInt32()]));
        var directive = citations.First(c => c.GetProperty("citation").GetString() == "28-CT/TW").GetProperty("document");
        Assert.Equal("sample:trung-uong:28-CT-TW-2019-ket-nap-dang-vien.pdf", directive.GetProperty("id").GetString());
        Assert.True(directive.GetProperty("inCorpus").GetBoolean());
        Assert.Equal(("2019-01-21", "in_force"), (directive.GetProperty("date").GetString(), directive.GetProperty("status").GetString()));
    }
}
