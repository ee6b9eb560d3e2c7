using Directives.Core.Checking;
using Directives.Core.Dates;
using Directives.Core.Extraction;
using Directives.Ingestion.Checking;
using Directives.Ingestion.Readers;
using Directives.Ingestion.Writing;
using Directives.Search.Graph;
using Directives.Search.Suggest;
using Directives.Api.Security;
using Directives.Api.Services;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Directives.Api.Endpoints;

/// <summary>The draft checker and the citation writer: check a draft's references, write them back into its DOCX, suggest citations.</summary>
public static class CheckEndpoints
{
    const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static IEndpointRouteBuilder MapCheck(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/check", Check)
            .WithName("CheckDraft")
            .WithSummary("Check every reference of a draft (text/plain body, or a DOCX/TXT file in the multipart field 'file'): a JSON report, or with format=docx the DOCX with a comment on each finding.")
            // No Accepts metadata: routing would answer other content types with a bare 415; the handler says what to send.
            .DisableAntiforgery() // no cookie is ever read: the key header is what a cross-site page cannot send
            .AsUpload();
        app.MapGet("/api/citations/suggest", Suggest)
            .WithName("SuggestCitations")
            .WithSummary("Canonical citations for partial input: 28-CT, chỉ thị 28, nghi quyet trung uong 4 khoa xii, title words; best first.");
        return app;
    }

    static async Task<IResult> Check(HttpContext context, CitationGraph graph, Caller caller, AuditLog audit, DocumentReaderRegistry readers, IOptions<LimitOptions> limits,
        string? format, bool? references_list, string? organization, string? date, CancellationToken cancellationToken)
    {
        var asDocx = string.Equals(format, "docx", StringComparison.OrdinalIgnoreCase);
        if (format is not null && !asDocx && !string.Equals(format, "json", StringComparison.OrdinalIgnoreCase))
            return ApiProblem.Result(400, "request.unknown_format", "Định dạng không hỗ trợ.", $"'{format}' không phải định dạng báo cáo; dùng json hoặc docx.");
        if (date is not null && IsoDate.Parse(date) is null)
            return ApiProblem.Result(400, "request.invalid_date", "Ngày không hợp lệ.", $"'{date}' không phải ngày dạng YYYY-MM-DD.");
        var (upload, problem) = await Upload.ReadAsync(context.Request, limits.Value.MaxUploadBytes, "của dự thảo (DOCX hoặc TXT)", cancellationToken);
        if (problem is not null) return problem;
        audit.Record(context, caller, AuditActions.Upload, detail: upload!.Describe());
        // References resolve only to documents the caller may see: a finding must not reveal a classified one.
        var lookup = new GraphCitationLookup(graph.Current(caller.Clearance));
        byte[]? docx = null;
        CheckedDraft draft;
        if (upload!.Bytes is { } bytes)
        {
            var extension = Path.GetExtension(upload.Name).ToLowerInvariant();
            if (extension is not (".docx" or ".txt"))
                return ApiProblem.Result(415, "upload.unsupported_file_type", "Loại tệp không hỗ trợ.", $"'{upload.Name}' không phải tệp DOCX hay TXT; hãy lưu dự thảo dạng .docx hoặc .txt.");
            if (extension == ".docx") docx = bytes;
            try
            {
                draft = DraftCheck.FromStream(new MemoryStream(bytes), upload.Name, lookup, organization, date, readers, cancellationToken);
            }
            catch (DocumentReadException e)
            {
                return UnreadableFile.Problem(e.Code, e.Message);
            }
        }
        else
            draft = DraftCheck.FromText(upload.Text!, upload.Name, lookup, organization, date);

        if (string.IsNullOrWhiteSpace(draft.Read.Text))
            return ApiProblem.Result(422, "upload.empty_text", "Dự thảo không có nội dung.", "Tệp không có chữ nào để kiểm tra.");
        if (!asDocx) return TypedResults.Json(draft.Report, ExtractionJson.Options);
        // Pasted text gets a DOCX too: the text written into a new document, with the same comments.
        docx ??= PlainDocx.Write(draft.Read.Text);
        var (annotated, _) = DraftCheck.Annotate(docx, draft, references_list == true);
        var outName = Path.GetFileNameWithoutExtension(draft.Report.Source) + "-kiem-tra.docx";
        return TypedResults.File(annotated, DocxType, outName);
    }

    static Results<Ok<IReadOnlyList<CitationSuggestion>>, ProblemHttpResult> Suggest(string? q, int? limit, CitationSuggester suggester, Caller caller)
    {
        if (string.IsNullOrWhiteSpace(q)) return ApiProblem.Result(400, "citation.no_query", "Chưa nhập gì.", "Hãy nhập phần đầu của trích dẫn vào 'q', ví dụ q=chỉ thị 28.");
        if (limit is < 1 or > 50) return ApiProblem.Result(400, Problems.InvalidParameter, "Tham số không hợp lệ.", "'limit' phải từ 1 đến 50.");
        return TypedResults.Ok(suggester.Suggest(q, limit ?? 10, caller.Clearance));
    }
}
