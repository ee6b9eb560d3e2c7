using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Directives.Api.Endpoints;

/// <summary>
/// Problem details with a stable machine-readable <c>code</c> beside the Vietnamese title and detail, so a client
/// can act on the code while a person reads the message.
/// </summary>
public static class ApiProblem
{
    public static ProblemHttpResult Result(int status, string code, string title, string detail)
        => TypedResults.Problem(statusCode: status, title: title, detail: detail, extensions: new Dictionary<string, object?> { ["code"] = code });

    /// <summary>For answers written outside an endpoint: authentication, rate limits, timeouts, exceptions.</summary>
    public static async Task WriteAsync(HttpContext context, int status, string code, string title, string detail)
    {
        context.Response.StatusCode = status;
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail, Extensions = { ["code"] = code } };
        var service = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await service.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem });
    }
}
