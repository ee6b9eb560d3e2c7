using Directives.Core.Checking;
using Directives.Core.Dates;
using Directives.Core.Extraction;
using Directives.Ingestion.Checking;
using Directives.Ingestion.Readers;
using Directives.Ingestion.Writing;
using Directives.Search.Graph;
using Directives.Search.Suggest;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Directives.Api.Endpoints;

/// <summary>The draft checker and the citation writer: check a draft's references, write them back into its DOCX, suggest citations.</summary>
public static class CheckEndpoints
{
    const long MaxUpload = 20 * 1024 * 1024;
    const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static IEndpointRouteBuilder MapCheck(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/check", Check)
            .WithName("CheckDraft")
            .WithSummary("Check every reference of a draft (text/plain body, or a DOCX/TXT file in the multipart field 'file'): a JSON report, or with format=docx the DOCX with a comment on each finding.")
            // No Accepts metadata: routing would answer other content types with a bare 415; the handler says what to send.
            .DisableAntiforgery();
        app.MapGet("/api/citations/suggest", Suggest)
            .WithName("SuggestCitations")
            .WithSummary("Canonical citations for partial input: 28-CT, chỉ thị 28, nghi quyet trung uong 4 khoa xii, title words; best first.");
        return app;
    }

    static async Task<IResult> Check(HttpRequest request, CitationGraph graph, string? format, bool? references_list,
        string? organization, string? date, CancellationToken cancellationToken)
    {
        var asDocx = string.Equals(format, "docx", StringComparison.OrdinalIgnoreCase);
        if (format is not null && !asDocx && !string.Equals(format, "json", StringComparison.OrdinalIgnoreCase))
            return Problems.Of(400, "unknown_format", "Định dạng không hỗ trợ.", $"'{format}' không phải định dạng báo cáo; dùng json hoặc docx.");
        if (date is not null && IsoDate.Parse(date) is null)
            return Problems.Of(400, "invalid_date", "Ngày không hợp lệ.", $"'{date}' không phải ngày dạng YYYY-MM-DD.");
        var (upload, problem) = await Upload.ReadAsync(request, MaxUpload, "của dự thảo (DOCX hoặc TXT)", cancellationToken);
        if (problem is not null) return problem;
        var lookup = new GraphCitationLookup(graph.Current());
        byte[]? docx = null;
        CheckedDraft draft;
        if (upload!.Bytes is { } bytes)
        {
            var extension = Path.GetExtension(upload.Name).ToLowerInvariant();
            if (extension is not (".docx" or ".txt"))
                return Problems.Of(415, "unsupported_file_type", "Loại tệp không hỗ trợ.", $"'{upload.Name}' không phải tệp DOCX hay TXT; hãy lưu dự thảo dạng .docx hoặc .txt.");
            if (extension == ".docx") docx = bytes;
            try
            {
                draft = DraftCheck.FromStream(new MemoryStream(bytes), upload.Name, lookup, organization, date, cancellationToken);
            }
            catch (DocumentReadException e)
            {
                return Problems.Of(422, "unreadable_file", "Không đọc được tệp.", $"Tệp '{upload.Name}' bị hỏng hoặc không đúng định dạng ({e.Message}).");
            }
        }
        else
            draft = DraftCheck.FromText(upload.Text!, upload.Name, lookup, organization, date);

        if (string.IsNullOrWhiteSpace(draft.Read.Text))
            return Problems.Of(422, "empty_text", "Dự thảo không có nội dung.", "Tệp không có chữ nào để kiểm tra.");
        if (!asDocx) return TypedResults.Json(draft.Report, ExtractionJson.Options);
        // Pasted text gets a DOCX too: the text written into a new document, with the same comments.
        docx ??= PlainDocx.Write(draft.Read.Text);
        var (annotated, _) = DraftCheck.Annotate(docx, draft, references_list == true);
        var outName = Path.GetFileNameWithoutExtension(draft.Report.Source) + "-kiem-tra.docx";
        return TypedResults.File(annotated, DocxType, outName);
    }

    static Results<Ok<IReadOnlyList<CitationSuggestion>>, ProblemHttpResult> Suggest(string? q, int? limit, CitationSuggester suggester)
    {
        if (string.IsNullOrWhiteSpace(q)) return Problems.Of(400, "no_query", "Chưa nhập gì.", "Hãy nhập phần đầu của trích dẫn vào 'q', ví dụ q=chỉ thị 28.");
        if (limit is < 1 or > 50) return Problems.Of(400, Problems.InvalidParameter, "Tham số không hợp lệ.", "'limit' phải từ 1 đến 50.");
        return TypedResults.Ok(suggester.Suggest(q, limit ?? 10));
    }
}
