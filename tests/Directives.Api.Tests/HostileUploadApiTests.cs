using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Directives.Testing.Hostile;

namespace Directives.Api.Tests;

/// <summary>Hostile files uploaded to extract and check: each a 422 problem with its code, and the server goes on answering.</summary>
public sealed class HostileUploadApiTests : IDisposable
{
    /// <summary>The catalogue's limits, given as configuration keys: the server reads them from Directives:Limits.</summary>
    internal static Dictionary<string, string> LimitSettings()
    {
        var l = HostileCatalogue.Limits;
        return new()
        {
            ["Directives:Limits:MaxFileBytes"] = l.MaxFileBytes.ToString(CultureInfo.InvariantCulture),
            ["Directives:Limits:MaxPartBytes"] = l.MaxPartBytes.ToString(CultureInfo.InvariantCulture),
            ["Directives:Limits:MaxPackageBytes"] = l.MaxPackageBytes.ToString(CultureInfo.InvariantCulture),
            ["Directives:Limits:MaxParts"] = l.MaxParts.ToString(CultureInfo.InvariantCulture),
            ["Directives:Limits:MaxPdfPages"] = l.MaxPdfPages.ToString(CultureInfo.InvariantCulture),
            ["Directives:Limits:MaxPdfStreamBytes"] = l.MaxPdfStreamBytes.ToString(CultureInfo.InvariantCulture),
            ["Directives:Limits:MaxHtmlBytes"] = l.MaxHtmlBytes.ToString(CultureInfo.InvariantCulture),
            ["Directives:Limits:MaxTextChars"] = l.MaxTextChars.ToString(CultureInfo.InvariantCulture),
        };
    }

    readonly ApiHost host = new(_ => { }, LimitSettings());
    readonly HttpClient client;

    public HostileUploadApiTests() => client = host.CreateClient();

    [Theory]
    [InlineData("/api/extract", "r01-customxml-20000.docx")]
    [InlineData("/api/extract", "r05-paragraph-bomb.docx")]
    [InlineData("/api/extract", "r05-pdf-stream-bomb.pdf")]
    [InlineData("/api/extract", "r11-div-20000.html")]
    [InlineData("/api/extract", "r13-docx-renamed.txt")]
    [InlineData("/api/extract", "r20-garbage-content.pdf")]
    [InlineData("/api/check", "r01-customxml-20000.docx")]
    [InlineData("/api/check", "r05-paragraph-bomb.docx")]
    [InlineData("/api/check", "r13-elf.txt")]
    public async Task An_upload_is_refused_with_its_code_and_the_server_goes_on(string endpoint, string name)
    {
        var file = HostileCatalogue.Get(name);
        using var form = new MultipartFormDataContent { { new ByteArrayContent(file.Bytes), "file", file.Name } };

        var response = await client.PostAsync(endpoint, form);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(file.Code, problem.GetProperty("code").GetString());
        var good = await client.PostAsync("/api/extract", new StringContent("Thực hiện Chỉ thị số 28-CT/TW của Ban Bí thư.", Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
    }

    public void Dispose()
    {
        client.Dispose();
        host.Dispose();
    }
}
