using System.Security.Claims;
using Directives.Core.Documents;

namespace Directives.Api.Security;

/// <summary>
/// Who is asking, as endpoints need it: the name the audit log records and the clearance that decides which
/// classified documents exist for them. Bound from the authenticated user; anonymous callers have no clearance.
/// </summary>
public sealed record Caller(string Name, Classification Clearance, string? Address)
{
    public const string Anonymous = "anonymous";

    public bool MaySee(Classification level) => level <= Clearance;

    public static Caller From(HttpContext context)
    {
        var user = context.User;
        var address = context.Connection.RemoteIpAddress?.ToString();
        if (user.Identity?.IsAuthenticated != true) return new Caller(Anonymous, Classification.Public, address);
        var clearance = Enum.TryParse<Classification>(user.FindFirstValue(ApiKeyAuthentication.ClearanceClaim), out var c) ? c : Classification.Public;
        return new Caller(user.Identity.Name ?? Anonymous, clearance, address);
    }

    public static ValueTask<Caller?> BindAsync(HttpContext context) => ValueTask.FromResult<Caller?>(From(context));
}
