using System.Security.Claims;
using System.Text.Encodings.Web;
using Directives.Api.Endpoints;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Directives.Api.Security;

/// <summary>
/// Authenticates a request by the key in the <c>X-Api-Key</c> header (or <c>Authorization: Bearer KEY</c>). A
/// header, never a cookie: a page on another origin cannot make a browser send it, and setting it makes the request
/// non-simple, so without CORS (closed here) the browser never sends such a request at all.
/// </summary>
public sealed class ApiKeyAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ApiKeys keys)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string Header = "X-Api-Key";
    public const string ClearanceClaim = "clearance";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (PresentedKey() is not { } key) return Task.FromResult(AuthenticateResult.NoResult());
        if (keys.Find(key) is not { } holder) return Task.FromResult(AuthenticateResult.Fail("unknown key"));
        var claims = new List<Claim> { new(ClaimTypes.Name, holder.Name), new(ClearanceClaim, holder.Clearance.ToString()) };
        claims.AddRange(Roles.Including(holder.Role).Select(r => new Claim(ClaimTypes.Role, r)));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName)));
    }

    string? PresentedKey()
    {
        if (Request.Headers[Header].FirstOrDefault() is { Length: > 0 } key) return key.Trim();
        var authorization = Request.Headers.Authorization.FirstOrDefault();
        const string bearer = "Bearer ";
        return authorization is not null && authorization.StartsWith(bearer, StringComparison.OrdinalIgnoreCase)
            ? authorization[bearer.Length..].Trim()
            : null;
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = $"{SchemeName} header=\"{Header}\"";
        return PresentedKey() is null
            ? ApiProblem.WriteAsync(Context, 401, "auth.key_missing", "Cần khóa API.",
                $"Thao tác này cần khóa API: gửi khóa trong tiêu đề {Header}.")
            : ApiProblem.WriteAsync(Context, 401, "auth.key_invalid", "Khóa API không hợp lệ.",
                "Khóa API đã gửi không có trong cấu hình máy chủ.");
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties)
        => ApiProblem.WriteAsync(Context, 403, "auth.role", "Khóa API không đủ quyền.",
            "Vai trò của khóa này không được phép làm thao tác này (đọc: reader; trích xuất, kiểm tra: editor; nạp lại kho: admin).");
}
