using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Directives.Api.Services;

/// <summary>
/// A <c>Server-Timing</c> header on every API response (browsers show it beside the request): the time the server
/// spent on it (<c>app</c>), the garbage collector's pauses that fell inside it (<c>gc</c>: every thread is stopped
/// while they last), and the phases an endpoint reports (<see cref="Phase"/>). What a slow request waited for can then
/// be read from the response, not guessed.
/// </summary>
public static class ServerTiming
{
    const string PhasesKey = "server-timing.phases";

    public static IApplicationBuilder UseServerTiming(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        if (!context.Request.Path.StartsWithSegments("/api")) return next(context);
        var started = Stopwatch.GetTimestamp();
        var paused = GC.GetTotalPauseDuration();
        context.Response.OnStarting(() =>
        {
            var header = new StringBuilder();
            header.Append(CultureInfo.InvariantCulture, $"app;dur={Stopwatch.GetElapsedTime(started).TotalMilliseconds:F1}");
            header.Append(CultureInfo.InvariantCulture, $", gc;dur={(GC.GetTotalPauseDuration() - paused).TotalMilliseconds:F1}");
            if (context.Items[PhasesKey] is List<(string Name, double Ms)> phases)
                foreach (var (name, ms) in phases) header.Append(CultureInfo.InvariantCulture, $", {name};dur={ms:F1}");
            context.Response.Headers["Server-Timing"] = header.ToString();
            return Task.CompletedTask;
        });
        return next(context);
    });

    /// <summary>Times <paramref name="work"/> as a named phase of the current request.</summary>
    public static T Phase<T>(HttpContext context, string name, Func<T> work)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            return work();
        }
        finally
        {
            if (context.Items[PhasesKey] is not List<(string, double)> phases) context.Items[PhasesKey] = phases = [];
            phases.Add((name, Stopwatch.GetElapsedTime(started).TotalMilliseconds));
        }
    }
}
