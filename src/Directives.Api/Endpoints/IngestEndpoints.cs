using Directives.Api.Services;
using Directives.Ingestion.Pipeline;
using Directives.Search.Index;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Directives.Api.Endpoints;

public static class IngestEndpoints
{
    public static IEndpointRouteBuilder MapIngest(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/ingest/status", Status).WithName("IngestStatus")
            .WithSummary("Progress of the latest ingest: files indexed, skipped as unchanged, failed (with the reason), removed.");
        app.MapPost("/api/ingest", Start).WithName("StartIngest").WithSummary("Re-scan the corpus now (incremental).");
        app.MapGet("/health", Health).WithName("Health");
        return app;
    }

    static Ok<IngestSnapshot> Status(IngestStatus status, DocumentIndex index)
        => TypedResults.Ok(status.Snapshot() with { Documents = index.Count });

    static Accepted<IngestSnapshot> Start(IngestionWorker worker, IngestStatus status)
    {
        worker.RequestRun();
        return TypedResults.Accepted("/api/ingest/status", status.Snapshot());
    }

    static Ok<HealthReport> Health(DocumentIndex index, IngestStatus status)
        => TypedResults.Ok(new HealthReport("ok", index.Count, status.Snapshot().State));

    public sealed record HealthReport(string Status, int Documents, IngestState Ingest);
}
