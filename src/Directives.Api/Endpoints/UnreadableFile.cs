using Microsoft.AspNetCore.Http.HttpResults;

namespace Directives.Api.Endpoints;

/// <summary>An uploaded file the readers refused: 422 with the reader's stable code beside the Vietnamese reason.</summary>
static class UnreadableFile
{
    public static ProblemHttpResult Problem(string? code, string reason) => TypedResults.Problem(
        statusCode: StatusCodes.Status422UnprocessableEntity, title: "The file cannot be read.", detail: reason,
        extensions: new Dictionary<string, object?> { ["code"] = code });
}
