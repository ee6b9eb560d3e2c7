using Directives.Api.Endpoints;
using Directives.Api.Security;
using Directives.Api.Services;

// The ingest run in a process of its own (Directives:SeparateIngest): this program again, without the web server.
if (IngestProcess.IsWorker(args)) return IngestProcess.RunWorker(args);

// An ingest, graph rebuilds and their warm-ups keep thread-pool threads busy for seconds at a time; a request must not
// wait for the pool to grow (when starved it adds about one thread every half second), so it starts with spare threads.
ThreadPool.GetMinThreads(out var minWorkers, out var minIo);
ThreadPool.SetMinThreads(Math.Max(minWorkers, 8 * Environment.ProcessorCount), minIo);

var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, WebRootPath = WebRoot.Find() });
builder.Services.AddDirectives(builder.Configuration);
builder.AddDirectivesSecurity();
builder.AddRequestLimits();
builder.Services.AddExceptionHandler<ProblemExceptions>();
builder.Services.AddProblemDetails();
builder.Services.AddOpenApi();

var app = builder.Build();
app.UseSecurityHeaders();
app.UseServerTiming();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseDefaultFiles();
app.UseStaticFiles();
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();
app.UseRequestTimeouts();

app.MapOpenApi();
app.MapIngest();
app.MapSearch();
app.MapDocuments();
app.MapExtract();
app.MapGraph();
app.MapCheck();
app.MapObligations();

app.AnnounceGeneratedKey();
app.Run();
return 0;

public partial class Program;
