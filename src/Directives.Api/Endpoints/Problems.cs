using Microsoft.AspNetCore.Http.HttpResults;

namespace Directives.Api.Endpoints;

/// <summary>
/// The 400 for bad query parameters, like <see cref="ApiProblem"/>: Vietnamese title and detail (the web UI shows them
/// as they are), each parameter named in <c>errors</c>, and a stable <c>code</c> for programs.
/// </summary>
static class Problems
{
    public const string InvalidParameter = "request.invalid_parameter";

    /// <summary>400 naming each bad parameter in <c>errors</c>, with the reasons joined in <c>detail</c> for a reader.</summary>
    public static ValidationProblem Invalid(IDictionary<string, string[]> errors)
        => TypedResults.ValidationProblem(errors, title: "Tham số không hợp lệ.",
            detail: string.Join(" ", errors.Values.SelectMany(v => v)),
            extensions: new Dictionary<string, object?> { ["code"] = InvalidParameter });
}
