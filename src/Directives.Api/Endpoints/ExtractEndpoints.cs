using Directives.Core.Extraction;
using Directives.Ingestion.Pipeline;
using Directives.Ingestion.Readers;
using Directives.Api.Security;
using Directives.Api.Services;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Directives.Api.Endpoints;

public static class ExtractEndpoints
{
    public static IEndpointRouteBuilder MapExtract(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/extract", Extract)
            .WithName("Extract")
            .WithSummary("What a text cites, states and sets, as in docs/extract-contract.md: a file (multipart/form-data, field 'file') or a text/plain body.")
            .Accepts<IFormFile>("multipart/form-data", "text/plain")
            .DisableAntiforgery() // no cookie is ever read: the key header is what a cross-site page cannot send
            .AsUpload();
        return app;
    }

    static async Task<Results<JsonHttpResult<ExtractionResult>, ProblemHttpResult>> Extract(HttpContext context,
        Caller caller, AuditLog audit, DocumentReaderRegistry readers, IOptions<LimitOptions> limits, CancellationToken cancellationToken)
    {
        var (upload, problem) = await Upload.ReadAsync(context.Request, limits.Value.MaxUploadBytes, "của văn bản", cancellationToken);
        if (problem is not null) return problem;
        audit.Record(context, caller, AuditActions.Upload, detail: upload!.Describe());
        var result = upload!.Bytes is { } bytes
            ? FileExtraction.FromStream(new MemoryStream(bytes), upload.Name, readers, cancellationToken)
            : FileExtraction.FromText(upload.Text!, upload.Name);

        if (result.Error is { } error)
            return UnreadableFile.Problem(result.ErrorCode, error);
        return TypedResults.Json(result, ExtractionJson.Options);
    }
}
