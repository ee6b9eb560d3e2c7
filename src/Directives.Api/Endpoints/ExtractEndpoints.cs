using Directives.Core.Extraction;
using Directives.Ingestion.Pipeline;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Directives.Api.Endpoints;

public static class ExtractEndpoints
{
    const long MaxUpload = 50 * 1024 * 1024;

    public static IEndpointRouteBuilder MapExtract(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/extract", Extract)
            .WithName("Extract")
            .WithSummary("What a text cites, states and sets, as in docs/extract-contract.md: a file (multipart/form-data, field 'file') or a text/plain body.")
            .Accepts<IFormFile>("multipart/form-data", "text/plain")
            .DisableAntiforgery();
        return app;
    }

    static async Task<Results<JsonHttpResult<ExtractionResult>, ProblemHttpResult>> Extract(HttpRequest request, CancellationToken cancellationToken)
    {
        var (upload, problem) = await Upload.ReadAsync(request, MaxUpload, "của văn bản", cancellationToken);
        if (problem is not null) return problem;
        var result = upload!.Bytes is { } bytes
            ? FileExtraction.FromStream(new MemoryStream(bytes), upload.Name)
            : FileExtraction.FromText(upload.Text!, upload.Name);

        if (result.Error is { } error)
            return Problems.Of(StatusCodes.Status422UnprocessableEntity, "unreadable_file", "Không đọc được tệp.", error);
        return TypedResults.Json(result, ExtractionJson.Options);
    }
}
