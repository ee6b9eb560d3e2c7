using System.Threading.RateLimiting;
using Directives.Api.Endpoints;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.AspNetCore.RateLimiting;

namespace Directives.Api.Services;

/// <summary>
/// Abuse limits with ASP.NET Core's own middleware: one body-size limit (Kestrel and multipart) answered with 413,
/// a concurrency limit over all extracts and checks, per-client rates on uploads and on reads that cost (search,
/// register, exports), and request timeouts. Every refusal is a problem with a stable code.
/// </summary>
public static class RequestLimits
{
    /// <summary>Endpoint policies.</summary>
    public const string Uploads = "uploads";
    public const string Reads = "reads";
    public const string UploadTimeout = "upload-timeout";

    /// <summary>Room for the multipart envelope around a file of the full size.</summary>
    const long EnvelopeBytes = 64 * 1024;

    /// <summary>Marks the endpoints that share the global upload concurrency limit.</summary>
    public sealed class ExpensiveEndpoint;

    public static WebApplicationBuilder AddRequestLimits(this WebApplicationBuilder builder)
    {
        var limits = builder.Configuration.GetSection(LimitOptions.Section).Get<LimitOptions>() ?? new LimitOptions();
        builder.Services.Configure<LimitOptions>(builder.Configuration.GetSection(LimitOptions.Section));
        // Chunked bodies count too: Kestrel stops reading any body past this size.
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = limits.MaxUploadBytes + EnvelopeBytes);
        builder.Services.Configure<FormOptions>(f => f.MultipartBodyLengthLimit = limits.MaxUploadBytes + EnvelopeBytes);

        builder.Services.AddRateLimiter(o =>
        {
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                context.GetEndpoint()?.Metadata.GetMetadata<ExpensiveEndpoint>() is null
                    ? RateLimitPartition.GetNoLimiter("")
                    : RateLimitPartition.GetConcurrencyLimiter("uploads", _ => new ConcurrencyLimiterOptions
                    {
                        PermitLimit = limits.UploadConcurrency, QueueLimit = limits.UploadQueue,
                        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                    }));
            o.AddPolicy(Uploads, context => RateLimitPartition.GetFixedWindowLimiter(Client(context), _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = limits.UploadsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0,
            }));
            o.AddPolicy(Reads, context => RateLimitPartition.GetTokenBucketLimiter(Client(context), _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = limits.ReadsPerSecond * 2, TokensPerPeriod = limits.ReadsPerSecond,
                ReplenishmentPeriod = TimeSpan.FromSeconds(1), QueueLimit = limits.ReadsPerSecond,
                QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            }));
            o.OnRejected = async (rejected, _) =>
            {
                if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retry))
                    rejected.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retry.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                await ApiProblem.WriteAsync(rejected.HttpContext, 429, "limit.rate", "Quá nhiều yêu cầu.",
                    "Máy chủ đang bận hoặc bạn đã gửi quá nhiều yêu cầu trong thời gian ngắn; hãy thử lại sau ít phút.");
            };
        });

        builder.Services.AddRequestTimeouts(o =>
        {
            o.DefaultPolicy = Timeout(limits.RequestTimeoutSeconds);
            o.AddPolicy(UploadTimeout, Timeout(limits.UploadTimeoutSeconds));
        });
        return builder;
    }

    static RequestTimeoutPolicy Timeout(int seconds) => new()
    {
        Timeout = TimeSpan.FromSeconds(seconds),
        WriteTimeoutResponse = context => ApiProblem.WriteAsync(context, 503, "request.timeout", "Yêu cầu quá thời gian.",
            $"Yêu cầu chạy quá {seconds} giây và đã bị hủy; hãy thu hẹp truy vấn hoặc gửi tệp nhỏ hơn."),
    };

    /// <summary>A key holder is one client wherever they call from; without a key, the address is.</summary>
    static string Client(HttpContext context) => context.User.Identity?.IsAuthenticated == true
        ? "key:" + context.User.Identity.Name
        : "ip:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown");

    /// <summary>An extract or check: a key with the editor role, the upload limits and the longer timeout.</summary>
    public static RouteHandlerBuilder AsUpload(this RouteHandlerBuilder endpoint)
    {
        endpoint.RequireAuthorization(Security.Roles.Edit).RequireRateLimiting(Uploads).WithRequestTimeout(UploadTimeout);
        return endpoint.WithMetadata(new ExpensiveEndpoint());
    }
}
