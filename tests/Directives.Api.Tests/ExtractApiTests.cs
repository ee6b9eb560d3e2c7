using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Directives.Api.Tests;

public sealed class ExtractApiTests : IDisposable
{
    readonly ApiHost host = new(_ => { });
    readonly HttpClient client;

    public ExtractApiTests() => client = host.CreateClient();

    [Fact]
    public async Task A_plain_text_body_gets_the_contract_object()
    {
        var text = "Thực hiện Chỉ thị  số 28-CT/TW, ngày 21/01/2019 của Ban Bí thư, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 121-KH/TU, ngày 08/4/2019 thực hiện Chỉ thị số 28-CT/TW.";
        var response = await client.PostAsync("/api/extract", new StringContent(text, Encoding.UTF8, "text/plain"));
        response.EnsureSuccessStatusCode();
        var r = await response.Content.ReadFromJsonAsync<JsonElement>();

        var first = r.GetProperty("references")[0];
        Assert.Equal("28-CT/TW", first.GetProperty("citation").GetString());
        Assert.Equal("2019-01-21", first.GetProperty("date").GetString());
        Assert.Equal("Ban Bí thư", first.GetProperty("body").GetString());
        var surface = first.GetProperty("surface").GetString()!;
        Assert.Equal(surface, text[first.GetProperty("start").GetInt32()..first.GetProperty("end").GetInt32()]);
        Assert.Contains(r.GetProperty("relations").EnumerateArray(), rel =>
            rel.GetProperty("from").GetString() == "121-KH/TU" && rel.GetProperty("type").GetString() == "implements"
            && rel.GetProperty("to").GetString() == "28-CT/TW");
        foreach (var field in new[] { "source", "error", "document", "published", "organization", "targets", "results" })
            Assert.True(r.TryGetProperty(field, out _), field);
    }

    [Fact]
    public async Task A_seed_uploaded_as_a_file_is_read_and_analysed()
    {
        var path = Path.Combine(RepositoryPaths.Seeds, "000_2da9ec2d8b833736.txt");
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(await File.ReadAllBytesAsync(path));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        form.Add(file, "file", "000_2da9ec2d8b833736.txt");

        var r = await (await client.PostAsync("/api/extract", form)).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal("000_2da9ec2d8b833736.txt", r.GetProperty("source").GetString());
        Assert.Equal("2019-11-06", r.GetProperty("published").GetString());
        Assert.Contains(r.GetProperty("references").EnumerateArray(), x => x.GetProperty("citation").GetString() == "03-NQ/TU");
    }

    [Fact]
    public async Task A_corrupt_file_is_a_422_problem_with_the_reason()
    {
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent([0x50, 0x4B, 0x03, 0x04, 1, 2, 3]), "file", "bad.docx");
        var response = await client.PostAsync("/api/extract", form);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("DOCX", problem.GetProperty("detail").GetString());
        Assert.Equal("docx_corrupt", problem.GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("application/json", "{}", HttpStatusCode.UnsupportedMediaType)]
    [InlineData("text/plain", "   ", HttpStatusCode.BadRequest)]
    public async Task Bad_requests_are_problems(string contentType, string body, HttpStatusCode expected)
    {
        var response = await client.PostAsync("/api/extract", new StringContent(body, Encoding.UTF8, contentType));
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    public void Dispose()
    {
        client.Dispose();
        host.Dispose();
    }
}
