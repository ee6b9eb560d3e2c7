using Microsoft.AspNetCore.Http.HttpResults;

namespace Directives.Api.Endpoints;

/// <summary>
/// RFC 7807 answers in the officers' language: title and detail in Vietnamese (the web UI shows them as they
/// are), and a stable English <c>code</c> extension for programs, which must never parse the Vietnamese.
/// </summary>
static class Problems
{
    public const string InvalidParameter = "invalid_parameter";

    public static ProblemHttpResult Of(int status, string code, string title, string detail)
        => TypedResults.Problem(statusCode: status, title: title, detail: detail,
            extensions: new Dictionary<string, object?> { ["code"] = code });

    /// <summary>400 naming each bad parameter in <c>errors</c>, with the reasons joined in <c>detail</c> for a reader.</summary>
    public static ValidationProblem Invalid(IDictionary<string, string[]> errors)
        => TypedResults.ValidationProblem(errors, title: "Tham số không hợp lệ.",
            detail: string.Join(" ", errors.Values.SelectMany(v => v)),
            extensions: new Dictionary<string, object?> { ["code"] = InvalidParameter });
}
