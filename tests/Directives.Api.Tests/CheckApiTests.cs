using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Directives.Api.Tests;

public sealed class CheckApiTests(SeededApi api) : IClassFixture<SeededApi>
{
    const string Draft =
        "Thực hiện Chỉ thị số 28-CT/TW, ngày 21/01/20219 của Ban Bí thư về nâng cao chất lượng kết nạp đảng viên, Ban Thường vụ ban hành kế hoạch.\n" +
        "Căn cứ Nghị quyết số 39-NQ/TW, ngày 17/4/2015 của Ban Chấp hành Trung ương về tinh giản biên chế.\n" +
        "Tiếp tục thực hiện Kết luận số 01-KL/TW, ngày 18/5/2021 của Bộ Chính trị.";

    HttpClient Client => api.Client;

    static byte[] Docx(string text)
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            main.Document = new Document(new Body(text.Split('\n').Select(line =>
                new Paragraph(new Run(new Text(line) { Space = SpaceProcessingModeValues.Preserve })))));
            main.Document.Save();
        }
        return stream.ToArray();
    }

    static MultipartFormDataContent Upload(byte[] bytes, string name)
    {
        var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(bytes), "file", name);
        return form;
    }

    [Fact]
    public async Task A_text_draft_gets_a_report_with_findings_resolutions_and_canonical_forms()
    {
        var response = await Client.PostAsync("/api/check?organization=Tỉnh ủy Trà Vinh", new StringContent(Draft, Encoding.UTF8, "text/plain"));
        response.EnsureSuccessStatusCode();
        var r = await response.Content.ReadFromJsonAsync<JsonElement>();

        var findings = r.GetProperty("findings").EnumerateArray().Select(f => (f.GetProperty("code").GetString(), f.GetProperty("severity").GetString())).ToList();
        Assert.Equal([("impossible_date", "error"), ("body_mismatch", "error")], findings);
        var refs = r.GetProperty("references").EnumerateArray().ToList();
        Assert.Equal("document", refs[0].GetProperty("resolution").GetProperty("kind").GetString());
        Assert.StartsWith("Chỉ thị số 28-CT/TW, ngày 21/01/2019 của Ban Bí thư về", refs[0].GetProperty("canonical_full").GetString(), StringComparison.Ordinal);
        Assert.Equal("Chỉ thị số 28-CT/TW", refs[0].GetProperty("canonical_short").GetString());
        Assert.Equal(3, r.GetProperty("reference_list").GetArrayLength());
    }

    [Fact]
    public async Task A_docx_draft_comes_back_annotated_and_valid_with_the_reference_list()
    {
        var bytes = Docx(Draft);
        var json = await (await Client.PostAsync("/api/check", Upload(bytes, "du-thao.docx"))).Content.ReadFromJsonAsync<JsonElement>();
        var response = await Client.PostAsync("/api/check?format=docx&references_list=true", Upload(bytes, "du-thao.docx"));
        response.EnsureSuccessStatusCode();
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType?.MediaType);

        using var doc = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        Assert.Empty(new OpenXmlValidator().Validate(doc));
        var comments = doc.MainDocumentPart!.WordprocessingCommentsPart!.Comments!.Elements<Comment>().ToList();
        Assert.Equal(json.GetProperty("findings").GetArrayLength(), comments.Count);
        var paragraphs = doc.MainDocumentPart.Document!.Body!.Elements<Paragraph>().Select(p => p.InnerText).ToList();
        var heading = paragraphs.IndexOf("Tài liệu trích dẫn");
        Assert.Equal(json.GetProperty("reference_list").EnumerateArray().Select((x, i) => $"{i + 1}. {x.GetString()}"), paragraphs.Skip(heading + 1));
    }

    [Theory]
    [InlineData("", "text/plain", 400)]
    [InlineData("<p>hello</p>", "text/html", 415)]
    public async Task Bad_bodies_are_problems(string body, string type, int status)
    {
        var response = await Client.PostAsync("/api/check", new StringContent(body, Encoding.UTF8, type));
        await AssertProblem(response, status);
    }

    [Fact]
    public async Task A_corrupt_docx_a_wrong_file_type_and_a_docx_request_for_text_are_problems()
    {
        await AssertProblem(await Client.PostAsync("/api/check", Upload([0x50, 0x4B, 0x03, 0x04, 1, 2, 3], "bad.docx")), 422);
        await AssertProblem(await Client.PostAsync("/api/check", Upload(Encoding.UTF8.GetBytes("%PDF-1.4"), "draft.pdf")), 415);
        await AssertProblem(await Client.PostAsync("/api/check?format=pdf", new StringContent(Draft, Encoding.UTF8, "text/plain")), 400);
        await AssertProblem(await Client.PostAsync("/api/check?date=yesterday", new StringContent(Draft, Encoding.UTF8, "text/plain")), 400);
    }

    [Fact]
    public async Task A_draft_over_the_limit_is_413()
    {
        var big = new ByteArrayContent(new byte[21 * 1024 * 1024]);
        big.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        await AssertProblem(await Client.PostAsync("/api/check", big), 413);
    }

    [Fact]
    public async Task Suggest_gives_canonical_citations_best_first()
    {
        var hits = await Client.GetFromJsonAsync<JsonElement>("/api/citations/suggest?q=chỉ thị 28&limit=5");
        Assert.Equal("28-CT/TW", hits[0].GetProperty("citation").GetString());
        Assert.StartsWith("Chỉ thị số 28-CT/TW, ngày 21/01/2019", hits[0].GetProperty("full").GetString(), StringComparison.Ordinal);
        Assert.True(hits.GetArrayLength() <= 5);
        await AssertProblem(await Client.GetAsync("/api/citations/suggest"), 400);
        await AssertProblem(await Client.GetAsync("/api/citations/suggest?q=28&limit=0"), 400);
    }

    static async Task AssertProblem(HttpResponseMessage response, int status)
    {
        Assert.Equal((HttpStatusCode)status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("code").GetString()));
    }

    [Fact]
    public async Task Pasted_text_comes_back_as_a_docx_with_a_comment_on_each_finding()
    {
        var json = await (await Client.PostAsync("/api/check", new StringContent(Draft, Encoding.UTF8, "text/plain"))).Content.ReadFromJsonAsync<JsonElement>();
        var response = await Client.PostAsync("/api/check?format=docx", new StringContent(Draft, Encoding.UTF8, "text/plain"));
        response.EnsureSuccessStatusCode();
        using var doc = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        Assert.Empty(new OpenXmlValidator().Validate(doc));
        var comments = doc.MainDocumentPart!.WordprocessingCommentsPart?.Comments?.Elements<Comment>().ToList() ?? [];
        Assert.True(json.GetProperty("findings").GetArrayLength() > 0);
        Assert.Equal(json.GetProperty("findings").GetArrayLength(), comments.Count);
    }
}
