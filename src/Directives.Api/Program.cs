using Directives.Api.Endpoints;
using Directives.Api.Services;

var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, WebRootPath = WebRoot.Find() });
builder.Services.AddDirectives(builder.Configuration);
builder.Services.AddProblemDetails();
builder.Services.AddOpenApi();

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseDefaultFiles();
app.UseStaticFiles();

app.MapOpenApi();
app.MapIngest();
app.MapSearch();
app.MapDocuments();
app.MapExtract();
app.MapGraph();
app.MapCheck();
app.MapObligations();

app.Run();

public partial class Program;
