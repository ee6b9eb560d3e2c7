using Directives.Api.Security;
using Directives.Api.Services;
using Directives.Ingestion.Pipeline;
using Directives.Search.Index;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Directives.Api.Endpoints;

public static class IngestEndpoints
{
    public static IEndpointRouteBuilder MapIngest(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/ingest/status", Status).WithName("IngestStatus")
            .WithSummary("Progress of the latest ingest: files indexed, skipped as unchanged, failed (with the reason), removed.");
        app.MapPost("/api/ingest", Start).WithName("StartIngest").WithSummary("Re-scan the corpus now (incremental). Needs an admin key.")
            .RequireAuthorization(Roles.Administer);
        app.MapGet("/health", Health).WithName("Health")
            .WithSummary("ok, or 503 degraded with the reasons: a stalled ingest, a failed run, a missing or unreadable corpus, a full disk.")
            .AllowAnonymous();
        return app;
    }

    /// <summary>The status without server paths: the corpus by its folder name, messages with paths made relative.</summary>
    // The document count is what the caller may know of; the file counters count files read, stamped or not.
    static Ok<IngestSnapshot> Status(IngestStatus status, DocumentIndex index, IngestionWorker worker, Caller caller)
    {
        var s = status.Snapshot();
        var paths = new ServerPaths(worker.CorpusPath, index.Path);
        return TypedResults.Ok(s with
        {
            Documents = index.CountVisible(caller.Clearance),
            Corpus = s.Corpus is null ? null : Path.GetFileName(Path.TrimEndingDirectorySeparator(s.Corpus)),
            Error = paths.Hide(s.Error),
            Failures = [.. s.Failures.Select(f => f with { Path = paths.Hide(f.Path)!, Reason = paths.Hide(f.Reason)! })],
        });
    }

    static Accepted<IngestSnapshot> Start(IngestionWorker worker, IngestStatus status, HttpContext context, Caller caller, AuditLog audit)
    {
        audit.Record(context, caller, AuditActions.Ingest);
        worker.RequestRun();
        return TypedResults.Accepted("/api/ingest/status", status.Snapshot() with { Corpus = null, Failures = [], Error = null });
    }

    static JsonHttpResult<HealthReport> Health(DocumentIndex index, IngestStatus status, IngestionWorker worker, IOptions<LimitOptions> limits, Caller caller)
    {
        var snapshot = status.Snapshot();
        var problems = HealthChecks.Problems(snapshot, status.LastChange, worker.CorpusPath, index.Path, limits.Value).ToList();
        var report = new HealthReport(problems.Count == 0 ? "ok" : "degraded", index.CountVisible(caller.Clearance), snapshot.State, problems);
        return TypedResults.Json(report, statusCode: problems.Count == 0 ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
    }

    public sealed record HealthReport(string Status, int Documents, IngestState Ingest, IReadOnlyList<HealthProblem> Reasons);
}
