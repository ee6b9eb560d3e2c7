using Directives.Api.Services;
using Directives.Ingestion.Pipeline;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace Directives.Api.Security;

/// <summary>API keys with roles, the read policy (open or keyed), the audit log and the response headers.</summary>
public static class SecurityRegistration
{
    public static WebApplicationBuilder AddDirectivesSecurity(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(SecurityOptions.Section);
        builder.Services.Configure<SecurityOptions>(section);
        builder.Services.AddSingleton<ApiKeys>();
        builder.Services.AddSingleton(sp =>
        {
            var configured = sp.GetRequiredService<IOptions<SecurityOptions>>().Value.AuditLog;
            return new AuditLog(configured is { Length: > 0 }
                ? WorkspacePaths.Resolve(configured)
                : Path.Combine(WorkspacePaths.Resolve(sp.GetRequiredService<IOptions<DirectivesOptions>>().Value.Index), "audit.jsonl"));
        });
        builder.Services.AddAuthentication(ApiKeyAuthentication.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthentication>(ApiKeyAuthentication.SchemeName, null);
        var openReads = section.GetValue(nameof(SecurityOptions.OpenReads), true);
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(Roles.Read, p => p.RequireRole(Roles.Reader))
            .AddPolicy(Roles.Edit, p => p.RequireRole(Roles.Editor))
            .AddPolicy(Roles.Administer, p => p.RequireRole(Roles.Admin))
            // Endpoints that name no policy are the reads: open, or for readers when reads are closed.
            .SetFallbackPolicy(openReads ? null : new AuthorizationPolicyBuilder().RequireRole(Roles.Reader).Build());
        return builder;
    }

    /// <summary>Says in the log which key this run generated, since the configuration has none.</summary>
    public static WebApplication AnnounceGeneratedKey(this WebApplication app)
    {
        if (app.Services.GetRequiredService<ApiKeys>().GeneratedKey is { } key)
            app.Logger.LogWarning(
                "No API keys are configured (Directives:Security:Keys). This run's admin key, for ingest, extract and check " +
                "(header X-Api-Key; the web page asks for it): {ApiKey}", key);
        return app;
    }
}
