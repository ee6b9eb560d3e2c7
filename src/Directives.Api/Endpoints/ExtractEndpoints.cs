using System.Text;
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
        if (request.ContentLength > MaxUpload)
            return Problem(StatusCodes.Status413PayloadTooLarge, "The upload is too large.", $"The limit is {MaxUpload / 1024 / 1024} MB.");

        ExtractionResult result;
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(cancellationToken);
            if (form.Files.GetFile("file") is not { Length: > 0 } file)
                return Problem(StatusCodes.Status400BadRequest, "No file was uploaded.", "Send the document in the multipart field 'file'.");
            await using var buffered = new MemoryStream();
            await file.CopyToAsync(buffered, cancellationToken);
            buffered.Position = 0;
            result = FileExtraction.FromStream(buffered, Path.GetFileName(file.FileName));
        }
        else if (request.ContentType is { } type && type.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase))
        {
            using var reader = new StreamReader(request.Body, Encoding.UTF8);
            var text = await reader.ReadToEndAsync(cancellationToken);
            if (string.IsNullOrWhiteSpace(text))
                return Problem(StatusCodes.Status400BadRequest, "The text is empty.", "Send the text to analyse as the request body.");
            result = FileExtraction.FromText(text, "text");
        }
        else
            return Problem(StatusCodes.Status415UnsupportedMediaType, "Unsupported content type.",
                $"'{request.ContentType ?? "(none)"}' is not accepted; send multipart/form-data with a 'file' field, or text/plain.");

        if (result.Error is { } error)
            return Problem(StatusCodes.Status422UnprocessableEntity, "The file cannot be read.", error);
        return TypedResults.Json(result, ExtractionJson.Options);
    }

    static ProblemHttpResult Problem(int status, string title, string detail)
        => TypedResults.Problem(statusCode: status, title: title, detail: detail);
}
