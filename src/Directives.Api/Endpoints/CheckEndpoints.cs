using Directives.Core.Checking;
using Directives.Core.Dates;
using Directives.Core.Extraction;
using Directives.Ingestion.Checking;
using Directives.Ingestion.Readers;
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

    static async Task<IResult> Check(HttpContext context, CitationGraph graph, Caller caller, AuditLog audit, IOptions<LimitOptions> limits,
        string? format, bool? references_list, string? organization, string? date, CancellationToken cancellationToken)
    {
        var asDocx = string.Equals(format, "docx", StringComparison.OrdinalIgnoreCase);
        if (format is not null && !asDocx && !string.Equals(format, "json", StringComparison.OrdinalIgnoreCase))
            return Problem(400, "Unknown format.", $"'{format}' is not a report format; use json or docx.");
        if (date is not null && IsoDate.Parse(date) is null)
            return Problem(400, "Invalid date.", $"'{date}' is not a date of the form YYYY-MM-DD.");
        var (upload, problem) = await Upload.ReadAsync(context.Request, limits.Value.MaxUploadBytes, "the draft (DOCX or TXT)", cancellationToken);
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
                return Problem(415, "Unsupported file type.", $"'{upload.Name}' is neither a DOCX nor a TXT file; save the draft as .docx or .txt.");
            if (extension == ".docx") docx = bytes;
            try
            {
                draft = DraftCheck.FromStream(new MemoryStream(bytes), upload.Name, lookup, organization, date, cancellationToken);
            }
            catch (DocumentReadException e)
            {
                return Problem(422, "The file cannot be read.", e.Message);
            }
        }
        else
            draft = DraftCheck.FromText(upload.Text!, upload.Name, lookup, organization, date);

        if (string.IsNullOrWhiteSpace(draft.Read.Text))
            return Problem(422, "The draft has no text.", "The file holds no text to check.");
        if (!asDocx) return TypedResults.Json(draft.Report, ExtractionJson.Options);
        if (docx is null)
            return Problem(400, "A DOCX is needed.", "format=docx writes the findings into the uploaded DOCX; upload the draft as a .docx file.");
        var (annotated, _) = DraftCheck.Annotate(docx, draft, references_list == true);
        var outName = Path.GetFileNameWithoutExtension(draft.Report.Source) + "-kiem-tra.docx";
        return TypedResults.File(annotated, DocxType, outName);
    }

    static Results<Ok<IReadOnlyList<CitationSuggestion>>, ProblemHttpResult> Suggest(string? q, int? limit, CitationSuggester suggester, Caller caller)
    {
        if (string.IsNullOrWhiteSpace(q)) return Problem(400, "No input.", "Give the start of a citation in 'q', e.g. q=chỉ thị 28.");
        if (limit is < 1 or > 50) return Problem(400, "Invalid limit.", "'limit' is between 1 and 50.");
        return TypedResults.Ok(suggester.Suggest(q, limit ?? 10, caller.Clearance));
    }

    static ProblemHttpResult Problem(int status, string title, string detail) => Upload.Problem(status, title, detail);
}
